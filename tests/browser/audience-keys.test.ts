// The audience page's keys and their help in real Chromium: ? shows Mimbar's own key table in the deck's
// language (never reveal.js's English overlay), every key it lists does what its row says, and Esc after
// a typed slide number cancels the number instead of opening the overview. Every test opens a fresh page.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DECK_KEYS } from '../../renderer/audience/deck-keys';
import type { DeckAction } from '../../renderer/audience/deck-keys';
import { SAMPLE_ORDER, sampleDeck } from './fixtures/sample-deck';
import { blackoutOnTop, expectBlackout } from './support/blackout';
import { launchChromium } from './support/chromium';
import { pressName } from './support/key-names';
import { openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForOverview, pressForSlide, presentSlideId } from './support/page-state';

const last = SAMPLE_ORDER[SAMPLE_ORDER.length - 1];

describe('audience page: keys and help', () => {
  let browser: Browser;
  let opened: OpenedDeck;
  const help = () => opened.page.getByTestId('key-help');
  // The app's overview (shared/overview/); reveal.js's own is off.
  const isOverview = (): Promise<boolean> => opened.page.getByTestId('overview').isVisible();
  const revealHelpCount = (): Promise<number> => opened.page.locator('.reveal .overlay-help, .reveal .r-overlay-help, .r-overlay-help').count();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    opened = await openDeck(browser, { deck: sampleDeck });
  });

  afterEach(async () => {
    const { errors } = opened;
    const violations = await opened.cspViolations();
    await opened.close();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows Mimbar’s key table in the deck’s language with ?, closes it with Esc or ?, and never reveal.js’s help', async () => {
    const { page } = opened;
    expect(await help().isHidden()).toBe(true);
    await page.keyboard.press('?');
    expect(await help().isVisible()).toBe(true);
    expect(await help().locator('.key-help-title').innerText()).toBe('Tombol keyboard');
    // One row per row of the table, in its order, in Indonesian (the deck's lang is id).
    expect(await help().locator('[data-action]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')))).toEqual(DECK_KEYS.map((row) => row.action));
    for (const row of DECK_KEYS) expect(await help().locator(`[data-action="${row.action}"] dd`).innerText()).toBe(row.label.id);
    const next = await help().locator('[data-action="next"] dt').innerText();
    for (const name of ['→', 'Spasi', 'Page Down']) expect(next).toContain(name);
    expect(await help().locator('[data-action="black"] dd').innerText()).toContain('hitam');
    expect(await revealHelpCount()).toBe(0);
    // Esc closes it and opens nothing else; ? toggles it too.
    await page.keyboard.press('Escape');
    expect(await help().isHidden()).toBe(true);
    expect(await isOverview()).toBe(false);
    await page.keyboard.press('?');
    await page.keyboard.press('?');
    expect(await help().isHidden()).toBe(true);
    // reveal.js's own help keys (F1, ? in its overview) show nothing of reveal.js's.
    await page.keyboard.press('F1');
    await pressForOverview(page, 'o', true);
    await page.keyboard.press('?');
    expect(await revealHelpCount()).toBe(0);
    expect(await help().isVisible()).toBe(true);
  });

  it('speaks English in help for a deck in another language', async () => {
    await opened.close();
    opened = await openDeck(browser, { deck: { ...sampleDeck, meta: { ...sampleDeck.meta, lang: 'de' } } });
    await opened.page.keyboard.press('?');
    expect(await help().locator('.key-help-title').innerText()).toBe('Keyboard shortcuts');
    expect(await help().locator('[data-action="first"] dd').innerText()).toBe('First slide');
  });

  it('cancels a typed slide number with Esc without opening the overview', async () => {
    const { page } = opened;
    await page.keyboard.type('4');
    await page.keyboard.press('Escape');
    expect(await isOverview()).toBe(false);
    // The number is gone: Enter goes nowhere, and → steps on from the first slide.
    await page.keyboard.press('Enter');
    expect(await pressForSlide(page, 'ArrowRight')).toBe(SAMPLE_ORDER[1]);
    expect(await isOverview()).toBe(false);
  });

  it('does with every key help lists what its row says', async () => {
    const { page } = opened;
    const goTo = async (index: number): Promise<void> => {
      if ((await presentSlideId(page)) === SAMPLE_ORDER[index]) return;
      await page.keyboard.type(String(index + 1));
      expect(await pressForSlide(page, 'Enter')).toBe(SAMPLE_ORDER[index]);
    };
    // A check for every action: a new row without one fails the typecheck.
    const checks: Record<DeckAction, (key: string) => Promise<void>> = {
      next: async (key) => {
        await goTo(1);
        expect(await pressForSlide(page, key)).toBe(SAMPLE_ORDER[2]);
      },
      previous: async (key) => {
        await goTo(2);
        expect(await pressForSlide(page, key)).toBe(SAMPLE_ORDER[1]);
      },
      first: async (key) => {
        await goTo(2);
        expect(await pressForSlide(page, key)).toBe(SAMPLE_ORDER[0]);
      },
      last: async (key) => {
        await goTo(1);
        expect(await pressForSlide(page, key)).toBe(last);
      },
      jump: async () => {
        await goTo(0);
        await page.keyboard.type('3');
        expect(await pressForSlide(page, 'Enter')).toBe(SAMPLE_ORDER[2]);
      },
      black: async (key) => {
        expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe('black');
        expect(await blackoutOnTop(page)).toBe('black');
        expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe('none');
      },
      white: async (key) => {
        expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe('white');
        expect(await blackoutOnTop(page)).toBe('white');
        expect(await expectBlackout(page, () => page.keyboard.press(key))).toBe('none');
      },
      fullscreen: async (key) => {
        const change = (): Promise<boolean> =>
          page.evaluate(() => new Promise<boolean>((resolve) => document.addEventListener('fullscreenchange', () => resolve(document.fullscreenElement !== null), { once: true })));
        const entered = change();
        await page.keyboard.press(key);
        expect(await entered).toBe(true);
        const left = change();
        await page.keyboard.press(key);
        expect(await left).toBe(false);
      },
      overview: async (key) => {
        await pressForOverview(page, key, true);
        expect(await isOverview()).toBe(true);
        // The screen's keys work in the overview too.
        expect(await expectBlackout(page, () => page.keyboard.press('b'))).toBe('black');
        expect(await expectBlackout(page, () => page.keyboard.press('b'))).toBe('none');
        expect(await isOverview()).toBe(true);
        await pressForOverview(page, 'Escape', false);
      },
      help: async (key) => {
        await page.keyboard.press(key);
        expect(await help().isVisible()).toBe(true);
        await page.keyboard.press(key);
        expect(await help().isHidden()).toBe(true);
      },
    };
    const walked: string[] = [];
    for (const row of DECK_KEYS) {
      const keys = row.keys.length > 0 ? row.keys.map(pressName) : [''];
      for (const key of keys) {
        await checks[row.action](key);
        walked.push(`${row.action} ${key}`);
      }
    }
    expect(walked).toContain('next PageDown');
    expect(walked).toContain('previous PageUp');
    expect(walked).toContain('white w');
    expect(walked).toContain('jump ');
    expect(await revealHelpCount()).toBe(0);
  }, 60_000);
});
