// The slide overview on the audience page (Esc) and on a 1,000-slide deck: the same grid of miniatures
// as the console's (shared/overview/), shown on the audience page's own screen only; the arrow keys,
// Enter and a click go to a slide, and the host and the console follow; Esc closes without moving;
// reveal.js's own overview never shows. On 1,000 slides only the miniatures in view are filled.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Slide } from '../../app/contract/deck';
import { makeDeck, makeSlide } from './fixtures/make-deck';
import { presenterDeck, PRESENTER_ORDER } from './fixtures/presenter-deck';
import { expectConsoleRender, hostState, openPresenterPair, sendCommand } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { expectSlideChange, presentSlideId } from './support/page-state';

const thumbs = (page: Page): Locator => page.getByTestId('overview-thumb');
const thumb = (page: Page, slideId: string): Locator => page.locator(`[data-testid="overview-thumb"][data-slide="${slideId}"]`);
const focusedSlide = (page: Page): Promise<string | null> => page.locator('[data-testid="overview-thumb"].is-focused').getAttribute('data-slide');
const currentSlides = (page: Page): Promise<(string | null)[]> =>
  page.locator('[data-testid="overview-thumb"][aria-current="true"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-slide')));
const isRevealOverview = (page: Page): Promise<boolean> => page.locator('.reveal').first().evaluate((element) => element.classList.contains('overview'));
const overviewShown = (page: Page): Promise<boolean> => page.getByTestId('overview').isVisible();

let browser: Browser;
let pair: PresenterPair | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});

// Neither page may log an error or report a CSP violation, whatever the test did.
afterEach(async () => {
  if (!pair) return;
  const errors = pair.errors;
  const violations = await pair.cspViolations();
  await pair.close();
  pair = null;
  expect(errors).toEqual([]);
  expect(violations).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

describe('audience overview', () => {
  it('opens with Esc on the audience screen only, with a miniature of every slide and the current one marked', async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck });
    const { audience } = pair;
    await audience.keyboard.press('Escape');
    expect(await overviewShown(audience)).toBe(true);
    expect(await isRevealOverview(audience)).toBe(false);
    expect(await thumbs(audience).evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-slide')))).toEqual(PRESENTER_ORDER);
    expect(await thumb(audience, 'anggaran').locator('.mimbar-slide-body').textContent()).toContain('Pembiayaan berasal dari iuran anggota');
    expect(await thumb(audience, 'detail').locator('.mimbar-overview-caption > *').allTextContents()).toEqual(['3', 'Detail Latihan']);
    expect(await currentSlides(audience)).toEqual(['judul']);
    // Not shared state: the console and the host stay where they were.
    expect(await overviewShown(pair.console)).toBe(false);
    expect((await hostState(pair.console)).slideId).toBe('judul');
    // Esc closes without moving.
    await audience.keyboard.press('Escape');
    expect(await overviewShown(audience)).toBe(false);
    expect(await presentSlideId(audience)).toBe('judul');
    expect((await hostState(pair.console)).slideId).toBe('judul');
  });

  it('goes to the slide chosen with the arrow keys and Enter; the host and the console follow', async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck });
    const { audience } = pair;
    await audience.keyboard.press('Escape');
    expect(await focusedSlide(audience)).toBe('judul');
    // → and ← by one; the reveal.js slide underneath does not move meanwhile.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight']) await audience.keyboard.press(key);
    expect(await focusedSlide(audience)).toBe('anggaran');
    expect(await presentSlideId(audience)).toBe('judul');
    const consoleDrawn = pair.console;
    const shown = await expectSlideChange(audience, async () => {
      await expectConsoleRender(consoleDrawn, () => audience.keyboard.press('Enter'));
    });
    expect(shown).toBe('anggaran');
    expect(await overviewShown(audience)).toBe(false);
    expect((await hostState(pair.console)).slideId).toBe('anggaran');
    await expect.poll(() => consoleDrawn.getByTestId('current-slide').getAttribute('data-slide')).toBe('anggaran');
    // Open again: the new slide is the current one.
    await audience.keyboard.press('o');
    expect(await currentSlides(audience)).toEqual(['anggaran']);
    expect(await focusedSlide(audience)).toBe('anggaran');
    await audience.keyboard.press('o');
    expect(await overviewShown(audience)).toBe(false);
  });

  it('marks the new current slide when the console moves the presentation while the overview is open', async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck });
    const { audience } = pair;
    await audience.keyboard.press('Escape');
    const consolePage = pair.console;
    expect(await expectSlideChange(audience, () => consolePage.keyboard.press('End'))).toBe('penutup');
    expect(await overviewShown(audience)).toBe(true);
    expect(await currentSlides(audience)).toEqual(['penutup']);
  });

  it('goes to the slide clicked', async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck });
    const { audience } = pair;
    await audience.keyboard.press('Escape');
    const shown = await expectSlideChange(audience, () => thumb(audience, 'penutup').click());
    expect(shown).toBe('penutup');
    expect(await overviewShown(audience)).toBe(false);
    await expect.poll(async () => (await hostState(audience)).slideId).toBe('penutup');
  });

  it('lets Esc close the key help (?) without opening the overview', async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck });
    const { audience } = pair;
    await audience.keyboard.press('Shift+Slash');
    await audience.locator('.mimbar-ui-key-help').waitFor();
    await audience.keyboard.press('Escape');
    await audience.locator('.mimbar-ui-key-help').waitFor({ state: 'hidden' });
    expect(await overviewShown(audience)).toBe(false);
  });
});

describe('overview of a 1,000-slide deck', () => {
  const TOTAL = 1000;
  const slides: Slide[] = Array.from({ length: TOTAL }, (_, h) => makeSlide(`s-${h}`, h, 0, `<h2>Slide ${h}</h2><p>Isi nomor ${h}</p>`, { title: `Judul ${h}` }));
  const bigDeck = makeDeck(slides, { title: 'Besar', lang: 'id' });

  /** The filled miniatures, and whether each is within a row of the visible part of the grid. */
  const filled = (page: Page): Promise<{ ids: string[]; outOfView: string[] }> =>
    page.evaluate(() => {
      const scroller = document.querySelector('.mimbar-overview-scroller');
      if (!scroller) return { ids: [], outOfView: ['no scroller'] };
      const view = scroller.getBoundingClientRect();
      const cells = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="overview-thumb"]')).filter((cell) => cell.querySelector('.mimbar-slide-body'));
      const outOfView = cells.filter((cell) => {
        const box = cell.getBoundingClientRect();
        return box.bottom < view.top - 2 * box.height || box.top > view.bottom + 2 * box.height;
      });
      return { ids: cells.map((cell) => cell.dataset['slide'] ?? ''), outOfView: outOfView.map((cell) => cell.dataset['slide'] ?? '') };
    });

  it('fills only the miniatures in view, in the console and on the audience page', async () => {
    pair = await openPresenterPair(browser, { deck: bigDeck });
    const { console: consolePage, audience } = pair;
    await expectConsoleRender(consolePage, async () => {
      await sendCommand(consolePage, { type: 'goto', h: 500, v: 0, fragment: -1 });
    });
    await consolePage.keyboard.press('o');
    expect(await thumbs(consolePage).count()).toBe(TOTAL);
    const atOpen = await filled(consolePage);
    expect(atOpen.ids).toContain('s-500');
    expect(atOpen.ids.length).toBeGreaterThan(5);
    expect(atOpen.ids.length).toBeLessThan(60);
    expect(atOpen.outOfView).toEqual([]);
    expect(await currentSlides(consolePage)).toEqual(['s-500']);
    expect(await thumb(consolePage, 's-500').textContent()).toContain('Isi nomor 500');
    expect(await thumb(consolePage, 's-500').locator('.mimbar-overview-title').textContent()).toBe('Judul 500');

    // ↓ is the miniature right below; End the last one, filled once in view, the ones left behind emptied.
    const place = (id: string | null): Promise<{ left: number; top: number }> =>
      thumb(consolePage, id ?? '').evaluate((cell) => (cell instanceof HTMLElement ? { left: cell.offsetLeft, top: cell.offsetTop } : { left: Number.NaN, top: Number.NaN }));
    const before = await place('s-500');
    await consolePage.keyboard.press('ArrowDown');
    const after = await place(await focusedSlide(consolePage));
    const below = { dx: after.left - before.left, dy: after.top - before.top };
    expect(below?.dx).toBe(0);
    expect(below?.dy).toBeGreaterThan(0);
    await consolePage.keyboard.press('End');
    expect(await focusedSlide(consolePage)).toBe('s-999');
    await expect.poll(async () => (await filled(consolePage)).ids).toContain('s-999');
    const atEnd = await filled(consolePage);
    expect(atEnd.ids).not.toContain('s-500');
    expect(atEnd.ids.length).toBeLessThan(60);
    expect(atEnd.outOfView).toEqual([]);
    // Scrolled by hand (the wheel), the rows coming into view are filled.
    await consolePage.getByTestId('overview').hover();
    await consolePage.mouse.wheel(0, -3000);
    await expect.poll(async () => (await filled(consolePage)).outOfView).toEqual([]);
    await expect.poll(async () => (await filled(consolePage)).ids.some((id) => Number(id.slice(2)) < 950)).toBe(true);
    await consolePage.keyboard.press('Escape');
    expect((await hostState(consolePage)).slideId).toBe('s-500');

    await audience.keyboard.press('Escape');
    expect(await thumbs(audience).count()).toBe(TOTAL);
    const onAudience = await filled(audience);
    expect(onAudience.ids).toContain('s-500');
    expect(onAudience.ids.length).toBeLessThan(60);
    expect(onAudience.outOfView).toEqual([]);
    // reveal.js still holds only its window of slides.
    expect(await audience.locator('body > .reveal > .slides > section').count()).toBeLessThanOrEqual(21);
  }, 60_000);
});
