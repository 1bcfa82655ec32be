// Two audience pages on one browser host follow one presentation state: a move in one (keys, clicker)
// moves the other, blackout keys cover both, and after the deck changes both show the host's slide.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresentationState } from '../../app/contract/presentation';
import { makeDeck, makeSlide } from './fixtures/make-deck';
import { sampleDeck, SAMPLE_ORDER } from './fixtures/sample-deck';
import { blackoutOnTop, expectBlackout } from './support/blackout';
import { launchChromium } from './support/chromium';
import { openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { expectDeckShown, expectSlideChange, presentSlideId, presentSlideText, waitForReady } from './support/page-state';

describe('presenting: audience pages share one state', () => {
  let browser: Browser;
  let first: OpenedDeck;
  let secondContext: BrowserContext;
  let second: Page;

  const hostState = async (): Promise<PresentationState> => {
    const { origin } = first.host;
    const response = await fetch(`${origin}/api/invoke/presentation:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: '{}',
    });
    return (await response.json()) as PresentationState;
  };

  /** Presses `key` on `from` and resolves with the slide `to` moves to because of it. */
  const pressAndFollow = (from: Page, to: Page, key: string): Promise<string> => expectSlideChange(to, () => from.keyboard.press(key));

  beforeAll(async () => {
    browser = await launchChromium();
    first = await openDeck(browser, { deck: sampleDeck });
    secondContext = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    second = await secondContext.newPage();
    await second.goto(first.host.url);
    await waitForReady(second);
  });

  afterAll(async () => {
    await secondContext?.close();
    await first?.close();
    await browser?.close();
  });

  it('moves the other page when one page moves (ArrowRight, PageDown), without echoes', async () => {
    const { page } = first;
    const before = (await hostState()).revision;
    expect(await pressAndFollow(page, second, 'ArrowRight')).toBe(SAMPLE_ORDER[1]);
    expect(await presentSlideId(page)).toBe(SAMPLE_ORDER[1]);
    expect(await pressAndFollow(second, page, 'PageDown')).toBe(SAMPLE_ORDER[2]);
    expect(await presentSlideId(second)).toBe(SAMPLE_ORDER[2]);
    const state = await hostState();
    expect(state).toMatchObject({ h: 1, v: 1, fragment: -1, slideId: SAMPLE_ORDER[2] });
    // One command per move: applying the host's state on the other page sends nothing back.
    expect(state.revision).toBe(before + 2);
    expect(await pressAndFollow(second, page, 'Home')).toBe(SAMPLE_ORDER[0]);
  });

  it('blacks out (B) and whitens (W) both pages, and brings them back', async () => {
    const { page } = first;
    /** Presses `key` on the first page; resolves with the blackout each page then shows. */
    const both = async (key: string): Promise<[string, string]> => {
      let own = '';
      const other = await expectBlackout(second, async () => {
        own = await expectBlackout(page, () => page.keyboard.press(key));
      });
      return [own, other];
    };
    expect(await both('b')).toEqual(['black', 'black']);
    expect(await blackoutOnTop(page)).toBe('black');
    expect(await blackoutOnTop(second)).toBe('black');
    expect((await hostState()).blackout).toBe('black');
    expect(await both('b')).toEqual(['none', 'none']);
    expect(await blackoutOnTop(second)).toBeNull();
    expect(await both('w')).toEqual(['white', 'white']);
    expect(await blackoutOnTop(second)).toBe('white');
    expect(await both('w')).toEqual(['none', 'none']);
  });

  it('keeps both pages on the host slide (by id) when the deck changes', async () => {
    const { page, host } = first;
    await pressAndFollow(page, second, 'ArrowRight');
    await pressAndFollow(page, second, 'ArrowRight');
    expect(await presentSlideId(second)).toBe('informasi-intelijen');
    // A new slide before it shifts every index: the host's state follows the id, and so do the pages.
    const changed = makeDeck(
      [sampleDeck.slides[0]!, makeSlide('baru', 1, 0, '<h2>Slide baru</h2>'), ...sampleDeck.slides.slice(1).map((slide) => ({ ...slide, h: slide.h + 1 }))].map((slide) =>
        slide.id === 'informasi-intelijen' ? { ...slide, html: '<h3>Informasi Intelijen (diperbarui)</h3>' } : slide,
      ),
      sampleDeck.meta,
    );
    await expectDeckShown(second, () => expectDeckShown(page, () => host.setDeck(changed)));
    const state = await hostState();
    expect(state).toMatchObject({ h: 2, v: 1, slideId: 'informasi-intelijen' });
    expect(await presentSlideId(page)).toBe('informasi-intelijen');
    expect(await presentSlideId(second)).toBe('informasi-intelijen');
    expect(await presentSlideText(second)).toContain('(diperbarui)');
    expect(await pressAndFollow(page, second, 'ArrowLeft')).toBe('manfaat');
    expect((await hostState()).slideId).toBe('manfaat');
  });

  it('opens a late page on the host slide, and the page does not move the others back', async () => {
    const before = await hostState();
    expect(before.slideId).not.toBe(SAMPLE_ORDER[0]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(first.host.url);
      await waitForReady(page);
      expect(await presentSlideId(page)).toBe(before.slideId);
      expect(await hostState()).toEqual(before);
    } finally {
      await context.close();
    }
  });

  it('reports no page errors', () => {
    expect(first.errors).toEqual([]);
  });
});
