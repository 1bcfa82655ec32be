// The bundled emoji font draws in colour wherever the default deck's heading
// "1️⃣ Informasi Intelijen yang Tepat Waktu ⌛" appears: on the PDF page from the `mimbar` command, on
// the audience slide, in the console's search results and in the notes editor's slide list. Debian's
// Chromium with no system emoji font (CI does not install one), so only the bundled font can draw them.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../app/core/files/load-deck';
import { startBrowserHost } from '../../app/host/start-browser-host';
import { openPresenterPair, waitForConsoleReady } from './fixtures/presenter-pages';
import { DIST_DIR, launchChromium } from './support/chromium';
import { colouredShare, type PixelBox } from './support/coloured-pixels';
import { openDeck } from './support/open-deck';
import { pressForSlide } from './support/page-state';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = `${root}slides/manfaat-hubungan-internasional.md`;
const HEADING_EMOJI = ['1️⃣', '⌛'];
/** A keycap fills its box with blue, the hourglass is orange and blue: each box is well over this. */
const MIN_SHARE = 0.15;

/** Boxes (page pixels) of each emoji's first occurrence in the text under `selector`. */
function emojiBoxes(page: Page, selector: string): Promise<PixelBox[]> {
  return page.evaluate(
    ({ selector: where, emoji }) => {
      const scope = document.querySelector(where);
      if (!scope) throw new Error(`nothing matches ${where}`);
      return emoji.map((symbol) => {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(symbol) ?? -1;
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + symbol.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
        throw new Error(`${symbol} is not in ${where}`);
      });
    },
    { selector, emoji: HEADING_EMOJI },
  );
}

/** The coloured share of each heading emoji as `page` shows it under `selector`. */
async function shares(page: Page, selector: string): Promise<number[]> {
  await page.evaluate(() => document.fonts.ready);
  const boxes = await emojiBoxes(page, selector);
  const png = await page.screenshot();
  return Promise.all(boxes.map((box) => colouredShare(page, png, box)));
}

describe('colour emoji without a system emoji font', () => {
  let browser: Browser;
  let headingId: string;
  /** The heading slide's place in the deck (0-based): its PDF page is one more. */
  let headingIndex: number;

  beforeAll(async () => {
    browser = await launchChromium();
    const deck = await loadDeck(article);
    // After the title slide and the agenda.
    headingIndex = deck.slides.findIndex((slide) => slide.title.includes('1️⃣ Informasi Intelijen yang Tepat Waktu ⌛'));
    const heading = deck.slides[headingIndex];
    if (!heading) throw new Error('the default deck lacks its "1️⃣ Informasi Intelijen" slide');
    headingId = heading.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints them in colour on the heading slide\'s page of `mimbar export`, in the heading band', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mimbar-emoji-'));
    try {
      const pdf = join(out, 'a.pdf');
      execFileSync(process.execPath, [`${root}dist/cli/mimbar.mjs`, 'export', article, '-o', pdf], { cwd: root, stdio: 'pipe' });
      // That page at 72 dpi: one pixel per PDF point, so pdftotext's word boxes are pixel boxes.
      const pageNumber = String(headingIndex + 1);
      execFileSync('pdftoppm', ['-png', '-r', '72', '-f', pageNumber, '-l', pageNumber, '-singlefile', pdf, join(out, 'page')]);
      const words = [...execFileSync('pdftotext', ['-bbox', '-f', pageNumber, '-l', pageNumber, pdf, '-'], { encoding: 'utf8' })
        .matchAll(/<word xMin="([\d.]+)" yMin="([\d.-]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map(([, x0, y0, x1, y1, text]) => ({ text, x0: Number(x0), y0: Number(y0), x1: Number(x1), y1: Number(y1) }));
      // The heading is the biggest "Informasi" on the page; its line of text is the band.
      const heading = words.filter((word) => word.text === 'Informasi').sort((a, b) => b.y1 - b.y0 - (a.y1 - a.y0))[0];
      if (!heading) throw new Error(`no heading on page ${pageNumber}`);
      const inBand = words.filter((word) => HEADING_EMOJI.includes(word.text ?? '') && word.y0 < heading.y1 && word.y1 > heading.y0 && word.x1 - word.x0 > 20);
      expect(inBand.map((word) => word.text)).toEqual(HEADING_EMOJI);
      const png = await readFile(join(out, 'page.png'));
      const page = await browser.newPage();
      try {
        for (const word of inBand) {
          const share = await colouredShare(page, png, { x: word.x0, y: heading.y0, width: word.x1 - word.x0, height: heading.y1 - heading.y0 });
          expect(share, word.text).toBeGreaterThan(MIN_SHARE);
        }
      } finally {
        await page.close();
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('draws them in colour on the audience slide', async () => {
    const opened = await openDeck(browser, { deckPath: article });
    try {
      for (let step = 1; step < headingIndex; step += 1) await pressForSlide(opened.page, 'ArrowRight');
      expect(await pressForSlide(opened.page, 'ArrowRight')).toBe(headingId);
      for (const share of await shares(opened.page, `[data-mimbar-slide="${headingId}"] h2`)) expect(share).toBeGreaterThan(MIN_SHARE);
    } finally {
      await opened.close();
    }
  });

  it("draws them in colour in the console's search results", async () => {
    const pair = await openPresenterPair(browser, { deckPath: article });
    try {
      await waitForConsoleReady(pair.console);
      await pair.console.keyboard.press('/');
      await pair.console.locator('#search-input').fill('Intelijen yang Tepat');
      const result = pair.console.locator(`#search-results li[data-slide="${headingId}"]`);
      await result.waitFor();
      for (const share of await shares(pair.console, `#search-results li[data-slide="${headingId}"]`)) expect(share).toBeGreaterThan(MIN_SHARE);
    } finally {
      await pair.close();
    }
  });

  it("draws them in colour in the notes editor's slide list", async () => {
    // A copy: the notes editor may save into the deck it opens.
    const folder = await mkdtemp(join(tmpdir(), 'mimbar-emoji-notes-'));
    const deckPath = join(folder, 'deck.md');
    await copyFile(article, deckPath);
    const host = await startBrowserHost({ deckPath, journalDir: join(folder, 'journal'), distDir: DIST_DIR });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(host.notesUrl);
      await page.waitForSelector('html[data-mimbar-notes-ready="true"]', { state: 'attached' });
      const row = `.slide-row[data-slide="${headingId}"] .slide-row-title`;
      await page.locator(row).scrollIntoViewIfNeeded();
      for (const share of await shares(page, row)) expect(share).toBeGreaterThan(MIN_SHARE);
    } finally {
      await page.close();
      await host.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
