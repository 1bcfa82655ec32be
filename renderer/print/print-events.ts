/**
 * The print view's observable state for printers and tests: `data-mimbar-print-ready` or
 * `data-mimbar-print-error` on `<html>`, `mimbar:print-ready` / `mimbar:print-error` on `window`
 * (the role reveal.js's `pdf-ready` plays in its own print mode), and `window.__mimbarPrint`.
 */
import type { PrintReady } from '../../app/contract/export';
import type { FitReport } from './fit-check';

/** What `window.__mimbarPrint` exposes. */
export interface PrintPageState {
  ready: PrintReady | null;
  error: string | null;
  /** Measures every page box and slide box again; empty lists mean nothing is cut. */
  checkFit(): FitReport;
}

declare global {
  interface Window {
    __mimbarPrint?: PrintPageState;
  }
  interface WindowEventMap {
    'mimbar:print-ready': CustomEvent<PrintReady>;
    'mimbar:print-error': CustomEvent<{ message: string }>;
  }
}

/** Publishes `window.__mimbarPrint` with the fit check; call once at start. */
export function exposePrintState(checkFit: () => FitReport): PrintPageState {
  window.__mimbarPrint = { ready: null, error: null, checkFit };
  return window.__mimbarPrint;
}

/** Marks the page ready to print and tells listeners. */
export function announcePrintReady(ready: PrintReady): void {
  if (window.__mimbarPrint) window.__mimbarPrint.ready = ready;
  document.documentElement.dataset['mimbarPrintReady'] = 'true';
  window.dispatchEvent(new CustomEvent('mimbar:print-ready', { detail: ready }));
}

/** Marks the page failed (printers fail with this message) and tells listeners. */
export function announcePrintError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (window.__mimbarPrint) window.__mimbarPrint.error = message;
  console.error(`mimbar print: ${message}`);
  document.documentElement.dataset['mimbarPrintError'] = message;
  window.dispatchEvent(new CustomEvent('mimbar:print-error', { detail: { message } }));
}
