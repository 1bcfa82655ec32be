/**
 * The console's observable state for tests: `data-mimbar-console-ready` on `<html>` and the
 * `mimbar:console-ready` event once first rendered, then `mimbar:console-rendered` after each render.
 */

declare global {
  interface WindowEventMap {
    'mimbar:console-ready': CustomEvent<{ revision: number }>;
    'mimbar:console-rendered': CustomEvent<{ revision: number }>;
  }
}

/** Marks the console ready once (first state shown) and tells listeners. */
export function announceConsoleReady(revision: number): void {
  if (document.documentElement.dataset['mimbarConsoleReady'] === 'true') return;
  document.documentElement.dataset['mimbarConsoleReady'] = 'true';
  window.dispatchEvent(new CustomEvent('mimbar:console-ready', { detail: { revision } }));
}

/** Tells listeners the console has drawn the state of `revision`. */
export function announceConsoleRendered(revision: number): void {
  document.documentElement.dataset['mimbarConsoleRevision'] = String(revision);
  window.dispatchEvent(new CustomEvent('mimbar:console-rendered', { detail: { revision } }));
}
