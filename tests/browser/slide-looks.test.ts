// Slide looks (Slide.look, drawn by renderer/shared/slide/slide-look.ts) as a user sees them: colours
// over the whole slide, background images (cover, contain, side panels, several side by side), the
// remote and refused stand-ins with nothing fetched, unsafe colours not applied, header, footer and
// page number, Slidev slots and Quarto columns, in the audience view, a console preview, an overview
// miniature, the print view and a printed PDF page. Images are real PNGs in a temp deck folder.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planExport } from '../../app/core/export/plan-export';
import { MAGENTA, ORANGE, lookDeck, lookSlides, makeLookAssets } from './fixtures/look-deck';
import { openPresenterPair, sendCommand } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { openPrintView } from './fixtures/print-view-page';
import type { OpenedPrintView } from './fixtures/print-view-page';
import { launchChromium } from './support/chromium';
import { coloursAt } from './support/coloured-pixels';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForOverview } from './support/page-state';

type Rgb = [number, number, number];
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The theme's (black) slide background and text colours. */
const THEME_BG: Rgb = [25, 25, 25];
const THEME_TEXT = 'rgb(255, 255, 255)';
const PRESENT = 'body > .reveal .slides section.present';

function near(actual: Rgb, expected: readonly [number, number, number], tolerance = 24): boolean {
  return actual.every((value, index) => Math.abs(value - (expected[index] ?? 0)) <= tolerance);
}

/** The hue a pixel shows most: which channel leads by a clear margin, or 'grey'. */
function leading(pixel: Rgb): 'red' | 'green' | 'blue' | 'grey' {
  const [r, g, b] = pixel;
  if (r > g + 40 && r > b + 40) return 'red';
  if (g > r + 40 && g > b + 40) return 'green';
  if (b > r + 40 && b > g + 40) return 'blue';
  return 'grey';
}

/** Colours of a screenshot of `page` at the given page points, decoded by the page itself. */
async function pixelsAt(page: Page, points: Array<[number, number]>): Promise<Rgb[]> {
  return coloursAt(page, await page.screenshot({ type: 'png' }), points);
}

/** Points just inside the four corners of `box`. */
function corners(box: Box, inset = 6): Array<[number, number]> {
  return [
    [box.x + inset, box.y + inset],
    [box.x + box.width - inset, box.y + inset],
    [box.x + inset, box.y + box.height - inset],
    [box.x + box.width - inset, box.y + box.height - inset],
  ];
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

function slideIndex(id: string): { h: number; v: number } {
  const slide = lookSlides.find((candidate) => candidate.id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return { h: slide.h, v: slide.v };
}

/** Shows slide `id` in the audience page and returns its section, images decoded. */
async function show(page: Page, id: string): Promise<Locator> {
  // The section reveal.js marks present: what these tests look at (jumps and their events are
  // tests/browser/audience-jumps.test.ts's).
  await sendCommand(page, { type: 'goto', ...slideIndex(id), fragment: -1 });
  await page.waitForSelector(`${PRESENT}[data-mimbar-slide="${id}"]`);
  await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))));
  return page.locator(PRESENT);
}

let browser: Browser;
let assetDir: string;

beforeAll(async () => {
  browser = await launchChromium();
  assetDir = await makeLookAssets();
});

afterAll(async () => {
  await browser?.close();
  if (assetDir) await rm(dirname(assetDir), { recursive: true, force: true });
});

describe('slide looks in the audience view', () => {
  let opened: OpenedDeck;
  let page: Page;

  beforeAll(async () => {
    opened = await openDeck(browser, { deck: lookDeck(), assetDir, watch: false });
    page = opened.page;
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('paints the background colour over the whole 1280×720 slide and the text in the author colour', async () => {
    const section = await show(page, 'colour');
    const box = await boxOf(section);
    const scale = box.width / 1280;
    // The whole slide box, not only the content: 16:9, centred in the window.
    expect(box.height / scale).toBeCloseTo(720, 0);
    expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - 360)).toBeLessThan(2);
    for (const pixel of await pixelsAt(page, corners(box))) expect(near(pixel, [30, 90, 168]), String(pixel)).toBe(true);
    expect(await section.locator('p').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 239, 154)');
    expect(await section.locator('h2').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 239, 154)');
    // Through CSSOM, not as markup the deck wrote.
    expect(await section.evaluate((element) => element.style.getPropertyValue('--mimbar-slide-bg'))).toBe('#1e5aa8');
  });

  it('gives a background colour without a text colour text that reads on it, whatever the theme', async () => {
    const textOn = async (id: string): Promise<string[]> => {
      const section = await show(page, id);
      return section.locator('h2, p').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).color));
    };
    expect(await textOn('dark-bg')).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
    expect(await textOn('light-bg')).toEqual(['rgb(34, 34, 34)', 'rgb(34, 34, 34)']);
  });

  it('does not apply a colour that could load something or escape its declaration', async () => {
    const section = await show(page, 'bad-colour');
    const look = await section.evaluate((element) => ({
      bg: element.style.getPropertyValue('--mimbar-slide-bg'),
      fg: element.style.getPropertyValue('--mimbar-slide-fg'),
      color: getComputedStyle(element.querySelector('h2') ?? element).color,
      background: getComputedStyle(element).backgroundColor,
    }));
    expect(look).toEqual({ bg: '', fg: '', color: THEME_TEXT, background: 'rgba(0, 0, 0, 0)' });
    for (const pixel of await pixelsAt(page, corners(await boxOf(section)))) expect(near(pixel, THEME_BG), String(pixel)).toBe(true);
    expect(opened.requests.filter((url) => url.includes('//x'))).toEqual([]);
  });

  it('fills the whole slide with a cover image, veiled so the title reads, the title big and centred', async () => {
    const section = await show(page, 'cover');
    const box = await boxOf(section);
    const image = await boxOf(section.locator('.mimbar-slide-bg.mimbar-bg-full img'));
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(image[key] - box[key]), key).toBeLessThan(1.5);
    for (const pixel of await pixelsAt(page, corners(box))) expect(leading(pixel), String(pixel)).toBe('red');
    // The veil darkens the orange picture behind the text.
    const [middle] = await pixelsAt(page, [[box.x + 20, box.y + box.height * 0.3]]);
    expect(middle && middle[0] < ORANGE[0] - 60).toBe(true);
    const title = await boxOf(section.locator('h1'));
    expect(Math.abs(title.x + title.width / 2 - (box.x + box.width / 2))).toBeLessThan(3);
    const size = await section.locator('h1').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const text = await section.locator('p').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThan(text * 2.2);
  });

  it('shows a contained image whole: its top and bottom rows are on the slide, the sides are theme background', async () => {
    const section = await show(page, 'contain');
    const box = await boxOf(section);
    const scale = box.width / 1280;
    const x = box.x + box.width / 2 + 40 * scale;
    const [top, bottom, left, right] = await pixelsAt(page, [
      [x, box.y + 3],
      [x, box.y + box.height - 3],
      [box.x + 20, box.y + box.height / 2],
      [box.x + box.width - 20, box.y + box.height / 2],
    ]);
    expect(leading(top ?? [0, 0, 0])).toBe('green');
    expect(leading(bottom ?? [0, 0, 0])).toBe('green');
    expect(near(left ?? [0, 0, 0], THEME_BG)).toBe(true);
    expect(near(right ?? [0, 0, 0], THEME_BG)).toBe(true);
  });

  it('puts the image panel on the left at 40% of the slide and the body in the other 60%', async () => {
    const section = await show(page, 'image-left');
    const box = await boxOf(section);
    const panel = await boxOf(section.locator('.mimbar-slide-bg.mimbar-bg-left'));
    const body = await boxOf(section.locator('.mimbar-slide-body'));
    expect(Math.abs(panel.x - box.x)).toBeLessThan(1.5);
    expect(panel.width / box.width).toBeCloseTo(0.4, 2);
    expect(panel.height / box.height).toBeCloseTo(1, 2);
    expect(Math.abs(body.x - (panel.x + panel.width))).toBeLessThan(1.5);
    expect((body.width / box.width)).toBeCloseTo(0.6, 2);
    const heading = await boxOf(section.locator('h2'));
    expect(heading.x).toBeGreaterThan(panel.x + panel.width);
    const [inPanel, inBody] = await pixelsAt(page, [
      [panel.x + panel.width / 2, panel.y + 20],
      [body.x + body.width - 20, body.y + 20],
    ]);
    expect(near(inPanel ?? [0, 0, 0], ORANGE)).toBe(true);
    expect(near(inBody ?? [0, 0, 0], THEME_BG)).toBe(true);
  });

  it('puts a half panel on the right for image-right', async () => {
    const section = await show(page, 'image-right');
    const box = await boxOf(section);
    const panel = await boxOf(section.locator('.mimbar-slide-bg.mimbar-bg-right'));
    expect(Math.abs(panel.x + panel.width - (box.x + box.width))).toBeLessThan(1.5);
    expect(panel.width / box.width).toBeCloseTo(0.5, 2);
    const [inPanel] = await pixelsAt(page, [[panel.x + panel.width / 2, panel.y + panel.height / 2]]);
    expect(near(inPanel ?? [0, 0, 0], MAGENTA)).toBe(true);
    expect((await boxOf(section.locator('h2'))).x + 10).toBeLessThan(panel.x);
  });

  it('sets several background images side by side', async () => {
    const section = await show(page, 'side-by-side');
    const images = await section.locator('.mimbar-slide-bg .mimbar-bg-image').evaluateAll((boxes) =>
      boxes.map((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.x, width: rect.width };
      }),
    );
    expect(images).toHaveLength(3);
    const box = await boxOf(section);
    expect(images.reduce((sum, image) => sum + image.width, 0) / box.width).toBeCloseTo(1, 2);
    expect(images[0]!.x + images[0]!.width).toBeLessThanOrEqual(images[1]!.x + 1);
    expect(images[1]!.x + images[1]!.width).toBeLessThanOrEqual(images[2]!.x + 1);
  });

  it('shows a remote background image as the stand-in naming its address, and fetches nothing', async () => {
    const section = await show(page, 'remote');
    const standIn = section.locator('.mimbar-slide-bg .mimbar-remote-image');
    expect(await standIn.isVisible()).toBe(true);
    expect(await standIn.textContent()).toContain('https://example.com/photo.png');
    expect(await section.locator('.mimbar-slide-bg img').count()).toBe(0);
    expect(foreignRequests(opened)).toEqual([]);
    expect(opened.requests.filter((url) => url.includes('example.com'))).toEqual([]);
  });

  it('refuses a background image outside the deck folder and never requests it', async () => {
    const section = await show(page, 'outside');
    const standIn = section.locator('.mimbar-slide-bg .mimbar-refused-image');
    expect(await standIn.isVisible()).toBe(true);
    expect(await standIn.textContent()).toContain('../secret.png');
    expect(await section.locator('.mimbar-slide-bg img').count()).toBe(0);
    expect(opened.requests.filter((url) => url.includes('secret'))).toEqual([]);
  });

  it('shows the header at the top, the footer at the bottom and the page number bottom right', async () => {
    const section = await show(page, 'header-footer');
    const box = await boxOf(section);
    const header = section.locator('.mimbar-slide-header');
    const footer = section.locator('.mimbar-slide-footer');
    const number = section.locator('.mimbar-page-number');
    for (const part of [header, footer, number]) expect(await part.isVisible()).toBe(true);
    expect(await header.textContent()).toBe('Course header');
    expect(await header.locator('strong').count()).toBe(1);
    expect(await footer.textContent()).toBe('Footer text');
    expect(await number.textContent()).toBe('20');
    expect(await footer.locator('a').getAttribute('href')).toBeNull();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    const classes = await section.evaluate((element) => Array.from(element.classList));
    expect(classes).toContain('course-note');
    expect(classes.filter((name) => name.startsWith('mimbar-ui') || name.includes('"') || name.includes('=') || name === 'future' || name === 'stack')).toEqual([]);
    const [top, bottom, corner] = [await boxOf(header), await boxOf(footer), await boxOf(number)];
    expect(top.y - box.y).toBeLessThan(box.height * 0.08);
    expect(box.y + box.height - (bottom.y + bottom.height)).toBeLessThan(box.height * 0.08);
    expect(corner.x).toBeGreaterThan(box.x + box.width * 0.8);
    // Clear of reveal.js's arrows in the bottom right corner, and of the footer.
    const arrows = await page.locator('.reveal > .controls button.enabled').evaluateAll((buttons) =>
      buttons.map((button) => button.getBoundingClientRect()).map((rect) => ({ x: rect.x, y: rect.y, width: rect.width, height: rect.height })),
    );
    expect(arrows.length).toBeGreaterThan(0);
    for (const arrow of [...arrows, bottom]) {
      const overlaps = corner.x < arrow.x + arrow.width && arrow.x < corner.x + corner.width && corner.y < arrow.y + arrow.height && arrow.y < corner.y + corner.height;
      expect(overlaps, JSON.stringify({ corner, arrow })).toBe(false);
    }
    expect(box.y + box.height - (corner.y + corner.height)).toBeLessThan(box.height * 0.08);
  });

  it('sets Slidev slots side by side: default on the left, right on the right, the heading above both', async () => {
    const section = await show(page, 'two-cols');
    const left = await boxOf(section.locator('.mimbar-slot-default'));
    const right = await boxOf(section.locator('.mimbar-slot-right'));
    const heading = await boxOf(section.locator('h2'));
    expect(left.x + left.width).toBeLessThanOrEqual(right.x);
    expect(Math.abs(left.y - right.y)).toBeLessThan(2);
    expect(Math.abs(left.width - right.width)).toBeLessThan(2);
    expect(heading.y + heading.height).toBeLessThanOrEqual(left.y);
  });

  it('gives a Quarto column with mimbar-w-40 40% of the row', async () => {
    const section = await show(page, 'columns');
    const row = await boxOf(section.locator('.mimbar-columns'));
    const forty = await boxOf(section.locator('.mimbar-w-40'));
    const sixty = await boxOf(section.locator('.mimbar-w-60'));
    expect(forty.width / row.width).toBeCloseTo(0.4, 2);
    expect(sixty.width / row.width).toBeCloseTo(0.6, 2);
    expect(Math.abs(forty.y - sixty.y)).toBeLessThan(2);
  });

  it('still shrinks a long slide beside an image panel to fit', async () => {
    const section = await show(page, 'long');
    const fitted = await section.evaluate((element) => ({ fontSize: element.style.fontSize, scrollHeight: element.scrollHeight }));
    expect(fitted.fontSize).not.toBe('');
    expect(fitted.scrollHeight).toBeLessThanOrEqual(721);
    const lastItem = await boxOf(section.locator('li').last());
    const box = await boxOf(section);
    expect(lastItem.y + lastItem.height).toBeLessThanOrEqual(box.y + box.height + 1);
    const warnings = await page.evaluate(() => window.__mimbar?.warnings ?? []);
    expect(warnings.filter((warning) => warning.slide === 'long')).toEqual([]);
  });

  it('centres a lead slide and swaps the theme colours for invert', async () => {
    const section = await show(page, 'lead-invert');
    const box = await boxOf(section);
    for (const pixel of await pixelsAt(page, corners(box))) expect(near(pixel, [255, 255, 255]), String(pixel)).toBe(true);
    expect(await section.locator('h1').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(25, 25, 25)');
    const paragraph = await boxOf(section.locator('p'));
    expect(Math.abs(paragraph.x + paragraph.width / 2 - (box.x + box.width / 2))).toBeLessThan(3);
  });

  it('loads no resource but the host, and reports no CSP violation or error', async () => {
    expect(foreignRequests(opened)).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('slide looks in the console and the overview', () => {
  let pair: PresenterPair;

  beforeAll(async () => {
    pair = await openPresenterPair(browser, { deck: lookDeck(), assetDir, watch: false });
  });

  afterAll(async () => {
    await pair?.close();
  });

  it('draws the same split panel in the console preview as in the audience view', async () => {
    const { console: consolePage } = pair;
    await show(pair.audience, 'image-left');
    await expect.poll(() => consolePage.getByTestId('current-slide').getAttribute('data-slide')).toBe('image-left');
    const section = consolePage.locator('[data-testid="current-slide"] section');
    await consolePage.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined))));
    const box = await boxOf(section);
    const panel = await boxOf(section.locator('.mimbar-bg-left'));
    expect(panel.width / box.width).toBeCloseTo(0.4, 2);
    expect(panel.height / box.height).toBeCloseTo(1, 2);
    const [inPanel, inBody] = await pixelsAt(consolePage, [
      [panel.x + panel.width / 2, panel.y + 4],
      [box.x + box.width - 6, box.y + 4],
    ]);
    expect(near(inPanel ?? [0, 0, 0], ORANGE)).toBe(true);
    expect(near(inBody ?? [0, 0, 0], THEME_BG)).toBe(true);
  });

  it('paints the colour slide whole in its overview miniature', async () => {
    const { audience } = pair;
    await pressForOverview(audience, 'Escape', true);
    const thumbSection = audience.locator('[data-testid="overview-thumb"][data-slide="colour"] section');
    const box = await boxOf(thumbSection);
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    for (const pixel of await pixelsAt(audience, corners(box, 2))) expect(near(pixel, [30, 90, 168]), String(pixel)).toBe(true);
    const cover = audience.locator('[data-testid="overview-thumb"][data-slide="cover"] section');
    const coverBox = await boxOf(cover);
    const image = await boxOf(cover.locator('.mimbar-slide-bg img'));
    expect(image.width / coverBox.width).toBeCloseTo(1, 2);
    expect(image.height / coverBox.height).toBeCloseTo(1, 2);
    await pressForOverview(audience, 'Escape', false);
    expect(pair.errors).toEqual([]);
  });
});

describe('slide looks in the print view and the PDF', () => {
  let view: OpenedPrintView;
  const deck = lookDeck();
  const plan = planExport(deck, { layout: 'slides', fragments: 'final', paper: 'auto', orientation: 'auto', slideTheme: 'auto' });

  beforeAll(async () => {
    view = await openPrintView(browser, { deck, plan, assetDir });
  });

  afterAll(async () => {
    await view?.close();
  });

  it('lays out the split panel and the full colour in the printed frames, every slide fitting', async () => {
    expect(view.ready.overflowing).toEqual([]);
    const frame = (id: string): Locator => view.page.locator(`.frame[data-slide="${id}"] section`);
    const split = await boxOf(frame('image-left'));
    const panel = await boxOf(frame('image-left').locator('.mimbar-bg-left'));
    expect(panel.width / split.width).toBeCloseTo(0.4, 2);
    expect(panel.height / split.height).toBeCloseTo(1, 2);
    const colour = frame('colour');
    expect((await boxOf(colour)).height / (await boxOf(colour)).width).toBeCloseTo(720 / 1280, 2);
    expect(await colour.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(30, 90, 168)');
    // No arrows on paper: the page number sits in the bottom right corner, the footer in the bottom left.
    const printed = frame('header-footer');
    const printedBox = await boxOf(printed);
    const number = await boxOf(printed.locator('.mimbar-page-number'));
    expect(await printed.locator('.mimbar-page-number').textContent()).toBe('20');
    expect(number.x + number.width).toBeGreaterThan(printedBox.x + printedBox.width * 0.95);
    expect(number.y + number.height).toBeGreaterThan(printedBox.y + printedBox.height * 0.92);
    expect(await printed.locator('.mimbar-slide-footer').isVisible()).toBe(true);
    expect(view.requests.filter((url) => !url.startsWith(`${view.host.origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });

  it('prints the colour slide blue to its corners and the image panel orange on the left', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mimbar-looks-pdf-'));
    try {
      const path = join(out, 'looks.pdf');
      await writeFile(path, await view.page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pageOf = (id: string): number => deck.slides.findIndex((slide) => slide.id === id) + 1;
      const colour = readPpm(execFileSync('pdftoppm', ['-r', '24', '-f', String(pageOf('colour')), '-l', String(pageOf('colour')), path]));
      // The printed slide keeps the audience view's 4% margin (frame-layout.ts): its corners sit 4% in.
      const slideBox = { x: colour.width * 0.045, y: colour.height * 0.045, width: colour.width * 0.91, height: colour.height * 0.91 };
      for (const [x, y] of corners(slideBox, 2)) {
        expect(near(colour.at(x, y), [30, 90, 168], 30), `${x},${y}: ${colour.at(x, y).join(',')} of ${colour.width}×${colour.height}`).toBe(true);
      }
      const split = readPpm(execFileSync('pdftoppm', ['-r', '24', '-f', String(pageOf('image-left')), '-l', String(pageOf('image-left')), path]));
      expect(near(split.at(split.width * 0.2, split.height * 0.1), ORANGE, 30)).toBe(true);
      expect(near(split.at(split.width * 0.37, split.height * 0.1), ORANGE, 30)).toBe(true);
      expect(near(split.at(split.width * 0.9, split.height * 0.1), THEME_BG, 30)).toBe(true);
      const contain = readPpm(execFileSync('pdftoppm', ['-r', '24', '-f', String(pageOf('contain')), '-l', String(pageOf('contain')), path]));
      expect(leading(contain.at(contain.width * 0.52, contain.height * 0.05))).toBe('green');
      expect(leading(contain.at(contain.width * 0.52, contain.height * 0.95))).toBe('green');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

/** A binary PPM (P6) as pdftoppm writes it, with a pixel reader. */
function readPpm(bytes: Buffer): { width: number; height: number; at(x: number, y: number): Rgb } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = bytes.subarray(header[0].length);
  return {
    width,
    height,
    at(x, y) {
      const offset = (Math.min(height - 1, Math.round(y)) * width + Math.min(width - 1, Math.round(x))) * 3;
      return [pixels[offset] ?? 0, pixels[offset + 1] ?? 0, pixels[offset + 2] ?? 0];
    },
  };
}
