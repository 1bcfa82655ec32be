// Decks built by the real engine from Markdown files: the bundled article and a hostile Markdown file,
// served by the browser host exactly as `mimbar serve` will.
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../app/core/files/load-deck';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForSlide, presentSlideId, pressForOverview } from './support/page-state';

const ARTICLE = fileURLToPath(new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url));
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile.md', import.meta.url));

describe('audience page: the bundled article', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deckPath: ARTICLE });
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('opens on the title slide naming the article', async () => {
    const deck = await loadDeck(ARTICLE);
    expect(await presentSlideId(opened.page)).toBe(deck.slides[0]?.id);
    const heading = await opened.page.locator('section.present h1').textContent();
    expect(heading?.toLowerCase()).toBe(deck.meta.title.toLowerCase());
  });

  it('shows every slide, each fitting 1280×720, with no warning', async () => {
    const deck = await loadDeck(ARTICLE);
    const { page } = opened;
    const visited = [await presentSlideId(page)];
    for (let i = 1; i < deck.slides.length; i++) visited.push(await pressForSlide(page, 'PageDown'));
    expect(visited).toEqual(deck.slides.map((slide) => slide.id));
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('section[data-mimbar-slide]'))
        .filter((section) => section.scrollHeight > 721 || section.scrollWidth > 1281)
        .map((section) => section.getAttribute('data-mimbar-slide')),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => window.__mimbar?.warnings ?? [])).toEqual([]);
    expect(foreignRequests(opened)).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('audience page: a hostile Markdown file', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deckPath: HOSTILE });
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('runs nothing and fetches nothing outside the host, after every slide and the overview', async () => {
    const { page } = opened;
    const deck = await loadDeck(HOSTILE);
    for (let i = 1; i < deck.slides.length; i++) await pressForSlide(page, 'PageDown');
    await pressForOverview(page, 'o', true);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(foreignRequests(opened)).toEqual([]);
    expect(await page.locator('.mimbar-slide-body iframe, .mimbar-slide-body script, .mimbar-slide-body form, .mimbar-slide-body svg script, .mimbar-slide-body foreignObject, .mimbar-slide-body image, .mimbar-slide-body use, .mimbar-slide-body [onload], .mimbar-slide-body [style]').count()).toBe(0);
    expect(await page.locator('.mimbar-remote-image-url').allTextContents()).toContain('http://example.invalid/peta.png');
  });
});
