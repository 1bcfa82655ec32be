/**
 * The audience page's overview: Esc or O (deck-keys.ts) shows every slide as a miniature (shared/overview/, the same
 * grid as the console's), on this screen only (the overview is not presentation state). A slide chosen
 * there is the user's own move (`jumpTo`), so the host and the other windows follow. reveal.js's own
 * overview is off (reveal-options.ts): it held every slide of the deck in reveal.js's DOM.
 */
import type { DeckPayload } from '../../app/contract/channels';
import { createSlideOverview } from '../../renderer/shared/overview/slide-overview';
import { pageState } from './app-events';
import type { Messages } from './messages';

/** What the overview needs from the page. */
export interface AudienceOverviewParts {
  box: HTMLElement;
  /** The deck on screen, or null before the first. */
  shown(): DeckPayload | null;
  messages(): Messages;
  /** The user's move to slide `number` (1-based, reading order). */
  jumpTo(number: number): void;
}

/** The audience overview. */
export interface AudienceOverview {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

/** Creates the overview; the page's key table (deck-keys.ts) opens it with Esc or O, and it closes itself. */
export function installAudienceOverview(parts: AudienceOverviewParts): AudienceOverview {
  const overview = createSlideOverview(parts.box, (slide) => {
    const slides = parts.shown()?.deck.slides ?? [];
    const ordinal = [...slides].sort((a, b) => a.h - b.h || a.v - b.v).indexOf(slide);
    if (ordinal >= 0) parts.jumpTo(ordinal + 1);
  });
  const open = (): void => {
    const payload = parts.shown();
    if (!payload || payload.deck.slides.length === 0) return;
    const slides = [...payload.deck.slides].sort((a, b) => a.h - b.h || a.v - b.v);
    const messages = parts.messages();
    const deck = { slides, meta: payload.deck.meta, assetBase: payload.assetBase, assetVersion: payload.assetVersion, titleSlideId: slides[0]?.id ?? null };
    overview.open(deck, pageState().currentSlide, { heading: messages.overview, hint: messages.overviewHint });
  };
  // The presentation may move while the overview is open (the console, the host): mark where it is now.
  addEventListener('mimbar:slidechanged', () => overview.markCurrent(pageState().currentSlide));
  return { open, close: () => overview.close(), isOpen: () => overview.isOpen() };
}
