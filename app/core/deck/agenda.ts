/**
 * The agenda of an article of five to forty sections: a slide after the title that lists the sections,
 * in even parts of at most `AGENDA_ITEMS`. When the deck has a `duration`, its notes give each section
 * its share of the time, by the number of slides it takes. Made from the structure, so its notes are not
 * written back to the file.
 */
import type { Tokens } from 'marked';
import { PLAIN_LOOK, type Slide } from '../../contract/deck';
import type { SlideContext } from './build-deck';
import { escapeHtml, htmlToText } from './markdown';
import { sameTitle } from './shape-lesson';
import type { RawSlide } from './split-slides';

/** Fewer sections than this get no agenda. */
export const AGENDA_MIN_SECTIONS = 5;
/** More sections than this are a reference, not a lesson: no agenda. */
export const AGENDA_MAX_SECTIONS = 40;
/** At most this many sections on one agenda slide. */
const AGENDA_ITEMS = 8;

/** The agenda slides for `raws` (empty for fewer than five sections), given every slide already built. */
export function agendaSlides(context: SlideContext, slides: readonly Slide[], raws: readonly RawSlide[]): Slide[] {
  const { markdown, meta, rules } = context;
  const sections = raws.filter((raw) => !raw.isTitle && raw.heading !== null && (raw.heading.token as Tokens.Heading).depth <= meta.slideLevel);
  if (sections.length < AGENDA_MIN_SECTIONS || sections.length > AGENDA_MAX_SECTIONS) return [];
  const titles = sections.map((raw) => htmlToText(markdown.parseInline((raw.heading?.token as Tokens.Heading).text) as string).replace(/\s+/g, ' ').trim());
  // An article with an agenda of its own keeps it, and gets no second one.
  if (titles.some((text) => sameTitle(text, rules.agenda))) return [];
  const minutes = meta.durationSeconds === null ? null : shareMinutes(meta.durationSeconds, sections, slides);
  const parts = Math.ceil(titles.length / AGENDA_ITEMS);
  const size = Math.ceil(titles.length / parts);
  const id = context.ids.next(rules.agenda);
  const title = slides[0]?.part === null && slides[0].section === null ? slides[0] : null;
  const range = title ? { ...title.range } : { start: 1, end: 1 };
  return Array.from({ length: parts }, (_, part) => {
    const from = part * size;
    const shown = titles.slice(from, from + size);
    const suffix = parts > 1 ? ` (${part + 1}/${parts})` : '';
    const items = shown.map((text) => `<li>${escapeHtml(text)}</li>`).join('\n');
    const notes = minutes === null ? '' : shown.map((text, index) => `${from + index + 1}. ${text} — ${rules.minutes(minutes[from + index] ?? 0)}`).join('\n');
    const notesHtml = notes === '' ? '' : (markdown.parse(notes) as string);
    return {
      id: part === 0 ? id : `${id}~${part + 1}`,
      title: `${rules.agenda}${suffix}`,
      section: null,
      html: `<h2>${escapeHtml(rules.agenda)}${parts > 1 ? ` <span class="mimbar-part">(${part + 1}/${parts})</span>` : ''}</h2>\n<ol class="mimbar-agenda" start="${from + 1}">\n${items}\n</ol>\n`,
      notes: { markdown: notes, html: notesHtml, text: htmlToText(notesHtml), origin: notes === '' ? 'none' : 'derived', syntax: null, blocks: [], editable: false },
      h: 0,
      v: 0,
      range,
      part: parts > 1 ? { n: part + 1, of: parts } : null,
      isPlaceholder: false,
      look: PLAIN_LOOK,
    } satisfies Slide;
  });
}

/** Each section's minutes of `seconds`, by the slides that start in it; at least one. */
function shareMinutes(seconds: number, sections: readonly RawSlide[], slides: readonly Slide[]): number[] {
  const starts = sections.map((raw) => raw.heading?.startLine ?? raw.startLine);
  const counts = starts.map((start, index) => {
    const end = starts[index + 1] ?? Infinity;
    return slides.filter((slide) => slide.range.start >= start && slide.range.start < end).length;
  });
  const total = counts.reduce((sum, count) => sum + count, 0) || 1;
  return counts.map((count) => Math.max(1, Math.round((seconds / 60) * (count / total))));
}
