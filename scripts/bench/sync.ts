/**
 * `npm run bench:sync [presses]`: how fast the audience follows the presenter console. Generates a 1,000-slide
 * deck, starts the browser host, opens the console (1366×768) and the audience page (1280×720) in
 * Debian's Chromium, presses → in the console 200 times and measures, on the machine's shared clock
 * (`performance.timeOrigin + performance.now()` in each page), the time from the console's keydown to
 * the console drawing the new state and to the audience announcing the new slide (`mimbar:slidechanged`).
 * Also reports the audience page's JS heap at start, its peak, and at the end (after a GC). Target:
 * p95 key → audience under 50 ms. Prints a table; writes .bench/sync.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startBrowserHost } from '../../app/host/start-browser-host';
import { launchChromium } from '../../tests/browser/support/chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLIDES = 1000;
const PRESSES = Number(process.argv[2] ?? 200);
const TARGET_P95_MS = 50;
/** How long one step may take before the audience counts as not following (a bench limit, not a test wait). */
const STEP_LIMIT_MS = 3000;

// Page scripts are strings (this file is typechecked without the DOM library); arming ones end in
// `undefined` so that evaluate does not wait for the promise they store.
const RECORD_KEYS = `window.__keyTimes = []; document.addEventListener('keydown', () => window.__keyTimes.push(performance.timeOrigin + performance.now()), { capture: true });`;
const ARM_CONSOLE = `window.__rendered = new Promise((resolve) => addEventListener('mimbar:console-rendered', () => resolve(performance.timeOrigin + performance.now()), { once: true })); undefined`;
const ARM_AUDIENCE = `window.__followed = new Promise((resolve) => { addEventListener('mimbar:slidechanged', () => resolve(performance.timeOrigin + performance.now()), { once: true }); setTimeout(() => resolve(null), ${STEP_LIMIT_MS}); }); undefined`;

function writeDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mimbar-sync-'));
  const parts = ['---', 'title: Bench 1000', 'lang: id', '---', ''];
  for (let i = 1; i <= SLIDES; i++) parts.push(`## Slide ${i}`, '', `Paragraf nomor ${i}: kerja sama antarnegara menguatkan pertahanan.`, '', `Note: catatan ${i}`, '');
  const path = join(dir, 'bench-1000.md');
  writeFileSync(path, parts.join('\n'));
  return path;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function heapMb(page: Page, collect: boolean): Promise<number> {
  const session = await page.context().newCDPSession(page);
  if (collect) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

async function main(): Promise<void> {
  const host = await startBrowserHost({ deckPath: writeDeck(), distDir: `${root}dist` });
  const browser = await launchChromium();
  try {
    const consolePage = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const audience = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })).newPage();
    await consolePage.addInitScript({ content: RECORD_KEYS });
    await Promise.all([consolePage.goto(`${host.origin}/app/presenter.html`), audience.goto(host.url)]);
    await consolePage.waitForSelector('html[data-mimbar-console-ready="true"]', { state: 'attached' });
    await audience.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached' });
    const heapStart = await heapMb(audience, true);
    let heapPeak = heapStart;
    const toConsole: number[] = [];
    const toAudience: number[] = [];
    let missed = 0;
    for (let i = 0; i < PRESSES; i++) {
      // An audience page that never follows (no sync yet) is measured five times, not 200.
      const isFollowing = !(missed >= 5 && toAudience.length === 0);
      await Promise.all([consolePage.evaluate(ARM_CONSOLE), audience.evaluate(isFollowing ? ARM_AUDIENCE : 'window.__followed = null; undefined')]);
      await consolePage.keyboard.press('ArrowRight');
      const [rendered, followed, pressed] = await Promise.all([
        consolePage.evaluate('window.__rendered') as Promise<number>,
        audience.evaluate('window.__followed') as Promise<number | null>,
        consolePage.evaluate('window.__keyTimes.at(-1)') as Promise<number>,
      ]);
      toConsole.push(rendered - pressed);
      if (followed === null) missed += 1;
      else toAudience.push(followed - pressed);
      if (i % 20 === 0) process.stderr.write(`${i} presses, last: console ${(rendered - pressed).toFixed(1)} ms, audience ${followed === null ? 'missed' : `${(followed - pressed).toFixed(1)} ms`}\n`);
      if (i % 20 === 0) heapPeak = Math.max(heapPeak, await heapMb(audience, false));
    }
    heapPeak = Math.max(heapPeak, await heapMb(audience, false));
    const heapEnd = await heapMb(audience, true);
    const row = (name: string, values: number[]): string =>
      values.length === 0 ? `| ${name} | 0 | – | – | – |` : `| ${name} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`;
    console.log(`\n${SLIDES}-slide deck, ${PRESSES} × → in the console\n`);
    console.log('| from keydown to | samples | p50 ms | p95 ms | max ms |\n| --- | --- | --- | --- | --- |');
    console.log(row('console drew the new state', toConsole));
    console.log(row('audience showed the slide', toAudience));
    console.log(`\naudience JS heap: start ${heapStart.toFixed(1)} MB, peak ${heapPeak.toFixed(1)} MB, end ${heapEnd.toFixed(1)} MB (start and end after GC)`);
    if (missed > 0) console.log(`audience did not follow ${missed} of ${PRESSES} presses within ${STEP_LIMIT_MS} ms`);
    const p95 = percentile(toAudience, 95);
    console.log(missed === 0 && p95 < TARGET_P95_MS ? `target met: p95 ${p95.toFixed(1)} ms < ${TARGET_P95_MS} ms` : `target NOT met (p95 < ${TARGET_P95_MS} ms, every press followed)`);
    mkdirSync(`${root}.bench`, { recursive: true });
    writeFileSync(`${root}.bench/sync.json`, JSON.stringify({ slides: SLIDES, presses: PRESSES, toConsole, toAudience, missed, heapStart, heapPeak, heapEnd }, null, 2));
  } finally {
    await browser.close();
    await host.close();
  }
}

await main();
