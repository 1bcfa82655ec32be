/**
 * The one way browser tests start Chromium: Debian's `/usr/bin/chromium` through playwright-core,
 * with no sandbox (containers), no GPU and none of Chromium's own background network traffic.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** The repository's build output folder. */
export const DIST_DIR = fileURLToPath(new URL('../../../dist', import.meta.url));

const CHROMIUM = '/usr/bin/chromium';

/** Throws a clear message when the renderer has not been built (`npm test` builds first). */
export function requireBuiltRenderer(): void {
  if (!existsSync(`${DIST_DIR}/renderer/audience.html`) || !existsSync(`${DIST_DIR}/renderer/audience.js`)) {
    throw new Error('dist/renderer/audience.html is missing: run `npm run build` (or `npm test`) before the browser tests.');
  }
}

/** Launches headless Chromium; close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  requireBuiltRenderer();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
