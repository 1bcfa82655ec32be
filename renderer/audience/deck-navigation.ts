/**
 * Moving through the whole deck in reveal.js, which holds only a window of it: where the page is
 * (whole-deck indices), the app's own moves (following the host, moving the window: marked so they are
 * not reported as the user's), and the user's moves reveal.js would make only within its window
 * (a slide by number, the first and the last slide).
 */
import type { RevealApi } from 'reveal.js';
import type { SlideSection } from './build-sections';
import type { DeckWindow, SlideIndices } from './deck-window';
import type { OwnMoves } from './own-moves';

/** The page's moves through the deck. */
export interface DeckNavigation {
  /** The section on screen. */
  current(): SlideSection | undefined;
  /** The whole deck's indices of the slide and fragment on screen. */
  currentIndices(): SlideIndices | null;
  /** Runs `move` as the app's own, so reveal.js's events from it are not reported as the user's. */
  moveItself(move: (instance: RevealApi) => void): void;
  /** The app's move to `target` (no-op when already there, or before a deck is shown). */
  goTo(target: SlideIndices): void;
  /** The user's move to slide `number` (1-based, reading order, clamped to the deck). */
  jumpTo(number: number): void;
  /** The user's move to the deck's first slide. */
  first(): void;
  /** The user's move to the deck's last slide (the last of its vertical stack). */
  last(): void;
  /** The app's move of the window back around the current slide. */
  recentre(): void;
}

/** Creates the moves over `reveal()` (null until reveal.js has started) and the deck's window. */
export function createDeckNavigation(reveal: () => RevealApi | null, deckWindow: DeckWindow, own: OwnMoves): DeckNavigation {
  const current = (): SlideSection | undefined => deckWindow.entryOf(reveal()?.getCurrentSlide());

  function currentIndices(): SlideIndices | null {
    const instance = reveal();
    const entry = current();
    if (!instance || !entry) return null;
    // reveal.js leaves `f` undefined on a slide without fragments, though its types say number.
    const { f }: { f?: number } = instance.getIndices();
    return { h: entry.h, v: entry.v, fragment: f ?? -1 };
  }

  function moveItself(move: (instance: RevealApi) => void): void {
    const instance = reveal();
    if (instance) own.run(() => move(instance));
  }

  return {
    current,
    currentIndices,
    moveItself,
    goTo(target) {
      if (!deckWindow.sections() || !reveal()) return;
      const now = currentIndices();
      if (now && now.h === target.h && now.v === target.v && now.fragment === target.fragment) return;
      moveItself((instance) => deckWindow.moveTo(instance, target));
    },
    jumpTo(number) {
      const instance = reveal();
      const sections = deckWindow.sections();
      if (!instance || !sections) return;
      const ordinal = Math.min(Math.max(number, 1), sections.byId.size) - 1;
      const entry = sections.groups.flat().find((candidate) => candidate.ordinal === ordinal);
      if (entry) deckWindow.moveTo(instance, { h: entry.h, v: entry.v });
    },
    first() {
      const instance = reveal();
      if (instance) deckWindow.moveTo(instance, { h: 0, v: 0 });
    },
    last() {
      const instance = reveal();
      const sections = deckWindow.sections();
      if (!instance || !sections) return;
      const h = sections.horizontals.length - 1;
      deckWindow.moveTo(instance, { h, v: (sections.groups[h]?.length ?? 1) - 1 });
    },
    recentre() {
      const indices = currentIndices();
      if (indices) moveItself((instance) => deckWindow.recentre(instance, indices));
    },
  };
}
