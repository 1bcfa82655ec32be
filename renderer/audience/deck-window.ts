/**
 * The deck's sections and the window of them that reveal.js holds in `.slides` (slide-window.ts says
 * where the window should be): opens it for a new deck, moves it, empties the slides that leave it (so
 * the page holds a bounded DOM), and finds a section by its element. Indices in and out are the whole
 * deck's, never reveal.js's window-relative ones.
 */
import type { RevealApi } from 'reveal.js';
import { SLIDE_ID_ATTRIBUTE } from './build-sections';
import type { BuiltSections, SlideSection } from './build-sections';
import { applyWindow, isSameWindow, windowAround, windowMove } from './slide-window';
import type { WindowRange } from './slide-window';

/** reveal.js indices of a slide and fragment in the whole deck (-1: no fragment shown). */
export interface SlideIndices {
  h: number;
  v: number;
  fragment: number;
}

/** Where to go in the whole deck; without `fragment`, reveal.js decides (none going forward). */
export interface DeckTarget {
  h: number;
  v: number;
  fragment?: number;
}

/** The sections and the window. */
export interface DeckWindow {
  /** The deck's sections; null before the first deck with slides, and for a deck without any. */
  sections(): BuiltSections | null;
  /** Forgets the sections (a deck without slides); `.slides` is left as it is. */
  clear(): void;
  /** Takes a new deck's sections and puts the window around `h` in `.slides`. */
  open(sections: BuiltSections, h: number): void;
  /** The sections in the window, in deck order. */
  entries(): SlideSection[];
  /** The deck's section for a reveal.js slide element. */
  entryOf(element: Element | undefined): SlideSection | undefined;
  /** Whether the window must move for current slide `h` (see `windowMove`). */
  moveNeeded(h: number): 'now' | 'idle' | 'no';
  /**
   * Moves to `target` (clamped to the deck), moving the window first when the target is outside it or
   * near its edge (a window that merely drifted from the centre is moved by `recentre`, when idle).
   */
  moveTo(instance: RevealApi, target: DeckTarget): void;
  /** Moves the window back around `current`, keeping it and its fragment on screen. */
  recentre(instance: RevealApi, current: SlideIndices): void;
}

/**
 * Creates the window over `slidesRoot` (reveal.js's `.slides`); nothing is in it until `open`.
 * `onUnannouncedChange` runs, in place of reveal.js's `slidechanged`, when moving the window changed the
 * current slide without reveal.js noticing.
 */
export function createDeckWindow(slidesRoot: HTMLElement, onUnannouncedChange: () => void): DeckWindow {
  let sections: BuiltSections | null = null;
  // The horizontal slides in reveal.js's DOM.
  let range: WindowRange = { start: 0, end: 0 };

  /** Shows `target` with the window `to` in reveal.js's DOM; slides leaving the window are emptied (filled again when they come back). */
  function showIn(instance: RevealApi, to: WindowRange, target: DeckTarget): void {
    if (!sections) return;
    if (!isSameWindow(range, to)) {
      for (let h = range.start; h < range.end; h++) {
        if (h >= to.start && h < to.end) continue;
        for (const entry of sections.groups[h] ?? []) {
          entry.element.replaceChildren();
          entry.isFilled = false;
        }
      }
      const before = instance.getCurrentSlide();
      let announced = false;
      const markAnnounced = (): void => {
        announced = true;
      };
      applyWindow(slidesRoot, sections.horizontals, range, to);
      range = to;
      // The slide first, so that reveal.js's sync keeps the right slide current, then sync for the new sections.
      instance.on('slidechanged', markAnnounced);
      try {
        instance.slide(target.h - range.start, target.v, target.fragment);
      } finally {
        instance.off('slidechanged', markAnnounced);
      }
      instance.sync();
      // reveal.js announces a new slide only when its window-relative indices change: a jump whose target
      // lands at the index the old slide had in the old window (15 → 17 in 23 slides: 15 in [0, 21), then
      // 15 in [2, 23)) shows the new slide without `slidechanged`. Announce it here instead.
      if (!announced && instance.getCurrentSlide() !== before) onUnannouncedChange();
    } else {
      instance.slide(target.h - range.start, target.v, target.fragment);
    }
  }

  return {
    sections: () => sections,
    clear() {
      sections = null;
    },
    open(next, h) {
      sections = next;
      const total = next.horizontals.length;
      range = windowAround(h, total);
      slidesRoot.replaceChildren(...next.horizontals.slice(range.start, range.end));
    },
    entries: () => (sections ? sections.groups.slice(range.start, range.end).flat() : []),
    entryOf(element) {
      const id = element?.getAttribute(SLIDE_ID_ATTRIBUTE);
      return id ? sections?.byId.get(id) : undefined;
    },
    moveNeeded: (h) => windowMove(range, h, sections?.horizontals.length ?? 0),
    moveTo(instance, target) {
      if (!sections) return;
      const total = sections.horizontals.length;
      const h = Math.min(Math.max(0, target.h), total - 1);
      const v = Math.min(Math.max(0, target.v), (sections.groups[h]?.length ?? 1) - 1);
      const to = windowMove(range, h, total) !== 'now' ? range : windowAround(h, total);
      showIn(instance, to, { ...target, h, v });
    },
    recentre(instance, current) {
      if (!sections) return;
      const to = windowAround(current.h, sections.horizontals.length);
      if (isSameWindow(to, range)) return;
      showIn(instance, to, current);
    },
  };
}
