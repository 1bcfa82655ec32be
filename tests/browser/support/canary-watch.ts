/**
 * A browser context that records everything a hostile deck could make a page do: calls of the canary
 * `__mimbarCanary` (and of `alert`, `confirm`, `prompt`, `print`, `window.open`), reported to Node
 * through a Playwright binding so a call is seen even if the page navigates away; every request of every
 * page and frame; navigations of the main frame after load; popups, dialogs and downloads; CSP
 * violations; console errors and uncaught errors.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    __mimbarCanary?: (...args: unknown[]) => void;
    /** Page-side record of canary calls (`kind: args`), next to the Node-side one. */
    __mimbarCanaryCalls?: string[];
    /** URLs given to `window.open`, which never opens anything here. */
    __mimbarOpened?: string[];
    __mimbarCanaryReport?: (kind: string, args: string[]) => Promise<void>;
    __cspViolations?: string[];
  }
}

/** One call that reached Node through the binding. */
export interface CanaryCall {
  kind: string;
  args: string[];
  frameUrl: string;
}

/** What a watched context saw. */
export interface CanaryWatch {
  context: BrowserContext;
  page: Page;
  /** Canary, alert, confirm, prompt and print calls, reported to Node. */
  calls: CanaryCall[];
  /** URLs given to `window.open` (the browser host's link bridge uses it for web links). */
  opened: string[];
  /** Every request URL of every page, frame and worker of the context. */
  requests: string[];
  /** HTTP status of each URL that got a response. */
  statuses: Map<string, number>;
  /** Why each failed request failed (`csp` when the page's Content-Security-Policy blocked it). */
  failures: Map<string, string>;
  /** Responses with status 200 outside `/app/` and `/api/`, to read back for leaked files. */
  bodies: Array<Promise<{ url: string; body: Buffer } | null>>;
  /** Main-frame navigations (requested or committed) after `markLoaded`. */
  navigations: string[];
  /** Pages opened in the context besides `page`. */
  popups: string[];
  dialogs: string[];
  downloads: string[];
  /** Uncaught errors and console errors and warnings, with their type. */
  console: string[];
  /** Call once the page has loaded: later main-frame navigations are recorded. */
  markLoaded(): void;
  close(): Promise<void>;
}

/**
 * Installed before any page script runs, in every frame (init scripts are exempt from the page's CSP).
 * It must stay self-contained: Playwright sends its source text to the browser.
 */
function installCanary(): void {
  const calls: string[] = [];
  const opened: string[] = [];
  const report = (kind: string, args: unknown[]): void => {
    const text = args.map((arg) => String(arg));
    calls.push(`${kind}: ${text.join(', ')}`);
    void window.__mimbarCanaryReport?.(kind, text);
  };
  Object.defineProperty(window, '__mimbarCanaryCalls', { value: calls });
  Object.defineProperty(window, '__mimbarOpened', { value: opened });
  Object.defineProperty(window, '__mimbarCanary', { value: (...args: unknown[]) => report('canary', args) });
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, { value: (...args: unknown[]) => report(name, args), writable: true, configurable: true });
  }
  // Records instead of opening: a web link the user clicks is opened this way by the host's bridge.
  Object.defineProperty(window, 'open', {
    value: (url?: string | URL) => {
      opened.push(String(url));
      void window.__mimbarCanaryReport?.('open', [String(url)]);
      return null;
    },
    writable: true,
    configurable: true,
  });
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    // Some reports arrive at an element of the page: name it, to help reading the report.
    const where = event.target instanceof Element ? ` at <${event.target.nodeName.toLowerCase()}>` : '';
    window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}${where}`);
  });
}

/** Opens a new context and page that record everything in `CanaryWatch`. */
export async function openCanaryWatch(browser: Browser, viewport: { width: number; height: number }): Promise<CanaryWatch> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: false });
  const calls: CanaryCall[] = [];
  const opened: string[] = [];
  await context.exposeBinding('__mimbarCanaryReport', ({ frame }, kind: string, args: string[]) => {
    if (kind === 'open') opened.push(args[0] ?? '');
    else calls.push({ kind, args, frameUrl: frame.url() });
  });
  await context.addInitScript(installCanary);
  const page = await context.newPage();
  const watch: CanaryWatch = {
    context,
    page,
    calls,
    opened,
    requests: [],
    statuses: new Map(),
    failures: new Map(),
    bodies: [],
    navigations: [],
    popups: [],
    dialogs: [],
    downloads: [],
    console: [],
    markLoaded: () => undefined,
    close: () => context.close(),
  };
  let isLoaded = false;
  watch.markLoaded = () => {
    isLoaded = true;
  };
  context.on('request', (request) => {
    watch.requests.push(request.url());
    // Seen as soon as the navigation starts, before the page is replaced (or fails to load).
    if (isLoaded && request.isNavigationRequest() && request.frame() === page.mainFrame()) watch.navigations.push(`requested ${request.url()}`);
  });
  context.on('requestfailed', (request) => watch.failures.set(request.url(), request.failure()?.errorText ?? 'unknown'));
  context.on('response', (response) => {
    watch.statuses.set(response.url(), response.status());
    const path = new URL(response.url()).pathname;
    if (response.status() === 200 && !path.startsWith('/app/') && !path.startsWith('/api/') && /^https?:/.test(response.url())) {
      watch.bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
    }
  });
  context.on('page', (other) => {
    if (other !== page) watch.popups.push(other.url());
  });
  page.on('framenavigated', (frame) => {
    if (isLoaded && frame === page.mainFrame()) watch.navigations.push(`committed ${frame.url()}`);
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('download', (download) => watch.downloads.push(download.url()));
  page.on('pageerror', (error) => watch.console.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.console.push(`${message.type()}: ${message.text()}`);
  });
  return watch;
}
