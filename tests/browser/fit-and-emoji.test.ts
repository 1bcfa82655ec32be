// Slides fit 1280×720: a slightly long slide is shrunk until it fits, a far too long one stops at the
// floor and is reported; emoji are drawn in colour from the bundled colour font.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitDeck, longDeck } from './fixtures/fit-deck';
import { launchChromium } from './support/chromium';
import { colouredShare } from './support/coloured-pixels';
import { openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForSlide } from './support/page-state';

const OUT = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** Font size of a slide in percent of the theme size, and whether its content fits the slide. */
function measure(opened: OpenedDeck, id: string): Promise<{ percent: number; height: number; width: number }> {
  return opened.page.evaluate((slide) => {
    const section = document.querySelector<HTMLElement>(`[data-mimbar-slide="${slide}"]`);
    if (!section) throw new Error(`no slide ${slide}`);
    const percent = section.style.fontSize === '' ? 100 : Number.parseFloat(section.style.fontSize);
    return { percent, height: section.scrollHeight, width: section.scrollWidth };
  }, id);
}

describe('audience page: fitting and emoji', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deck: fitDeck });
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('shrinks a slightly overfull slide until it fits, without a warning', async () => {
    expect(await pressForSlide(opened.page, 'ArrowRight')).toBe('sedikit-panjang');
    const fitted = await measure(opened, 'sedikit-panjang');
    expect(fitted.percent).toBeLessThan(100);
    expect(fitted.percent).toBeGreaterThanOrEqual(60);
    expect(fitted.height).toBeLessThanOrEqual(721);
    const warnings = await opened.page.evaluate(() => window.__mimbar?.warnings ?? []);
    expect(warnings.map((warning) => warning.slide)).not.toContain('sedikit-panjang');
  });

  it('stops at 60% for a far too long slide and reports it', async () => {
    expect(await pressForSlide(opened.page, 'ArrowRight')).toBe('jauh-terlalu-panjang');
    expect((await measure(opened, 'jauh-terlalu-panjang')).percent).toBe(60);
    const warnings = await opened.page.evaluate(() => window.__mimbar?.warnings ?? []);
    expect(warnings.map((warning) => warning.slide)).toEqual(['jauh-terlalu-panjang']);
    const badge = opened.page.locator('.mimbar-ui-warnings');
    expect(await badge.isVisible()).toBe(true);
    expect(await badge.textContent()).toContain('1 slide terlalu penuh');
  });

  it('draws emoji in colour', async () => {
    const { page } = opened;
    expect(await pressForSlide(page, 'End')).toBe('emoji');
    await page.evaluate(() => document.fonts.ready);
    const line = page.locator('[data-mimbar-slide="emoji"] p');
    const png = await line.screenshot();
    await mkdir(OUT, { recursive: true });
    await writeFile(`${OUT}emoji-line.png`, png);
    // The theme's text is white on near-black: no colour at all.
    const coloured = await colouredShare(page, png);
    expect(coloured).toBeGreaterThan(0.05);
  });

  it('fills and fits slides lazily, only near the one on screen', async () => {
    const long = await openDeck(browser, { deck: longDeck });
    try {
      const filled = (): Promise<string[]> =>
        long.page.evaluate(() => Array.from(document.querySelectorAll('section[data-mimbar-slide]:has(> .mimbar-slide-body)'), (section) => section.getAttribute('data-mimbar-slide') ?? ''));
      expect(await filled()).toEqual(['slide-1', 'slide-2', 'slide-3']);
      expect(await pressForSlide(long.page, 'End')).toBe('slide-12');
      // The slide on screen is filled at once, its neighbours when the page is idle (later on a busy machine).
      expect(await filled()).toContain('slide-12');
      await expect.poll(filled, { timeout: 5_000 }).toEqual(['slide-1', 'slide-2', 'slide-3', 'slide-10', 'slide-11', 'slide-12']);
    } finally {
      await long.close();
    }
  });
});
