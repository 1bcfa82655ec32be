// Mermaid diagrams as a class sees them (tests/fixtures/rich/diagrams.md through the browser host): an SVG
// with its shapes, labels and arrowheads on the audience slide, in the console's preview and in the
// overview miniatures, the labels' text in the exported PDF, the broken diagram's source and reason, and
// not one request off the host.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../app/cli/run-cli';
import { readPdf, wordsOf } from '../support/read-pdf';
import { openPresenterPair, sendCommand } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { coloursAt } from './support/coloured-pixels';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForOverview } from './support/page-state';

const deckPath = fileURLToPath(new URL('../fixtures/rich/diagrams.md', import.meta.url));
const PRESENT = 'body > .reveal .slides section.present';
const ORDER = ['how-a-request-travels', 'agenda', 'who-talks-to-whom', 'shapes-in-a-program', 'the-life-of-an-order', 'how-the-class-voted', 'a-diagram-with-a-typo'];
/** Labels each diagram slide must show, as text of its SVG. */
const LABELS: Record<string, string[]> = {
  'how-a-request-travels': ['Web browser', 'Web server', 'Logged in?', 'asks', 'yes'],
  'who-talks-to-whom': ['Student', 'Teacher', 'Hands in the essay', 'Reads every page'],
  'shapes-in-a-program': ['Shape', 'Circle', 'Square', 'radius'],
  'the-life-of-an-order': ['Placed', 'Paid', 'Shipped', 'payment received'],
  'how-the-class-voted': ['Favourite subject', 'Mathematics', 'History', '40%'],
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function show(page: Page, id: string): Promise<Locator> {
  await sendCommand(page, { type: 'goto', h: ORDER.indexOf(id), v: 0, fragment: -1 });
  await page.waitForSelector(`${PRESENT}[data-mimbar-slide="${id}"]`);
  return page.locator(PRESENT);
}

/** Every marker an element of `svg` points at exists inside that same drawing. */
function markersResolve(svg: Locator): Promise<{ references: number; missing: string[] }> {
  return svg.evaluate((drawing) => {
    const references = Array.from(drawing.querySelectorAll('[marker-end], [marker-start]')).flatMap((element) =>
      ['marker-end', 'marker-start'].map((name) => /^url\(#(.+)\)$/.exec(element.getAttribute(name) ?? '')?.[1]).filter((id): id is string => id !== undefined),
    );
    const missing = references.filter((id) => drawing.querySelector(`marker[id="${CSS.escape(id)}"]`) === null);
    return { references: references.length, missing };
  });
}

/** Text of every `<text>` of the drawing, joined. */
const textOf = (svg: Locator): Promise<string> => svg.evaluate((drawing) => Array.from(drawing.querySelectorAll('text'), (text) => text.textContent ?? '').join(' | '));

describe('diagrams on the audience slide', () => {
  let opened: OpenedDeck;

  beforeAll(async () => {
    opened = await openDeck(browser, { deckPath, watch: false });
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('draws every diagram as an SVG with shapes and its labels, fitted inside the slide', async () => {
    for (const [id, labels] of Object.entries(LABELS)) {
      const section = await show(opened.page, id);
      const svg = section.locator('.mimbar-diagram svg');
      expect(await svg.count(), id).toBe(1);
      expect(await svg.locator('path, rect, polygon, polyline, line, circle').count(), id).toBeGreaterThan(2);
      const text = await textOf(svg);
      for (const label of labels) expect(text, id).toContain(label);
      const [slide, drawing] = await Promise.all([section.boundingBox(), svg.boundingBox()]);
      if (!slide || !drawing) throw new Error(`${id} not laid out`);
      expect(drawing.width, id).toBeGreaterThan(200);
      expect(drawing.x, id).toBeGreaterThanOrEqual(slide.x - 1);
      expect(drawing.x + drawing.width, id).toBeLessThanOrEqual(slide.x + slide.width + 1);
      expect(drawing.y + drawing.height, id).toBeLessThanOrEqual(slide.y + slide.height + 1);
    }
  });

  it('draws the arrowheads: markers resolve, and painting them adds light pixels at the arrows\' ends', async () => {
    const section = await show(opened.page, 'how-a-request-travels');
    const svg = section.locator('.mimbar-diagram svg');
    const markers = await markersResolve(svg);
    expect(markers.references).toBeGreaterThanOrEqual(4);
    expect(markers.missing).toEqual([]);
    // Points on a grid around the end of each arrow, in page pixels.
    const grids = await svg.evaluate((drawing) => {
      const svgElement = drawing as SVGSVGElement;
      const matrix = svgElement.getScreenCTM();
      return Array.from(drawing.querySelectorAll('polyline[marker-end]'), (line) => {
        const points = (line.getAttribute('points') ?? '').trim().split(/\s+/).map((pair) => pair.split(',').map(Number));
        const end = points.at(-1) ?? [0, 0];
        const point = new DOMPoint(end[0], end[1]).matrixTransform(matrix ?? undefined);
        const grid: Array<[number, number]> = [];
        for (let dx = -14; dx <= 14; dx += 2) for (let dy = -8; dy <= 8; dy += 2) grid.push([point.x + dx, point.y + dy]);
        return grid;
      });
    });
    const lightPixels = async (): Promise<number> => {
      const shot = await opened.page.screenshot({ type: 'png' });
      const colours = await coloursAt(opened.page, shot, grids.flat());
      return colours.filter(([r, g, b]) => r + g + b > 3 * 150).length;
    };
    const withArrows = await lightPixels();
    await svg.evaluate((drawing) => drawing.querySelectorAll('[marker-end]').forEach((line) => line.removeAttribute('marker-end')));
    const without = await lightPixels();
    expect(withArrows - without).toBeGreaterThan(4 * grids.length);
  });

  it('shows the broken diagram as its source under a one-line reason', async () => {
    const section = await show(opened.page, 'a-diagram-with-a-typo');
    const reason = section.locator('.mimbar-diagram-error .mimbar-diagram-reason');
    expect(await reason.textContent()).toBe('the line "Middle -->" is not understood.');
    // The label before it is the stylesheet's, in the deck's language (English here).
    expect(await reason.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"Diagram not drawn: "');
    expect(await section.locator('.mimbar-diagram-error pre code').textContent()).toBe('flowchart TD\n  Start --> Middle\n  Middle -->');
    expect(await section.locator('svg').count()).toBe(0);
  });

  it('made no request off the host and broke no rule of the page', async () => {
    expect(foreignRequests(opened)).toEqual([]);
    expect(await opened.cspViolations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});

describe('diagrams in the console and the overview', () => {
  let pair: PresenterPair;

  beforeAll(async () => {
    pair = await openPresenterPair(browser, { deckPath, watch: false });
  });

  afterAll(async () => {
    await pair?.close();
  });

  it('draws the diagram in the console\'s current-slide preview, its markers its own', async () => {
    const { console: consolePage } = pair;
    await show(pair.audience, 'how-a-request-travels');
    await sendCommand(consolePage, { type: 'goto', h: 0, v: 0, fragment: -1 });
    await expect.poll(() => consolePage.getByTestId('current-slide').getAttribute('data-slide')).toBe('how-a-request-travels');
    const svg = consolePage.locator('[data-testid="current-slide"] .mimbar-diagram svg');
    expect(await textOf(svg)).toContain('Logged in?');
    const markers = await markersResolve(svg);
    expect(markers.references).toBeGreaterThanOrEqual(4);
    expect(markers.missing).toEqual([]);
    expect((await svg.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  });

  it('draws every diagram in the overview miniatures', async () => {
    const { audience } = pair;
    await pressForOverview(audience, 'Escape', true);
    for (const [id, labels] of Object.entries(LABELS)) {
      const svg = audience.locator(`[data-testid="overview-thumb"][data-slide="${id}"] .mimbar-diagram svg`);
      expect(await textOf(svg), id).toContain(labels[0]);
      expect((await markersResolve(svg)).missing, id).toEqual([]);
      expect((await svg.boundingBox())?.width ?? 0, id).toBeGreaterThan(20);
    }
    await pressForOverview(audience, 'Escape', false);
  });

  it('made no request off the host in either page', async () => {
    for (const page of [pair.console, pair.audience]) {
      const origin = new URL(page.url()).origin;
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(resources.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    }
    expect(await pair.cspViolations()).toEqual([]);
    expect(pair.errors).toEqual([]);
  });
});

describe('diagrams in the exported PDF', () => {
  it('prints each diagram\'s labels as text on its page, and the broken one\'s reason', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mimbar-diagrams-pdf-'));
    const path = join(out, 'diagrams.pdf');
    let err = '';
    const code = await runCli(['export', deckPath, '-o', path], { out: () => undefined, err: (text) => (err += text) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const pdf = await readPdf(path);
    expect(pdf.pages).toBe(ORDER.length);
    for (const [id, labels] of Object.entries(LABELS)) {
      const page = wordsOf(pdf.pageTexts[ORDER.indexOf(id)] ?? '');
      for (const label of labels) expect(page, id).toContain(wordsOf(label));
    }
    expect(wordsOf(pdf.pageTexts[ORDER.indexOf('a-diagram-with-a-typo')] ?? '')).toContain(wordsOf('Diagram not drawn: the line "Middle -->" is not understood.'));
  });
});
