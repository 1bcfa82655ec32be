/**
 * Emoji the bundled font cannot draw. Mimbar draws emoji with its own font (Twemoji, see
 * scripts/emoji-font/), so they look the same on every computer; an emoji newer than the font shows
 * only where the system has an emoji font of its own, and as an empty box where it has none (as on
 * many classroom PCs). `emoji-coverage.json` lists the code points the font maps.
 */
import type { Deck, Slide } from '../../contract/deck';
import { severityOf, type CheckFinding } from './check-report';
import coverage from './emoji-coverage.json';
import type { SlideLookup } from './warning-findings';

/** A grapheme that is drawn as an emoji: a pictograph, a flag's regional indicators, or a keycap. */
const EMOJI_LIKE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;
/** Selectors the shaper handles without a glyph of their own. */
const IGNORED = new Set([0xfe0e, 0xfe0f]);

const ranges: readonly (readonly [number, number])[] = coverage.ranges.map(([start = 0, end = 0]) => [start, end] as const);

/** Whether the bundled emoji font maps `codePoint` (binary search over the sorted ranges). */
export function emojiFontHas(codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle] ?? [0, -1];
    if (codePoint < start) high = middle - 1;
    else if (codePoint > end) low = middle + 1;
    else return true;
  }
  return false;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The emoji in `text` that have a code point the font lacks, each once, in order of appearance. */
export function undrawableEmoji(text: string): string[] {
  const found = new Set<string>();
  for (const { segment } of segmenter.segment(text)) {
    if (!EMOJI_LIKE.test(segment)) continue;
    const missing = [...segment].some((char) => {
      const codePoint = char.codePointAt(0) ?? 0;
      return !IGNORED.has(codePoint) && !emojiFontHas(codePoint);
    });
    if (missing) found.add(segment);
  }
  return [...found];
}

function codePoints(emoji: string): string {
  return [...emoji].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** What a slide shows as text: its title, its body without tags, and its notes. */
function slideText(slide: Slide): string {
  return `${slide.title}\n${slide.html.replace(/<[^>]*>/g, ' ')}\n${slide.notes.text}`;
}

/** The first source line of `range` that contains `emoji`, or the range's start. */
function lineOf(lines: readonly string[], slide: Slide, emoji: string): number | null {
  if (lines.length === 0) return null;
  for (let line = slide.range.start; line <= slide.range.end; line += 1) {
    if ((lines[line - 1] ?? '').includes(emoji)) return line;
  }
  return slide.range.start;
}

/** One notice per slide and emoji the bundled font cannot draw. */
export function emojiFindings(deck: Deck, slideOf: SlideLookup, source: string | null): CheckFinding[] {
  const lines = source === null ? [] : source.split(/\r\n?|\n/);
  const findings: CheckFinding[] = [];
  for (const slide of deck.slides) {
    for (const emoji of undrawableEmoji(slideText(slide))) {
      findings.push({
        kind: 'emoji',
        severity: severityOf('emoji'),
        slide: slideOf(slide.id),
        line: lineOf(lines, slide, emoji),
        reference: emoji,
        message: `${emoji} (${codePoints(emoji)}) is not in Mimbar's emoji font (${coverage.font}): it shows only on a computer with an emoji font of its own, elsewhere as an empty box.`,
      });
    }
  }
  return findings;
}
