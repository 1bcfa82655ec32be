/**
 * Electron's `Printer`: a fresh hidden, sandboxed window per export loads the print view, which asks
 * for its job and reports `print:ready`; then `webContents.printToPDF` prints it. The window is always
 * destroyed at the end (printed, failed, timed out or canceled) and never reused. printToPDF can hang
 * after a print was interrupted (electron/electron#29485), so every wait ends in a timeout that grows
 * with the deck.
 */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import type { PrintJob } from '../../contract/export';
import { ExportError } from '../../core/export/export-error';
import { abortError, startPrintDeadline } from '../../core/export/printer';
import type { PrintHooks, Printer } from '../../core/export/printer';
import { APP_BASE } from '../app-urls';
import { registerHelperWindow, windowOptions } from '../windows';
import type { PrintJobs } from './print-jobs';

/** The print view every print window loads. */
export const PRINT_URL = `${APP_BASE}print.html`;

/**
 * Options of every export. Electron 45 takes margins in inches (the old `marginType` is gone); the
 * page size and orientation come from the print view's CSS `@page` rule.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};

/** What the printer needs from main. */
export interface ElectronPrinterOptions {
  preloadPath: string;
  jobs: PrintJobs;
}

/** The print window's options: an app window's locked-down preferences, never shown, never throttled. */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const base = windowOptions(preloadPath);
  // Hidden windows are throttled by default, which would stall layout, fonts and image loads.
  return { ...base, show: false, title: 'Mimbar print', webPreferences: { ...base.webPreferences, backgroundThrottling: false } };
}

/** Creates the printer; each `print` call uses a window of its own. */
export function createElectronPrinter(options: ElectronPrinterOptions): Printer {
  return {
    async print(job, hooks) {
      if (hooks.signal.aborted) throw abortError();
      const window = new BrowserWindow(printWindowOptions(options.preloadPath));
      registerHelperWindow(window, 'print');
      try {
        return await printIn(window, job, hooks, options.jobs);
      } finally {
        options.jobs.detach(window);
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}

function printIn(window: BrowserWindow, job: PrintJob, hooks: PrintHooks, jobs: PrintJobs): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const contents = window.webContents;
    const cleanups: (() => void)[] = [];
    let isSettled = false;
    let isPrinting = false;
    const settle = (finish: () => void): void => {
      if (isSettled) return;
      isSettled = true;
      for (const cleanup of cleanups) cleanup();
      finish();
    };
    const fail = (error: Error): void => settle(() => reject(error));

    const deadline = startPrintDeadline(job, hooks.signal);
    cleanups.push(() => deadline.dispose());
    deadline.expired.catch((error: Error) => fail(error));

    const onGone = (_event: unknown, details: { reason: string }): void =>
      fail(new ExportError(`The print view stopped (${details.reason}) before the PDF was made. Try again.`));
    contents.on('render-process-gone', onGone);
    cleanups.push(() => contents.removeListener('render-process-gone', onGone));
    const onClosed = (): void => fail(new ExportError('The print view closed before the PDF was made.'));
    window.on('closed', onClosed);
    cleanups.push(() => window.removeListener('closed', onClosed));

    jobs.attach(window, {
      job,
      onProgress: (progress) => {
        if (!isSettled && !isPrinting) hooks.onProgress(progress);
      },
      onFailed: (message) => fail(new ExportError(`The print view failed: ${message}`)),
      onReady: () => {
        if (isSettled || isPrinting) return;
        isPrinting = true;
        deadline.enter('printing');
        hooks.onPrinting();
        contents.printToPDF(PDF_OPTIONS).then(
          (pdf) => settle(() => resolve(pdf)),
          (error: unknown) => fail(new Error(`printToPDF failed: ${error instanceof Error ? error.message : String(error)}`)),
        );
      },
    });
    window.loadURL(PRINT_URL).catch((error: unknown) => {
      fail(new Error(`Could not load the print view: ${error instanceof Error ? error.message : String(error)}`));
    });
  });
}
