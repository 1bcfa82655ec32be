/**
 * The audience page in Debian's Chromium, through the browser host:
 * - first slide: from navigation start to the first frame after the page announced its first slide
 *   (`mimbar:ready`), in a fresh browser context each run; median of `runs`;
 * - slide change: → pressed `presses` times from the first slide; for each press, from the keydown's
 *   timestamp to the end of the keydown task with the new slide laid out (a bubbling listener on
 *   `window` runs after reveal.js's own on `document`, then reads the slide's box, which forces style and
 *   layout). Chromium paints that frame next. (Headless Chromium paints on its own frame clock: the Event
 *   Timing API put the next paint 16–40 ms after the key for a static page as for this one, so paint
 *   times measure that clock, not the work a press costs.)
 * - overview open (audience page, Esc) and console overview open (presenter console, O): from the key
 *   to the end of the first frame after the overview announced itself open (`mimbar:overview-shown`:
 *   every cell in the grid, the ones in view filled with their slide; a task queued from that frame's
 *   animation callback runs after its style, layout and paint), median of `runs` openings;
 * Memory: the page's JS heap after the walk (after a GC) and the peak PSS of Chromium plus the host.
 */
import type { Browser, Page } from 'playwright-core';
import { loadDeck } from '../../app/core/files/load-deck';
import { startBrowserHost } from '../../app/host/start-browser-host';
import { launchChromium } from '../../tests/browser/support/chromium';
import type { BenchDeck } from './decks';
import { median, percentile, ROOT } from './decks';
import { samplePeakMemory } from './process-memory';
import { heapMb } from './page-heap';
import { formatMb, formatMs, type BenchRow } from './report';

const VIEWPORT = { width: 1280, height: 720 };
export const FIRST_SLIDE_TARGETS_MS = { small: 500, large: 1500 };
export const SLIDE_CHANGE_P95_TARGET_MS = 16;
export const OVERVIEW_OPEN_TARGET_MS = 300;
const CONSOLE_VIEWPORT = { width: 1366, height: 768 };

// Page scripts are strings: this file is typechecked without the DOM library.
const RECORD_FIRST_FRAME = `window.__firstFrame = new Promise((resolve) => addEventListener('mimbar:ready', () => requestAnimationFrame(() => resolve(performance.now())), { once: true }));`;
const RECORD_PRESSES = `
  window.__presses = { keys: [], laidOut: [] };
  document.addEventListener('keydown', (event) => window.__presses.keys.push(event.timeStamp), { capture: true });
  window.addEventListener('keydown', () => {
    document.querySelector('.reveal .slides section.present')?.getBoundingClientRect();
    window.__presses.laidOut.push(performance.now());
  });
  undefined`;
const ARM_CHANGE = `window.__changed = new Promise((resolve) => { addEventListener('mimbar:slidechanged', () => requestAnimationFrame(() => setTimeout(() => resolve(true), 0)), { once: true }); setTimeout(() => resolve(false), 3000); }); undefined`;

async function openAudience(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await page.addInitScript({ content: RECORD_FIRST_FRAME });
  await page.goto(url);
  await page.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached', timeout: 60_000 });
  return page;
}

/** Median time to the first slide's frame, over `runs` fresh contexts. */
async function firstSlide(browser: Browser, url: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openAudience(browser, url);
    times.push((await page.evaluate('window.__firstFrame')) as number);
    await page.context().close();
  }
  return median(times);
}

interface PressResult {
  latencies: number[];
  missed: number;
  heapEndMb: number;
}

async function slideChanges(browser: Browser, url: string, presses: number): Promise<PressResult> {
  const page = await openAudience(browser, url);
  await page.evaluate(RECORD_PRESSES);
  let missed = 0;
  for (let press = 0; press < presses; press++) {
    await page.evaluate(ARM_CHANGE);
    await page.keyboard.press('ArrowRight');
    if (!((await page.evaluate('window.__changed')) as boolean)) missed += 1;
  }
  const { keys, laidOut } = (await page.evaluate('window.__presses')) as { keys: number[]; laidOut: number[] };
  const latencies = keys.map((key, index) => (laidOut[index] ?? Number.NaN) - key).filter(Number.isFinite);
  const heapEndMb = await heapMb(page, true);
  await page.context().close();
  return { latencies, missed, heapEndMb };
}

const ARM_OVERVIEW = `window.__overview = new Promise((resolve) => { let key = 0; document.addEventListener('keydown', (e) => { key = e.timeStamp; }, { capture: true, once: true }); addEventListener('mimbar:overview-shown', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - key), 0)), { once: true }); }); undefined`;

/** Median time from `key` to the end of the first frame of the open overview, over `runs` openings on `page`. */
async function overviewOpen(page: Page, key: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await page.evaluate(ARM_OVERVIEW);
    await page.keyboard.press(key);
    times.push((await page.evaluate('window.__overview')) as number);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="overview"]', { state: 'hidden' });
  }
  return median(times);
}

/** The overview's rows: the audience page's (Esc) and the presenter console's (O), both with the target. */
async function overviewRows(browser: Browser, host: { url: string; presenterUrl: string }, deck: BenchDeck, slides: number, runs: number): Promise<BenchRow[]> {
  const audience = await openAudience(browser, host.url);
  const onAudience = await overviewOpen(audience, 'Escape', runs);
  await audience.context().close();
  const consolePage = await (await browser.newContext({ viewport: CONSOLE_VIEWPORT })).newPage();
  await consolePage.goto(host.presenterUrl);
  await consolePage.waitForSelector('html[data-mimbar-console-ready="true"]', { state: 'attached', timeout: 60_000 });
  const onConsole = await overviewOpen(consolePage, 'o', runs);
  await consolePage.context().close();
  const target = (ms: number): BenchRow['target'] => ({ text: `< ${formatMs(OVERVIEW_OPEN_TARGET_MS)}`, met: ms < OVERVIEW_OPEN_TARGET_MS });
  const row = (benchmark: string, ms: number): BenchRow => ({ benchmark, deck: deck.name, slides, measured: formatMs(ms), value: ms, unit: 'ms', target: target(ms), memory: null });
  return [row('overview open', onAudience), row('console overview open', onConsole)];
}

/** First-slide rows for every deck, and slide-change rows for the decks in `walk`. */
export async function benchRenderer(decks: readonly BenchDeck[], options: { runs: number; presses: number; walk: readonly BenchDeck[] }): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const deck of decks) {
    process.stderr.write(`renderer: ${deck.name}\n`);
    const host = await startBrowserHost({ deckPath: deck.path, distDir: `${ROOT}dist`, watch: false });
    const stopSampling = samplePeakMemory();
    const browser = await launchChromium();
    try {
      const slides = (await loadDeck(deck.path)).slides.length;
      const ms = await firstSlide(browser, host.url, options.runs);
      const limit = slides > 500 ? FIRST_SLIDE_TARGETS_MS.large : FIRST_SLIDE_TARGETS_MS.small;
      const firstRow: BenchRow = { benchmark: 'first slide', deck: deck.name, slides, measured: formatMs(ms), value: ms, unit: 'ms', target: { text: `< ${formatMs(limit)}`, met: ms < limit }, memory: null };
      rows.push(firstRow);
      rows.push(...(await overviewRows(browser, host, deck, slides, options.runs)));
      if (options.walk.includes(deck)) {
        const presses = Math.min(options.presses, slides - 1);
        const result = await slideChanges(browser, host.url, presses);
        const p50 = percentile(result.latencies, 50);
        const p95 = percentile(result.latencies, 95);
        const isComplete = result.missed === 0 && result.latencies.length === presses;
        const common = { deck: deck.name, slides, unit: 'ms' as const, memory: `${formatMb(result.heapEndMb)} JS heap after ${presses} slides` };
        rows.push({ ...common, benchmark: 'slide change p50', measured: formatMs(p50), value: p50, target: null });
        rows.push({
          ...common,
          benchmark: 'slide change p95',
          measured: `${formatMs(p95)} (max ${formatMs(Math.max(...result.latencies))}${result.missed > 0 ? `; ${result.missed} presses not followed` : ''})`,
          value: p95,
          target: { text: `< ${SLIDE_CHANGE_P95_TARGET_MS} ms`, met: isComplete && p95 < SLIDE_CHANGE_P95_TARGET_MS },
        });
      }
    } finally {
      await browser.close();
      await host.close();
      const peak = stopSampling();
      for (const row of rows) if (row.deck === deck.name && row.memory === null) row.memory = `${formatMb(peak)} PSS (Chromium + host)`;
    }
  }
  return rows;
}
