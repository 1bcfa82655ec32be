/**
 * The page's observable state for tests and for later windows: `data-mimbar-ready` on `<html>`,
 * `mimbar:ready`, `mimbar:slidechanged` and `mimbar:blackout` events on `window`, and `window.__mimbar`.
 */
import type { Blackout } from '../../app/contract/presentation';

/** A problem the renderer found while showing the deck (for now: a slide that does not fit). */
export interface RenderWarning {
  slide: string;
  message: string;
}

/** What `window.__mimbar` exposes. */
export interface MimbarPageState {
  /** Id of the slide on screen, or null before the deck is shown or when it is empty. */
  currentSlide: string | null;
  warnings: RenderWarning[];
  /** The blackout on screen. */
  blackout: Blackout;
}

declare global {
  interface Window {
    __mimbar?: MimbarPageState;
  }
  interface WindowEventMap {
    'mimbar:ready': CustomEvent<{ slide: string | null }>;
    'mimbar:slidechanged': CustomEvent<{ slide: string }>;
    'mimbar:warning': CustomEvent<RenderWarning>;
    'mimbar:blackout': CustomEvent<{ mode: Blackout }>;
  }
}

/** The page state object, created on first use. */
export function pageState(): MimbarPageState {
  window.__mimbar ??= { currentSlide: null, warnings: [], blackout: 'none' };
  return window.__mimbar;
}

/** Marks the page ready (deck shown, reveal.js ready) once and tells listeners. */
export function announceReady(slide: string | null): void {
  pageState().currentSlide = slide;
  document.documentElement.dataset['mimbarReady'] = 'true';
  window.dispatchEvent(new CustomEvent('mimbar:ready', { detail: { slide } }));
}

/** Tells listeners the slide on screen changed. */
export function announceSlideChanged(slide: string): void {
  pageState().currentSlide = slide;
  window.dispatchEvent(new CustomEvent('mimbar:slidechanged', { detail: { slide } }));
}

/** Records a warning (once per slide and message), logs it and tells listeners. */
export function recordWarning(warning: RenderWarning): void {
  const { warnings } = pageState();
  if (warnings.some((known) => known.slide === warning.slide && known.message === warning.message)) return;
  warnings.push(warning);
  console.warn(`mimbar: slide ${warning.slide}: ${warning.message}`);
  window.dispatchEvent(new CustomEvent('mimbar:warning', { detail: warning }));
}

/** Forgets the warnings of a previous deck. */
export function clearWarnings(): void {
  pageState().warnings = [];
}

/** Tells listeners the blackout on screen changed. */
export function announceBlackout(mode: Blackout): void {
  pageState().blackout = mode;
  window.dispatchEvent(new CustomEvent('mimbar:blackout', { detail: { mode } }));
}
