/**
 * The CLI's printer: serves the print view from the browser host on 127.0.0.1, loads it in headless
 * Chromium (found by `findChromium`), waits for the print view's ready report, and prints with the
 * DevTools protocol (`page.pdf`). Every request off the host is aborted: offline by construction.
 */
import type { Browser, Page } from 'playwright-core';
import type { PrintJob, PrintReady } from '../contract/export';
import { ExportError } from '../core/export/export-error';
import { printTimeoutMs, type PrintHooks, type Printer } from '../core/export/printer';
import { startBrowserHost, type BrowserHost } from '../host/start-browser-host';
import { chromiumArgs } from './find-chromium';

export interface ChromiumPrinterOptions {
  executablePath: string;
  /** The build output folder holding `renderer/print.html`. */
  distDir: string;
  /** The deck's folder, for its images (null: none). */
  assetDir: string | null;
}

/** Creates a printer that prints with the Chromium at `options.executablePath`. */
export function createChromiumPrinter(options: ChromiumPrinterOptions): Printer {
  return {
    async print(job, hooks) {
      let host: BrowserHost | null = null;
      let browser: Browser | null = null;
      const ready = deferred<PrintReady>();
      try {
        // Chromium takes longest to start: launch it while the host starts.
        // playwright-core is loaded only by the command that prints: `mimbar --help` and `build` never pay for it.
        const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: options.executablePath, args: chromiumArgs() })).catch((error: unknown) => {
          throw new ExportError(`Chromium at ${options.executablePath} did not start: ${firstLine(error)}`);
        });
        launching.then((launched) => (browser = launched), () => undefined);
        host = await startBrowserHost({
          deck: job.deck.deck,
          assetDir: options.assetDir ?? undefined,
          distDir: options.distDir,
          print: {
            plan: job.plan,
            onProgress: hooks.onProgress,
            onReady: ready.resolve,
            onFailed: (message) => ready.reject(new ExportError(`The print view failed: ${message}`)),
          },
        });
        browser = await launching;
        const page = await browser.newPage();
        await keepOffline(page, host.origin);
        await page.goto(host.printUrl);
        await waitUntilReady(ready.promise, job, hooks);
        hooks.onPrinting();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
        return new Uint8Array(pdf);
      } finally {
        await browser?.close();
        await host?.close();
      }
    },
  };
}

async function keepOffline(page: Page, origin: string): Promise<void> {
  await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
}

/** Resolves when the print view reported ready; rejects on its failure report, a timeout or an abort. */
async function waitUntilReady(ready: Promise<PrintReady>, job: PrintJob, hooks: PrintHooks): Promise<void> {
  const timeoutMs = printTimeoutMs(job.plan.pages.length);
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExportError(`Export timed out after ${Math.round(timeoutMs / 1000)} s while laying out ${job.plan.pages.length} pages.`)), timeoutMs);
  });
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(hooks.signal.reason);
    if (hooks.signal.aborted) onAbort();
    else hooks.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([ready, timedOut, aborted]);
  } finally {
    clearTimeout(timer);
    if (onAbort) hooks.signal.removeEventListener('abort', onAbort);
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((done, fail) => {
    resolve = done;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
