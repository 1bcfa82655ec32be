/**
 * The reveal.js configuration, from app code only: nothing in it comes from the deck except the
 * slide-number switch. Deep links, postMessage, preview iframes, plugins and dependencies stay off.
 */
import type { RevealConfig } from 'reveal.js';
import type { DeckMeta } from '../../app/contract/deck';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../renderer/shared/slide/slide-size';

/** The slide number shown for a slide element: `[n, '/', total]` in the whole deck's reading order. */
export type SlideNumberOf = (slide: HTMLElement | undefined) => [number, string, number];

/** reveal.js's type for a numbering function says strings, but it prints the total only when it is a number. */
type RevealNumbering = Exclude<NonNullable<RevealConfig['slideNumber']>, boolean | string>;

/** The slide-number option: the app's numbering, or none when the deck turns it off. */
export function slideNumberOption(meta: DeckMeta, numberOf: SlideNumberOf): RevealConfig['slideNumber'] {
  return meta.slideNumber ? (numberOf as unknown as RevealNumbering) : false;
}

/**
 * Options for `new Reveal(element, options)`; reveal.js handles a key only when `keyboardCondition`
 * says so (the page's own keys are deck-keys.ts), and `numberOf` numbers the slides (reveal.js holds
 * only a window of the deck, so it cannot count them).
 */
export function revealOptions(
  meta: DeckMeta,
  prefersReducedMotion: boolean,
  keyboardCondition: (event: KeyboardEvent) => boolean,
  numberOf: SlideNumberOf,
): RevealConfig {
  const transition = prefersReducedMotion ? 'none' : 'slide';
  return {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    margin: 0.04,
    center: true,
    controls: true,
    // The app draws the progress bar and numbers the slides (reveal.js holds only a window of the deck).
    progress: false,
    slideNumber: slideNumberOption(meta, numberOf),
    // Typing a slide number (G) would count within reveal.js's window only.
    jumpToSlide: false,
    viewDistance: 3,
    mobileViewDistance: 2,
    transition,
    backgroundTransition: prefersReducedMotion ? 'none' : 'fade',
    // Left/right (and clickers) step through every slide, sub-slides included: a teacher never
    // skips an article's subsections by pressing the arrow key.
    navigationMode: 'linear',
    // The page's keys are one table (deck-keys.ts), handled before reveal.js sees them; reveal.js acts on
    // no key (keyboardCondition), so none of its other keys (N, P, H, G, F1…) does anything.
    keyboard: true,
    keyboardCondition,
    // The app's overview (audience-overview.ts) replaces reveal.js's, which needs every slide in its DOM.
    overview: false,
    // Blacking out is shared presentation state (B, ".", W send blackout commands), not reveal.js's pause.
    pause: false,
    // ? shows Mimbar's own key table in the deck's language (deck-keys.ts), never reveal.js's.
    help: false,
    hash: false,
    history: false,
    respondToHashChanges: false,
    postMessage: false,
    postMessageEvents: false,
    previewLinks: false,
    embedded: false,
    autoSlide: 0,
    autoPlayMedia: false,
    preloadIframes: false,
    showNotes: false,
    plugins: [],
    dependencies: [],
  };
}
