/**
 * The CLI's printer: headless Chromium (found by `findChromium`) driven over the DevTools protocol on
 * a pipe. It starts Chromium and a blank page as soon as it is created, while the command still reads
 * the deck; `print` then serves the print view from the browser host on 127.0.0.1, opens it in that
 * page, waits for the print view's ready report, and prints with `Page.printToPDF`. Offline by
 * construction: every request the page makes off the host is failed, and no host name resolves.
 */
import type { PrintReady } from '../contract/export';
import { ExportError } from '../core/export/export-error';
import { startPrintDeadline, type Printer } from '../core/export/printer';
import { startBrowserHost, type BrowserHost } from '../host/start-browser-host';
import { ChromiumExitedError, launchCdpBrowser, type CdpBrowser, type PrintToPdfParams } from './cdp-pipe';
import { chromiumArgs } from './find-chromium';

export interface ChromiumPrinterOptions {
  executablePath: string;
  /** How long Chromium may take to start and open a blank page (default 30 s). */
  startTimeoutMs?: number;
  /** The build output folder holding `renderer/print.html`. */
  distDir: string;
  /** The deck's folder, for its images (null: none). */
  assetDir: string | null;
}

/** A printer for one export; `close` releases Chromium when `print` is never called (it closes after printing). */
export interface ChromiumPrinter extends Printer {
  close(): Promise<void>;
}

/** Paper comes from the print view's CSS `@page`; no margins of Chromium's own; outline and tags for readers. */
const PDF_OPTIONS: PrintToPdfParams = {
  printBackground: true,
  preferCSSPageSize: true,
  generateDocumentOutline: true,
  generateTaggedPDF: true,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
};

/**
 * Flags of the printing Chromium beside `chromiumArgs()`: no host name resolves (a request that slipped
 * past the page's filter would still go nowhere); never the system keyring or keychain (a prompt would
 * hang an export); no extensions, crash reporter or default apps to start; shared memory in /tmp (a
 * container's small /dev/shm crashes a big export); a page in the background is never throttled;
 * colours as the sRGB the slides were designed in.
 */
export const PRINTER_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--force-color-profile=srgb',
  '--no-default-browser-check',
  '--mute-audio',
];

interface WarmPage {
  browser: CdpBrowser;
  sessionId: string;
}

/** Starts Chromium with one blank page, attached; gives up after `timeoutMs`. */
async function warmUp(executablePath: string, timeoutMs: number): Promise<WarmPage> {
  const browser = await launchCdpBrowser(executablePath, [...chromiumArgs(), ...PRINTER_ARGS]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const opened = (async () => {
      const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
      return (await browser.send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
    })();
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    });
    return { browser, sessionId: await Promise.race([opened, browser.exited, late]) };
  } catch (error) {
    await browser.close();
    throw new ExportError(`Chromium at ${executablePath} did not start (${firstLine(error)}).`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fails every request of the page in `sessionId` that is not to `origin` (data: URLs never reach the
 * network layer), before anything is loaded.
 */
export async function keepOffline(browser: CdpBrowser, sessionId: string, origin: string): Promise<void> {
  browser.on('Fetch.requestPaused', ({ requestId, request }, from) => {
    if (from !== sessionId) return;
    const allowed = request.url.startsWith(`${origin}/`);
    const answer = allowed ? browser.send('Fetch.continueRequest', { requestId }, sessionId) : browser.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId);
    // A request answered after the page went away: nothing to do.
    answer.catch(() => undefined);
  });
  await browser.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId);
}

/** Creates a printer with the Chromium at `options.executablePath`, starting Chromium at once. */
export function startChromiumPrinter(options: ChromiumPrinterOptions): ChromiumPrinter {
  const stoppedWhilePrinting = (error: unknown): ExportError =>
    new ExportError(`Chromium at ${options.executablePath} stopped while printing (${firstLine(error)}).`);
  const warm = warmUp(options.executablePath, options.startTimeoutMs ?? 30_000);
  // A failed start is reported by `print`; until then it must not count as unhandled.
  warm.catch(() => undefined);
  let closed: Promise<void> | null = null;
  const close = (): Promise<void> => (closed ??= warm.then(({ browser }) => browser.close(), () => undefined));
  return {
    close,
    async print(job, hooks) {
      let host: BrowserHost | null = null;
      const ready = deferred<PrintReady>();
      const deadline = startPrintDeadline(job, hooks.signal);
      try {
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
        const { browser, sessionId } = await warm;
        const crashed = browser.exited.catch((error: unknown) => {
          throw stoppedWhilePrinting(error);
        });
        await Promise.race([keepOffline(browser, sessionId, host.origin), crashed]);
        const navigated = await Promise.race([browser.send('Page.navigate', { url: host.printUrl }, sessionId), crashed]);
        if (navigated.errorText) throw new ExportError(`Chromium could not open the print view: ${navigated.errorText}`);
        await Promise.race([ready.promise, deadline.expired, crashed]);
        deadline.enter('printing');
        hooks.onPrinting();
        const { data } = await Promise.race([browser.send('Page.printToPDF', PDF_OPTIONS, sessionId), deadline.expired, crashed]);
        return new Uint8Array(Buffer.from(data, 'base64'));
      } catch (error) {
        // A command in flight when Chromium died rejects before `crashed` does: both say the same.
        throw error instanceof ChromiumExitedError ? stoppedWhilePrinting(error) : error;
      } finally {
        deadline.dispose();
        await close();
        await host?.close();
      }
    },
  };
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
