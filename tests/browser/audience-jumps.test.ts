// The host's jumps (the presenter console's slide list, a number typed there, another window) to slides
// near or far in the audience page: after every jump the audience page shows the slide, announces it
// (`mimbar:slidechanged`, `window.__mimbar.currentSlide`) and agrees with the host, whether or not the
// jump moved the window of slides reveal.js holds (slide-window.ts), forwards and backwards.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Slide } from '../../app/contract/deck';
import { makeDeck, makeSlide } from './fixtures/make-deck';
import { hostState, sendCommand } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { openDeck, type OpenedDeck } from './support/open-deck';
import { presentSlideId, presentSlideText } from './support/page-state';

const PRESENT = 'body > .reveal .slides section.present:not(.stack)';

const plainDeck = (count: number): Slide[] =>
  Array.from({ length: count }, (_, h) => makeSlide(`s-${h}`, h, 0, `<h2>Slide ${h}</h2><p>Isi nomor ${h}</p>`));

/** Jumps by 1, 2, 3, 5, 10 and 20 slides, both ways, including 15 → 17 in a 23-slide deck (seen failing). */
const JUMPS: Record<number, number[]> = {
  23: [1, 3, 6, 11, 21, 1, 14, 15, 17, 12, 2, 22, 19, 20, 10, 5, 4, 0],
  60: [1, 3, 6, 11, 21, 20, 40, 30, 31, 33, 36, 41, 51, 59, 39, 29, 24, 59, 49, 19, 0],
};

declare global {
  interface Window {
    __announced?: string[];
  }
}

/**
 * Sends the host a jump to slide `h`, waits until the audience page shows it, and resolves with the
 * slides the page announced meanwhile (`mimbar:slidechanged` comes in the same task as the slide).
 */
async function hostJump(page: Page, h: number): Promise<string[]> {
  await page.evaluate(() => {
    window.__announced = [];
  });
  await sendCommand(page, { type: 'goto', h, v: 0, fragment: -1 });
  await page.waitForSelector(`${PRESENT}[data-mimbar-slide="s-${h}"]`, { state: 'attached' });
  return page.evaluate(() => window.__announced ?? []);
}

for (const [count, targets] of Object.entries(JUMPS)) {
  describe(`audience page: the host's jumps in a ${count}-slide deck`, () => {
    let browser: Browser;
    let opened: OpenedDeck;

    beforeAll(async () => {
      browser = await launchChromium();
      opened = await openDeck(browser, { deck: makeDeck(plainDeck(Number(count))) });
      await opened.page.evaluate(() => {
        window.addEventListener('mimbar:slidechanged', (event) => window.__announced?.push((event as CustomEvent<{ slide: string }>).detail.slide));
      });
    });

    afterAll(async () => {
      await opened?.close();
      await browser?.close();
    });

    it('shows and announces every slide the host jumps to', async () => {
      const { page } = opened;
      let from = 0;
      for (const h of targets) {
        const id = `s-${h}`;
        const step = `jump ${from} → ${h}`;
        expect(await hostJump(page, h), step).toEqual([id]);
        expect(await page.evaluate(() => window.__mimbar?.currentSlide), step).toBe(id);
        expect(await presentSlideId(page), step).toBe(id);
        // Filled and laid out, not an empty section left over from outside the window.
        expect(await presentSlideText(page), step).toContain(`Slide ${h}`);
        expect(await page.locator('.reveal .slide-number').innerText(), step).toContain(String(h + 1));
        expect((await hostState(page)).slideId, step).toBe(id);
        from = h;
      }
      expect(opened.errors).toEqual([]);
    });
  });
}
