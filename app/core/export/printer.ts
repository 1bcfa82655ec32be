/** The port every printer implements: Electron's hidden window, or Chromium driven by the CLI. */
import type { PrintJob, PrintProgress } from '../../contract/export';

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
