/**
 * Writes docs/screenshot-title-slide.png (the title slide) and docs/screenshot-grouped-slide.png (a
 * section whose short sub-sections are bullets of one slide): the bundled article in the browser host,
 * at 1280×720, in Debian's Chromium. Run: `npx tsx scripts/screenshot.ts` after a build.
 */
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from '../app/host/start-browser-host';
import { launchChromium } from '../tests/browser/support/chromium';
import { pressForSlide, waitForReady } from '../tests/browser/support/page-state';

const root = fileURLToPath(new URL('..', import.meta.url));
const GROUPED = 'kerjasama-pertahanan-dan-keamanan';

async function main(): Promise<void> {
  const host = await startBrowserHost({ deckPath: `${root}slides/manfaat-hubungan-internasional.md`, distDir: `${root}dist` });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(host.url);
    await waitForReady(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${root}docs/screenshot-title-slide.png` });
    // The first section with grouped sub-sections, after the agenda.
    for (let step = 0; step < 40 && (await pressForSlide(page, 'ArrowRight')) !== GROUPED; step++);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${root}docs/screenshot-grouped-slide.png` });
    console.log('wrote docs/screenshot-title-slide.png and docs/screenshot-grouped-slide.png');
  } finally {
    await browser.close();
    await host.close();
  }
}

await main();
