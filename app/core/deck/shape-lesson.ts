/**
 * Shapes an article's raw slides into a lesson, before any slide is built:
 * - the opening section whose heading repeats the deck title folds into the title slide (its text
 *   becomes the introduction), so the title is not shown twice;
 * - a section whose sub-sections are all short becomes one slide with a bullet per sub-section, instead
 *   of a thin slide for each (the slide is split into even parts later if it does not fit).
 * Pure: it only regroups tokens, so every source line stays on the slide it was read into.
 */
import type { Tokens } from 'marked';
import type { LocatedToken } from './located-token';
import type { RawSlide } from './split-slides';

/** A sub-section is short when it holds at most this many paragraphs and characters of Markdown, and nothing else. */
const SHORT_PARAGRAPHS = 2;
const SHORT_CHARS = 900;

export interface ShapeOptions {
  /** The deck's title (front matter, else the `#` heading), for telling a repeated opening. */
  title: string;
  slideLevel: number;
  /** Whether short sub-sections are grouped (front matter `group`). */
  group: boolean;
  /** Whether the front matter makes the title slide (a title and no `#` heading). */
  hasFrontMatterTitle: boolean;
}

/** Folds the opening and groups short sub-sections; returns the new list (the raw slides are changed in place). */
export function shapeLesson(slides: RawSlide[], options: ShapeOptions): RawSlide[] {
  const folded = foldOpening(slides, options);
  return options.group ? groupShortSections(folded, options.slideLevel) : folded;
}

/** Letters and digits only, lower case: "Manfaat … Keamanan 💪" and "manfaat … keamanan" are the same title. */
export function sameTitle(a: string, b: string): boolean {
  const key = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) !== '' && key(a) === key(b);
}

function headingOf(slide: RawSlide): Tokens.Heading | null {
  return (slide.heading?.token as Tokens.Heading | undefined) ?? null;
}

function foldOpening(slides: RawSlide[], options: ShapeOptions): RawSlide[] {
  const titleIndex = slides.findIndex((slide) => slide.isTitle);
  const openingIndex = titleIndex === -1 ? slides.findIndex((slide) => slide.heading !== null) : titleIndex + 1;
  const opening = slides[openingIndex];
  const heading = opening ? headingOf(opening) : null;
  const titleHeading = titleIndex === -1 ? null : headingOf(slides[titleIndex] as RawSlide);
  const repeats = (text: string): boolean => sameTitle(text, options.title) || (titleHeading !== null && sameTitle(text, titleHeading.text));
  if (!opening || !heading || heading.depth > options.slideLevel || !repeats(heading.text)) return slides;
  // Only content before it (a preface without a heading) may stand between the title and the opening.
  if (titleIndex === -1 && (!options.hasFrontMatterTitle || slides.slice(0, openingIndex).some((slide) => slide.tokens.length > 0))) return slides;
  const detach = (rest: RawSlide[]): void => {
    // Its sub-sections no longer sit under a section named like the deck.
    for (const slide of rest) {
      if (slide.section !== null && sameTitle(slide.section, heading.text)) slide.section = null;
      else break;
    }
  };
  if (titleIndex === -1) {
    // The front matter names the deck: the opening section becomes the title slide.
    opening.isTitle = true;
    opening.section = null;
    detach(slides.slice(openingIndex + 1));
    return slides;
  }
  const title = slides[titleIndex] as RawSlide;
  title.tokens.push(...opening.tokens);
  title.folded = [...(title.folded ?? []), opening.heading as LocatedToken];
  detach(slides.slice(openingIndex + 1));
  return [...slides.slice(0, openingIndex), ...slides.slice(openingIndex + 1)];
}

/** True for a sub-section of prose only, short enough to be one bullet and its notes. */
function isShort(slide: RawSlide, slideLevel: number): boolean {
  const heading = headingOf(slide);
  if (!heading || heading.depth <= slideLevel) return false;
  let paragraphs = 0;
  let chars = 0;
  for (const { token } of slide.tokens) {
    if (token.type === 'space') continue;
    // Notes (comments, a notes div) travel with the group; they are not content.
    if (token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw)) continue;
    if (token.type === 'notesDiv') continue;
    if (token.type !== 'paragraph' || /^ {0,3}notes?:/i.test(token.raw)) return false;
    paragraphs += 1;
    chars += token.raw.length;
  }
  return paragraphs >= 1 && paragraphs <= SHORT_PARAGRAPHS && chars <= SHORT_CHARS;
}

function groupShortSections(slides: RawSlide[], slideLevel: number): RawSlide[] {
  const shaped: RawSlide[] = [];
  for (let i = 0; i < slides.length; i += 1) {
    const section = slides[i] as RawSlide;
    shaped.push(section);
    const heading = headingOf(section);
    if (!heading || section.isTitle || heading.depth > slideLevel) continue;
    let end = i + 1;
    while (end < slides.length && (headingOf(slides[end] as RawSlide)?.depth ?? 0) > slideLevel) end += 1;
    const subs = slides.slice(i + 1, end);
    if (subs.length < 2 || !subs.every((sub) => isShort(sub, slideLevel))) continue;
    section.grouped = true;
    for (const sub of subs) section.tokens.push(sub.heading as LocatedToken, ...sub.tokens);
    i = end - 1;
  }
  return shaped;
}
