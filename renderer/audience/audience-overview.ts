/**
 * The audience page's overview: Esc or O shows every slide as a miniature (shared/overview/, the same
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

/** reveal.js's help (?) is open: Esc closes it, and must not open the overview as well. */
const isRevealOverlayOpen = (): boolean => document.querySelector('.reveal .r-overlay') !== null;

/**
 * Creates the overview and listens for Esc and O. Install it before reveal.js starts: this listener then
 * runs before reveal.js's own (which closes its help with Esc).
 */
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
  // While the overview is open it has the keyboard (it closes itself on Esc and O).
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'Escape' && event.key !== 'o' && event.key !== 'O') return;
    if (isRevealOverlayOpen()) return;
    event.preventDefault();
    open();
  });
  return { open, close: () => overview.close(), isOpen: () => overview.isOpen() };
}
