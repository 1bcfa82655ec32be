/**
 * The one way browser tests start Chromium: `CHROME_PATH` or Debian's `/usr/bin/chromium` through
 * playwright-core, with no GPU, no sandbox as root, and none of Chromium's own background traffic.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../app/cli/find-chromium';

/** The repository's build output folder. */
export const DIST_DIR = fileURLToPath(new URL('../../../dist', import.meta.url));

/** Throws a clear message when the renderer has not been built (`npm test` builds first). */
export function requireBuiltRenderer(): void {
  if (!existsSync(`${DIST_DIR}/renderer/audience.html`) || !existsSync(`${DIST_DIR}/renderer/audience.js`)) {
    throw new Error('dist/renderer/audience.html is missing: run `npm run build` (or `npm test`) before the browser tests.');
  }
}

/** Launches headless Chromium; close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  requireBuiltRenderer();
  // The same lookup as the CLI's export: CHROME_PATH, else the usual install paths (Debian: /usr/bin/chromium).
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
}
