// The audience page in real Chromium: the deck shows, the title slide names the deck, and the keys a
// teacher (or a clicker) uses move between slides, black or white the screen (shared presentation state),
// open the overview, go fullscreen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ORDER, SAMPLE_TITLE, sampleDeck } from './fixtures/sample-deck';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import type { PresentationState } from '../../app/contract/presentation';
import { blackoutOnTop, expectBlackout } from './support/blackout';
import { pressForSlide, presentSlideId, presentSlideText, pressForOverview } from './support/page-state';

const last = SAMPLE_ORDER[SAMPLE_ORDER.length - 1];

describe('audience page: navigation', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deck: sampleDeck, reducedMotion: 'no-preference' });
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('shows the title slide with the deck title first', async () => {
    expect(await presentSlideId(opened.page)).toBe('judul');
    expect(await opened.page.locator('section.present h1').textContent()).toBe(SAMPLE_TITLE);
    expect((await presentSlideText(opened.page)).toLowerCase()).toContain(SAMPLE_TITLE.toLowerCase());
    expect(await opened.page.title()).toBe(SAMPLE_TITLE);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('id');
  });

  it('steps through every slide, sub-slides included, with ArrowRight and back with ArrowLeft', async () => {
    const { page } = opened;
    const forward: string[] = [];
    for (let i = 1; i < SAMPLE_ORDER.length; i++) forward.push(await pressForSlide(page, 'ArrowRight'));
    expect(forward).toEqual(SAMPLE_ORDER.slice(1));
    expect(await presentSlideId(page)).toBe(last);
    expect(await pressForSlide(page, 'ArrowLeft')).toBe(SAMPLE_ORDER[SAMPLE_ORDER.length - 2]);
  });

  it('goes to the first and last slides with Home and End', async () => {
    expect(await pressForSlide(opened.page, 'Home')).toBe('judul');
    expect(await pressForSlide(opened.page, 'End')).toBe(last);
    expect(await pressForSlide(opened.page, 'Home')).toBe('judul');
  });

  it('moves with PageDown/PageUp (clickers) and Space/Shift+Space', async () => {
    const { page } = opened;
    expect(await pressForSlide(page, 'PageDown')).toBe(SAMPLE_ORDER[1]);
    expect(await pressForSlide(page, 'PageDown')).toBe(SAMPLE_ORDER[2]);
    expect(await pressForSlide(page, 'PageUp')).toBe(SAMPLE_ORDER[1]);
    expect(await pressForSlide(page, 'Space')).toBe(SAMPLE_ORDER[2]);
    expect(await pressForSlide(page, 'Shift+Space')).toBe(SAMPLE_ORDER[1]);
    expect(await pressForSlide(page, 'ArrowDown')).toBe(SAMPLE_ORDER[2]);
    expect(await pressForSlide(page, 'ArrowUp')).toBe(SAMPLE_ORDER[1]);
  });

  it('shows the section name above a sub-slide title', async () => {
    await pressForSlide(opened.page, 'PageDown');
    const breadcrumb = opened.page.locator('section.present:not(.stack) .mimbar-breadcrumb');
    expect(await breadcrumb.textContent()).toBe('Manfaat Hubungan Internasional 💪');
  });

  it('blacks the screen for everyone with B and ".", whitens it with W, and brings it back', async () => {
    const { page, host } = opened;
    const state = async (): Promise<PresentationState> => {
      const response = await fetch(`${host.origin}/api/invoke/presentation:get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: host.origin },
        body: '{}',
      });
      return (await response.json()) as PresentationState;
    };
    for (const [key, mode] of [['b', 'black'], ['.', 'black'], ['w', 'white']] as const) {
      expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe(mode);
      expect(await blackoutOnTop(page)).toBe(mode);
      expect((await state()).blackout).toBe(mode);
      // reveal.js's own pause stays off.
      expect(await page.locator('.reveal').evaluate((element) => element.classList.contains('paused'))).toBe(false);
      expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe('none');
      expect(await blackoutOnTop(page)).toBeNull();
      expect((await state()).blackout).toBe('none');
    }
  });

  it("opens and closes the overview with O and Esc, never reveal.js's own", async () => {
    const { page } = opened;
    const isRevealOverview = (): Promise<boolean> => page.locator('body > .reveal').evaluate((element) => element.classList.contains('overview'));
    await pressForOverview(page, 'o', true);
    expect(await isRevealOverview()).toBe(false);
    await pressForOverview(page, 'Escape', false);
    await pressForOverview(page, 'Escape', true);
    expect(await isRevealOverview()).toBe(false);
    await pressForOverview(page, 'o', false);
    expect(await isRevealOverview()).toBe(false);
  });

  it('enters fullscreen with F', async () => {
    const { page } = opened;
    const entered = page.evaluate(() => new Promise<boolean>((resolve) => {
      document.addEventListener('fullscreenchange', () => resolve(document.fullscreenElement !== null), { once: true });
    }));
    await page.keyboard.press('f');
    expect(await entered).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
  });

  it('shows the slide number as current/total', async () => {
    await pressForSlide(opened.page, 'Home');
    const number = await opened.page.locator('.reveal .slide-number').innerText();
    expect(number.replace(/\s/g, '')).toBe(`1/${SAMPLE_ORDER.length}`);
  });

  it('stays on its own origin and within its CSP', async () => {
    expect(foreignRequests(opened)).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
