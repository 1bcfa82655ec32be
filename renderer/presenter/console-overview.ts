/** The console's overview (O): every slide of the deck as a miniature (shared/overview/), the current one marked. */
import type { Slide } from '../../app/contract/deck';
import { createSlideOverview } from '../../renderer/shared/overview/slide-overview';
import type { ConsoleView } from './console-view';

/** The overview over the console's deck and state. */
export interface ConsoleOverview {
  open(): void;
  /** Marks the slide the presentation is on (it may move while the overview is open). */
  follow(slideId: string | null): void;
  close(): void;
  isOpen(): boolean;
}

/** Creates the overview in `box`; `goTo` moves the presentation to a slide (through the host). */
export function createConsoleOverview(box: HTMLElement, view: ConsoleView, goTo: (slide: Slide) => void): ConsoleOverview {
  const overview = createSlideOverview(box, goTo);
  return {
    open() {
      const payload = view.payload();
      const { slides } = view.order();
      if (!payload || slides.length === 0) return;
      const strings = view.strings();
      const deck = { slides, meta: payload.deck.meta, assetBase: payload.assetBase, assetVersion: payload.assetVersion, titleSlideId: slides[0]?.id ?? null };
      overview.open(deck, view.shown()?.slideId ?? null, { heading: strings.overview, hint: strings.overviewHint });
    },
    follow: (slideId) => overview.markCurrent(slideId),
    close: () => overview.close(),
    isOpen: () => overview.isOpen(),
  };
}
