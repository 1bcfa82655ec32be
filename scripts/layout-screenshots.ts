/**
 * Writes docs/screenshot-layouts.png: one contact sheet of every slide look (each layout and kind of
 * background) as the audience view draws it, each labelled, from tests/browser/fixtures/look-deck.ts
 * with real PNG images in a temp deck folder. Run: `npx tsx scripts/layout-screenshots.ts` after a build.
 */
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Deck } from '../app/contract/deck';
import { startBrowserHost } from '../app/host/start-browser-host';
import { lookDeck, lookSlides, makeLookAssets } from '../tests/browser/fixtures/look-deck';
import { sendCommand } from '../tests/browser/fixtures/presenter-pages';
import { launchChromium } from '../tests/browser/support/chromium';
import { waitForReady } from '../tests/browser/support/page-state';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${root}docs/screenshot-layouts.png`;
const COLUMNS = 4;
const THUMB_WIDTH = 400;

/** The looks in the white theme too: the layouts are drawn with Mimbar's own themes. */
const WHITE_LOOKS = ['colour', 'cover', 'quote', 'two-cols', 'image-left', 'lead-invert', 'header-footer', 'columns'];

interface Shot {
  label: string;
  png: string;
}

/** Screenshots of `ids` as the audience view of `deck` shows them. */
async function shoot(browser: Browser, deck: Deck, assetDir: string, ids: readonly string[], prefix: string): Promise<Shot[]> {
  const host = await startBrowserHost({ deck, assetDir, distDir: `${root}dist`, watch: false });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  try {
    await page.goto(host.url);
    await waitForReady(page);
    const shots: Shot[] = [];
    for (const id of ids) {
      const slide = deck.slides.find((candidate) => candidate.id === id);
      if (!slide) throw new Error(`no slide ${id}`);
      await sendCommand(page, { type: 'goto', h: slide.h, v: slide.v, fragment: -1 });
      await page.waitForSelector(`body > .reveal .slides section.present[data-mimbar-slide="${id}"]`);
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))));
      shots.push({ label: `${prefix}${id}`, png: (await page.screenshot({ type: 'png' })).toString('base64') });
    }
    return shots;
  } finally {
    await page.close();
    await host.close();
  }
}

async function main(): Promise<void> {
  const assetDir = await makeLookAssets();
  const browser = await launchChromium();
  try {
    const shots = [
      ...(await shoot(browser, lookDeck(), assetDir, lookSlides.map((slide) => slide.id), '')),
      ...(await shoot(browser, lookDeck('white'), assetDir, WHITE_LOOKS, 'white: ')),
    ];
    const sheet = await browser.newPage({ viewport: { width: COLUMNS * (THUMB_WIDTH + 16) + 16, height: 400 } });
    await sheet.setContent('<!doctype html><body></body>');
    await sheet.evaluate(
      ({ cells, columns, width }) => {
        document.body.style.cssText = `margin:0;padding:8px;background:#2a2d33;font:16px/1.3 sans-serif;color:#eee;display:grid;grid-template-columns:repeat(${columns},${width}px);gap:8px 16px;`;
        for (const cell of cells) {
          const figure = document.createElement('figure');
          figure.style.cssText = 'margin:0';
          const image = document.createElement('img');
          image.src = `data:image/png;base64,${cell.png}`;
          image.width = width;
          image.style.cssText = 'display:block;outline:1px solid #555';
          const caption = document.createElement('figcaption');
          caption.textContent = cell.label;
          caption.style.cssText = 'padding:2px 0 4px';
          figure.append(image, caption);
          document.body.append(figure);
        }
        return Promise.all(Array.from(document.images, (image) => image.decode()));
      },
      { cells: shots, columns: COLUMNS, width: THUMB_WIDTH },
    );
    await sheet.screenshot({ path: OUT, fullPage: true });
    console.log(`wrote ${OUT.slice(root.length)} (${shots.length} looks)`);
  } finally {
    await browser.close();
    await rm(dirname(assetDir), { recursive: true, force: true });
  }
}

await main();
