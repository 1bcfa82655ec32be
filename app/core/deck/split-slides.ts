/**
 * Splits located top-level tokens into raw slides, for both deck styles. Splitting happens on tokens,
 * never on the text, so a `---` inside a code fence, a list or front matter never splits.
 *
 * - article: the first `#` heading starts the title slide; every heading at `slideLevel` or above
 *   starts a slide; deeper headings start their own slides, in sequence, under their section.
 * - deck: a top-level `---` rule starts the next slide, `----` the next vertical slide. Other rules
 *   (`***`, `___`, `-----`) stay on the slide as rules.
 */
import type { Tokens } from 'marked';
import type { DeckStyle } from '../../contract/deck';
import type { LocatedToken } from './located-token';

export interface RawSlide {
  /** The heading that starts the slide (article style), or null. */
  heading: LocatedToken | null;
  tokens: LocatedToken[];
  isTitle: boolean;
  section: string | null;
  /** Deck style: this slide sits below the previous one (`----`). */
  isVertical: boolean;
  /** First source line of the slide (the separator's next line in deck style). */
  startLine: number;
  /**
   * Article style, set by `shapeLesson`: headings whose slides were folded into this one. `grouped`: the
   * section's short sub-sections, whose headings are now among `tokens`, one bullet each. `folded`: the
   * title slide took the opening section that repeated the deck title (its heading is not shown).
   */
  grouped?: boolean;
  folded?: LocatedToken[];
}

/** Slide separator kind of a token, if it is one. */
function separatorOf(item: LocatedToken): 'horizontal' | 'vertical' | null {
  if (item.token.type !== 'hr') return null;
  const raw = item.token.raw.trim();
  if (raw === '---') return 'horizontal';
  if (raw === '----') return 'vertical';
  return null;
}

/** Guesses the style when front matter does not say: any `---`/`----` separator makes it a deck. */
export function detectStyle(tokens: LocatedToken[]): DeckStyle {
  return tokens.some((item) => separatorOf(item) !== null) ? 'deck' : 'article';
}

/** Splits a deck-style document at its separators; slides with nothing in them are skipped. */
export function splitDeck(tokens: LocatedToken[], firstLine: number): RawSlide[] {
  const slides: RawSlide[] = [];
  let current: RawSlide = emptySlide(firstLine, false);
  for (const item of tokens) {
    const separator = separatorOf(item);
    if (separator === null) {
      current.tokens.push(item);
      continue;
    }
    if (current.tokens.length > 0) slides.push(current);
    // A vertical separator after a skipped empty slide still stacks under the last real slide.
    current = emptySlide(item.endLine + 1, separator === 'vertical' && slides.length > 0);
  }
  if (current.tokens.length > 0) slides.push(current);
  return slides;
}

/** Splits an article at its headings. */
export function splitArticle(tokens: LocatedToken[], slideLevel: number, firstLine: number): RawSlide[] {
  const slides: RawSlide[] = [];
  let current: RawSlide | null = null;
  let section: string | null = null;
  let hasTitle = false;
  for (const item of tokens) {
    if (item.token.type === 'heading') {
      const depth = (item.token as Tokens.Heading).depth;
      const text = (item.token as Tokens.Heading).text;
      if (depth === 1 && !hasTitle && slides.every((slide) => slide.heading === null)) {
        hasTitle = true;
        current = { ...emptySlide(item.startLine, false), heading: item, isTitle: true };
        section = null;
      } else if (depth <= slideLevel) {
        current = { ...emptySlide(item.startLine, false), heading: item };
        section = text;
      } else {
        current = { ...emptySlide(item.startLine, false), heading: item, section };
      }
      slides.push(current);
      continue;
    }
    if (current === null) {
      current = emptySlide(firstLine, false);
      slides.push(current);
    }
    current.tokens.push(item);
  }
  return slides;
}

function emptySlide(startLine: number, isVertical: boolean): RawSlide {
  return { heading: null, tokens: [], isTitle: false, section: null, isVertical, startLine };
}
