/**
 * The port every printer implements (Electron's hidden window, or Chromium driven by the CLI), and the
 * one deadline both race their work against: a timeout that grows with the deck, and cancellation.
 */
import type { PrintJob, PrintProgress } from '../../contract/export';
import { ExportError } from './export-error';

export interface PrintHooks {
  /** Layout progress reported by the print view, page by page. */
  onProgress(progress: PrintProgress): void;
  /** Called once the print view is ready and printing to PDF begins. */
  onPrinting(): void;
  /** Aborting rejects `print` with an AbortError and releases the browser or window. */
  signal: AbortSignal;
}

export interface Printer {
  /** Loads the print view for `job`, waits until it reports ready, prints it and returns the PDF bytes. */
  print(job: PrintJob, hooks: PrintHooks): Promise<Uint8Array>;
}

/** Milliseconds a printer waits for the print view: 30 s, plus 250 ms for every planned page. */
export function printTimeoutMs(pageCount: number): number {
  return 30_000 + 250 * pageCount;
}

/** The rejection of a canceled export. */
export function abortError(): DOMException {
  return new DOMException('The export was canceled.', 'AbortError');
}

/** What a printer is doing when its deadline passes. */
export type PrintStage = 'laying out' | 'printing';

/** A print's deadline: `expired` rejects on the timeout or on cancellation, whichever comes first. */
export interface PrintDeadline {
  /** Never resolves; rejects with an `ExportError` naming the stage at the timeout, or an AbortError when canceled. */
  readonly expired: Promise<never>;
  /** Moves to the next stage (the timeout's message names it). */
  enter(stage: PrintStage): void;
  /** Stops the timer and the abort listener; call when the print is over, however it ended. */
  dispose(): void;
}

/** Starts the deadline of printing `job`: `printTimeoutMs` of its planned pages, or `hooks.signal`. */
export function startPrintDeadline(job: PrintJob, signal: AbortSignal): PrintDeadline {
  const pages = job.plan.pages.length;
  const timeoutMs = printTimeoutMs(pages);
  let stage: PrintStage = 'laying out';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 1000);
      reject(new ExportError(`The export took longer than ${seconds} s while ${stage} ${pages} pages and was stopped. Try again, or export with fewer pages.`));
    }, timeoutMs);
    onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  // A deadline that is raced and then disposed must not count as an unhandled rejection.
  expired.catch(() => undefined);
  return {
    expired,
    enter(next) {
      stage = next;
    },
    dispose() {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    },
  };
}
