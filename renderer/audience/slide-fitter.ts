/**
 * Fills and fits the slides reveal.js brings within view distance (lazily: never the whole deck at
 * once), fits them again when an image or a web font changes their height, and records a warning for a
 * slide that does not fit even at the floor size.
 */
import type { RevealApi } from 'reveal.js';
import type { DeckMeta } from '../../app/contract/deck';
import { fitSlide, FIT_FLOOR } from '../../renderer/shared/slide/fit-slide';
import { fillSlide } from '../../renderer/shared/slide/slide-content';
import type { AssetSource } from '../../renderer/shared/slide/slide-content';
import { recordWarning } from './app-events';
import type { SlideSection } from './build-sections';
import type { DeckWindow } from './deck-window';

/** Filling and fitting the window's slides. */
export interface SlideFitter {
  /** The deck the slides are filled from from now on. */
  setDeck(meta: DeckMeta, assets: AssetSource): void;
  /** Fills and fits `entry` when reveal.js has loaded it and it is still empty; true when it did. */
  prepare(entry: SlideSection): boolean;
  /** Fills and fits every loaded, empty slide in the window, then lays reveal.js out again if any was. */
  prepareLoaded(): void;
  /** Fits every filled slide in the window again (fonts arrived, the deck was shown). */
  refitAll(): void;
}

/** True once reveal.js has loaded a section (it sets `display` inline on slides within view distance). */
function isLoaded(section: HTMLElement): boolean {
  return section.style.display !== '' && section.style.display !== 'none';
}

/** Creates the fitter over the deck's window; `onWarning` runs after a new slide that does not fit was recorded. */
export function createSlideFitter(deckWindow: DeckWindow, reveal: () => RevealApi | null, onWarning: () => void): SlideFitter {
  let meta: DeckMeta | null = null;
  let assets: AssetSource = { assetBase: '', assetVersion: 0 };

  function fit(entry: SlideSection): void {
    const result = fitSlide(entry.element);
    if (result.overflows) {
      recordWarning({ slide: entry.slide.id, message: `content does not fit even at ${FIT_FLOOR}% text size` });
      onWarning();
    }
  }

  function refit(entry: SlideSection): void {
    const instance = reveal();
    if (!instance || deckWindow.sections()?.byId.get(entry.slide.id) !== entry || !entry.isFilled) return;
    fit(entry);
    instance.layout();
  }

  function prepare(entry: SlideSection): boolean {
    if (!meta || entry.isFilled || !isLoaded(entry.element)) return false;
    fillSlide(entry, meta, assets);
    // Images change the height once decoded: fit that slide again.
    for (const image of entry.element.querySelectorAll('img')) {
      if (!image.complete) image.addEventListener('load', () => refit(entry), { once: true });
    }
    fit(entry);
    return true;
  }

  return {
    setDeck(nextMeta, nextAssets) {
      meta = nextMeta;
      assets = nextAssets;
    },
    prepare,
    prepareLoaded() {
      const instance = reveal();
      if (!instance) return;
      let changed = false;
      for (const entry of deckWindow.entries()) changed = prepare(entry) || changed;
      if (changed) instance.layout();
    },
    refitAll() {
      const instance = reveal();
      if (!instance) return;
      for (const entry of deckWindow.entries()) if (entry.isFilled) fit(entry);
      instance.layout();
    },
  };
}
