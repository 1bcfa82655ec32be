/**
 * Writes docs/screenshot-first-slide.png (and docs/screenshot-title-slide.png): the bundled article in
 * the browser host, at 1280×720, in Debian's Chromium. Run: `npx tsx scripts/screenshot.ts` after a build.
 */
import { fileURLToPath } from 'node:url';
import { startBrowserHost } from '../app/host/start-browser-host';
import { launchChromium } from '../tests/browser/support/chromium';
import { pressForSlide, waitForReady } from '../tests/browser/support/page-state';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const host = await startBrowserHost({ deckPath: `${root}slides/manfaat-hubungan-internasional.md`, distDir: `${root}dist` });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    await page.goto(host.url);
    await waitForReady(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${root}docs/screenshot-title-slide.png` });
    // Slide 2 is the first `##` section of the article.
    await pressForSlide(page, 'ArrowRight');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${root}docs/screenshot-first-slide.png` });
    console.log('wrote docs/screenshot-title-slide.png and docs/screenshot-first-slide.png');
  } finally {
    await browser.close();
    await host.close();
  }
}

await main();
