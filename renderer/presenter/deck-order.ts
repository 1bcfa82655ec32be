/**
 * The deck in reading order (h, then v) and the steps through it: every fragment step of a slide, then
 * the next slide. Fragments are counted on the sanitized slide HTML, as the audience page shows it, and
 * only for the slides the console asks about (a 1,000-slide deck is never counted whole).
 */
import type { Slide } from '../../app/contract/deck';
import type { PresentationState } from '../../app/contract/presentation';
import { fragmentGroups } from '../../renderer/shared/slide/fragment-step';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';

/** A position in the deck: a slide and how many fragment steps of it are shown (reveal's index, -1: none). */
export interface Step {
  slide: Slide;
  fragment: number;
}

/** Where in the deck: a slide's indices and its fragment step. */
export type Position = Pick<PresentationState, 'h' | 'v' | 'fragment'>;

/** The ordered deck with step arithmetic. */
export interface DeckOrder {
  slides: readonly Slide[];
  /** 0-based reading position of the slide at (h, v), or -1. */
  indexOf(h: number, v: number): number;
  /** Number of fragment steps of `slide`. */
  fragmentCount(slide: Slide): number;
  /** The step after `state` (a fragment, else the next slide), or null at the end. */
  next(state: Position): Step | null;
  /** The step before `state`, or null at the start. */
  previous(state: Position): Step | null;
}

/** Orders `slides` and counts fragments lazily (sanitized with `assetBase`). */
export function createDeckOrder(slides: readonly Slide[], assetBase: string): DeckOrder {
  const ordered = [...slides].sort((a, b) => a.h - b.h || a.v - b.v);
  const positions = new Map(ordered.map((slide, index) => [`${slide.h}/${slide.v}`, index]));
  const counts = new Map<string, number>();
  const indexOf = (h: number, v: number): number => positions.get(`${h}/${v}`) ?? -1;
  const fragmentCount = (slide: Slide): number => {
    let count = counts.get(slide.id);
    if (count === undefined) {
      count = fragmentGroups(sanitizeToFragment(slide.html, assetBase)).length;
      counts.set(slide.id, count);
    }
    return count;
  };
  return {
    slides: ordered,
    indexOf,
    fragmentCount,
    next(state) {
      const index = indexOf(state.h, state.v);
      const slide = ordered[index];
      if (!slide) return ordered[0] ? { slide: ordered[0], fragment: -1 } : null;
      if (state.fragment + 1 < fragmentCount(slide)) return { slide, fragment: state.fragment + 1 };
      const after = ordered[index + 1];
      return after ? { slide: after, fragment: -1 } : null;
    },
    previous(state) {
      const index = indexOf(state.h, state.v);
      const slide = ordered[index];
      if (!slide) return null;
      if (state.fragment >= 0) return { slide, fragment: state.fragment - 1 };
      const before = ordered[index - 1];
      // As reveal.js does going back: the slide before shows every fragment.
      return before ? { slide: before, fragment: fragmentCount(before) - 1 } : null;
    },
  };
}
