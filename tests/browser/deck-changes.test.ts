// What the audience sees when the host changes the deck, reports an error, sends an empty deck, or a
// file is dropped on the window; and the deck's theme.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDeck, makeSlide } from './fixtures/make-deck';
import { sampleDeck, SAMPLE_ORDER } from './fixtures/sample-deck';
import { launchChromium } from './support/chromium';
import { openDeck } from './support/open-deck';
import { expectDeckShown, pressForSlide, presentSlideId, presentSlideText } from './support/page-state';

describe('audience page: deck changes and errors', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stays on the same slide (by id) when the deck changes, and shows the new content', async () => {
    const opened = await openDeck(browser, { deck: sampleDeck });
    try {
      const { page, host } = opened;
      await pressForSlide(page, 'ArrowRight');
      await pressForSlide(page, 'ArrowRight');
      expect(await presentSlideId(page)).toBe('informasi-intelijen');
      // A new slide before it shifts every index: only the id can keep the audience in place.
      const changed = makeDeck(
        [sampleDeck.slides[0]!, makeSlide('baru', 1, 0, '<h2>Slide baru</h2>'), ...sampleDeck.slides.slice(1).map((slide) => ({ ...slide, h: slide.h + 1 }))].map((slide) =>
          slide.id === 'informasi-intelijen' ? { ...slide, html: '<h3>Informasi Intelijen (diperbarui)</h3>' } : slide,
        ),
        sampleDeck.meta,
      );
      await expectDeckShown(page, () => host.setDeck(changed));
      expect(await presentSlideId(page)).toBe('informasi-intelijen');
      expect(await presentSlideText(page)).toContain('(diperbarui)');
      expect(await pressForSlide(page, 'Home')).toBe(SAMPLE_ORDER[0]);
      expect(await pressForSlide(page, 'ArrowRight')).toBe('baru');
    } finally {
      await opened.close();
    }
  });

  it('shows host errors as text in a dismissible banner', async () => {
    const opened = await openDeck(browser, { deck: sampleDeck });
    try {
      const { page, host } = opened;
      const banner = page.locator('.mimbar-ui-banner');
      expect(await banner.isVisible()).toBe(false);
      const message = 'Cannot read slides.md <img src=x onerror="window.__pwned=1">';
      host.reportError(message);
      await banner.waitFor({ state: 'visible' });
      expect(await banner.locator('.mimbar-ui-banner-text').textContent()).toBe(message);
      expect(await banner.locator('img').count()).toBe(0);
      await banner.locator('button').click();
      expect(await banner.isVisible()).toBe(false);
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    } finally {
      await opened.close();
    }
  });

  it('tells the user when a dropped file cannot be opened here', async () => {
    const opened = await openDeck(browser, { deck: sampleDeck });
    try {
      const { page } = opened;
      const dataTransfer = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['# Judul'], 'materi.md', { type: 'text/markdown' }));
        return transfer;
      });
      await page.dispatchEvent('body', 'dragover', { dataTransfer });
      await page.dispatchEvent('body', 'drop', { dataTransfer });
      const text = page.locator('.mimbar-ui-banner-text');
      await text.waitFor({ state: 'visible' });
      expect(await text.textContent()).toBe('Not available in the browser host');
      expect(page.url()).toBe(opened.host.url);
    } finally {
      await opened.close();
    }
  });

  it('shows an empty-state screen in the deck language when there are no slides', async () => {
    for (const [lang, title] of [['id', 'Belum ada slide'], ['en', 'No slides yet']] as const) {
      const opened = await openDeck(browser, { deck: makeDeck([], { lang }) });
      try {
        const empty = opened.page.locator('.mimbar-ui-empty');
        expect(await empty.isVisible()).toBe(true);
        expect(await empty.locator('h1').textContent()).toBe(title);
        expect(await opened.page.locator('.reveal').isVisible()).toBe(false);
      } finally {
        await opened.close();
      }
    }
  });

  it('goes from an empty deck to slides when the deck changes', async () => {
    const opened = await openDeck(browser, { deck: makeDeck([], { lang: 'id' }) });
    try {
      await expectDeckShown(opened.page, () => opened.host.setDeck(sampleDeck));
      expect(await opened.page.locator('.mimbar-ui-empty').isVisible()).toBe(false);
      expect(await presentSlideId(opened.page)).toBe(SAMPLE_ORDER[0]);
    } finally {
      await opened.close();
    }
  });

  it('uses the theme the deck names', async () => {
    const opened = await openDeck(browser, { deck: makeDeck([makeSlide('a', 0, 0, '<h1>Putih</h1>')], { theme: 'white-contrast' }) });
    try {
      const { page } = opened;
      expect(await page.getAttribute('#mimbar-theme', 'href')).toBe('themes/white-contrast.css');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      expect(await page.locator('section.present h1').evaluate((heading) => getComputedStyle(heading).color)).toBe('rgb(0, 0, 0)');
    } finally {
      await opened.close();
    }
  });
});
