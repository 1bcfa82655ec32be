// A deck of 301 slides in the audience page: reveal.js only ever holds a window of slides around the
// current one, yet the teacher sees the whole deck: every slide in order with → and ←, Home/End to the
// real first and last slide, slide numbers and progress counted over the whole deck, the host's jumps to
// far slides (a vertical sub-slide too), and an overview of every slide.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Slide } from '../../app/contract/deck';
import { makeDeck, makeSlide } from './fixtures/make-deck';
import { hostState } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { openDeck, type OpenedDeck } from './support/open-deck';
import { expectSlideChange, pressForSlide, presentSlideId, presentSlideText, pressForOverview } from './support/page-state';

const HORIZONTALS = 300;
const STACK_AT = 150;
// Slide s-150 has a sub-slide below it: 301 slides in reading order.
const slides: Slide[] = [];
for (let h = 0; h < HORIZONTALS; h++) {
  slides.push(makeSlide(`s-${h}`, h, 0, `<h2>Slide ${h}</h2><p>Isi nomor ${h}</p>`));
  if (h === STACK_AT) slides.push(makeSlide(`s-${h}-bawah`, h, 1, `<h2>Sub ${h}</h2><p>Isi bawah ${h}</p>`));
}
const TOTAL = slides.length;
/** The most horizontal sections reveal.js may hold outside the overview (slide-window.ts: 10 each side). */
const WINDOW = 21;

const sectionCount = (page: Page): Promise<number> => page.locator('body > .reveal > .slides > section').count();
const filledCount = (page: Page): Promise<number> => page.locator('body > .reveal section.mimbar-slide:has(.mimbar-slide-body)').count();
const slideNumber = async (page: Page): Promise<string> => (await page.locator('.reveal .slide-number').innerText()).replace(/\s/g, '');
/**
 * Waits until the host has the slide this page moved to: the page sends its own moves in the background,
 * and a command sent meanwhile from elsewhere would otherwise race them.
 */
async function hostReaches(page: Page, slideId: string): Promise<void> {
  await expect.poll(async () => (await hostState(page)).slideId).toBe(slideId);
}

const progressShare = (page: Page): Promise<number> =>
  page.locator('.mimbar-progress span').evaluate((element) => new DOMMatrixReadOnly(getComputedStyle(element).transform).a);

describe('audience page: a 301-slide deck', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deck: makeDeck(slides, { title: 'Besar' }) });
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('starts on the first slide, numbered over the whole deck, with a small DOM', async () => {
    const { page } = opened;
    expect(await presentSlideId(page)).toBe('s-0');
    expect(await slideNumber(page)).toBe(`1/${TOTAL}`);
    expect(await progressShare(page)).toBe(0);
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
  });

  it('walks 40 slides with → showing each one, and back with ←, holding a bounded DOM', async () => {
    const { page } = opened;
    for (let h = 1; h <= 40; h++) {
      expect(await pressForSlide(page, 'ArrowRight')).toBe(`s-${h}`);
      expect(await presentSlideText(page)).toContain(`Isi nomor ${h}`);
    }
    expect(await slideNumber(page)).toBe(`41/${TOTAL}`);
    expect(await progressShare(page)).toBeCloseTo(40 / (TOTAL - 1), 2);
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
    expect(await filledCount(page)).toBeLessThanOrEqual(WINDOW);
    for (let h = 39; h >= 25; h--) expect(await pressForSlide(page, 'ArrowLeft')).toBe(`s-${h}`);
    expect(await presentSlideText(page)).toContain('Isi nomor 25');
  });

  it('goes to the real first and last slides with Home and End, and Shift+→ and Shift+←', async () => {
    const { page } = opened;
    expect(await pressForSlide(page, 'End')).toBe(`s-${HORIZONTALS - 1}`);
    expect(await slideNumber(page)).toBe(`${TOTAL}/${TOTAL}`);
    expect(await presentSlideText(page)).toContain(`Isi nomor ${HORIZONTALS - 1}`);
    expect(await pressForSlide(page, 'ArrowLeft')).toBe(`s-${HORIZONTALS - 2}`);
    expect(await pressForSlide(page, 'Home')).toBe('s-0');
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
    // The same from the keyboard's help (?) rows: Shift+→ and Shift+←.
    expect(await pressForSlide(page, 'Shift+ArrowRight')).toBe(`s-${HORIZONTALS - 1}`);
    expect(await pressForSlide(page, 'Shift+ArrowLeft')).toBe('s-0');
  });

  it('goes to the slide whose number is typed, then Enter, counting the sub-slide', async () => {
    const { page } = opened;
    // Slide 200 in reading order: s-0 … s-150, s-150-bawah, then s-151 is number 153.
    expect(await expectSlideChange(page, () => page.keyboard.type('200').then(() => page.keyboard.press('Enter')))).toBe('s-198');
    expect(await slideNumber(page)).toBe(`200/${TOTAL}`);
    await hostReaches(page, 's-198');
    expect(await expectSlideChange(page, () => page.keyboard.type('9999').then(() => page.keyboard.press('Enter')))).toBe(`s-${HORIZONTALS - 1}`);
    // Help (?) says how (in English: the deck has no lang); reveal.js's help never shows, not for F1 either.
    await page.keyboard.press('F1');
    await page.keyboard.press('?');
    const help = page.getByTestId('key-help');
    expect(await help.locator('[data-action="jump"]').innerText()).toContain('number, then Enter');
    expect(await page.locator('.reveal .r-overlay-help').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await help.isHidden()).toBe(true);
    // G (reveal.js's jump box, off) before the number changes nothing.
    expect(await expectSlideChange(page, () => page.keyboard.type('g1').then(() => page.keyboard.press('Enter')))).toBe('s-0');
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
    await hostReaches(page, 's-0');
  });

  it('follows the host to a far sub-slide, then steps on from there in reading order', async () => {
    const { page } = opened;
    const goto = (h: number, v: number): Promise<void> =>
      page.evaluate(
        ([hh, vv]) => fetch('/api/invoke/presentation:command', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'goto', h: hh, v: vv, fragment: -1 }) }).then(() => undefined),
        [h, v],
      );
    expect(await expectSlideChange(page, () => goto(STACK_AT, 1))).toBe(`s-${STACK_AT}-bawah`);
    expect(await presentSlideText(page)).toContain(`Isi bawah ${STACK_AT}`);
    expect(await slideNumber(page)).toBe(`${STACK_AT + 2}/${TOTAL}`);
    expect(await pressForSlide(page, 'ArrowRight')).toBe(`s-${STACK_AT + 1}`);
    expect(await pressForSlide(page, 'ArrowLeft')).toBe(`s-${STACK_AT}-bawah`);
    expect(await pressForSlide(page, 'ArrowLeft')).toBe(`s-${STACK_AT}`);
    expect(await pressForSlide(page, 'ArrowLeft')).toBe(`s-${STACK_AT - 1}`);
  });

  it('lists every slide in the overview while reveal.js keeps its small window, and closes on the same slide', async () => {
    const { page } = opened;
    const before = await presentSlideId(page);
    await pressForOverview(page, 'o', true);
    expect(await page.getByTestId('overview-thumb').count()).toBe(TOTAL);
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
    await pressForOverview(page, 'Escape', false);
    expect(await sectionCount(page)).toBeLessThanOrEqual(WINDOW);
    expect(await presentSlideId(page)).toBe(before);
    expect(await presentSlideText(page)).toContain(`Isi nomor ${STACK_AT - 1}`);
  });
});
