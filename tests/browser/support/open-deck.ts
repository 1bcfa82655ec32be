/**
 * Opens a deck in a fresh page served by the browser host, recording every network request and every
 * CSP violation the page reports, and waits until the page says it is ready.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBrowserHost } from '../../../app/host/start-browser-host';
import type { BrowserHost, BrowserHostOptions } from '../../../app/host/start-browser-host';
import { DIST_DIR } from './chromium';
import { waitForReady } from './page-state';
import { watchPage } from './watch-page';

/** A page showing a deck, with what it did on the network. */
export interface OpenedDeck {
  page: Page;
  host: BrowserHost;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** `violatedDirective blockedURI` of every CSP violation the page reported. */
  cspViolations(): Promise<string[]>;
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenDeckOptions extends Omit<BrowserHostOptions, 'distDir'> {
  reducedMotion?: 'reduce' | 'no-preference';
  /** Wait for `mimbar:ready` (default true). */
  waitReady?: boolean;
}

/** Starts a browser host for the deck and opens its audience page at 1280×720. */
export async function openDeck(browser: Browser, options: OpenDeckOptions): Promise<OpenedDeck> {
  const { reducedMotion = 'reduce', waitReady = true, ...hostOptions } = options;
  const host = await startBrowserHost({ ...hostOptions, distDir: DIST_DIR });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion });
  const page = await context.newPage();
  const { requests, errors } = await watchPage(page);
  await page.goto(host.url);
  if (waitReady) await waitForReady(page);
  return {
    page,
    host,
    requests,
    errors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    async close() {
      await context.close();
      await host.close();
    },
  };
}

/** Requests that went anywhere but the host itself (data: URLs never leave the page). */
export function foreignRequests(opened: OpenedDeck): string[] {
  return opened.requests.filter((url) => !url.startsWith(`${opened.host.origin}/`) && !url.startsWith('data:'));
}
