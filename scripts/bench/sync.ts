/**
 * Presenter sync: how fast the audience follows the presenter console. Starts the browser host on a
 * deck, opens the console (1366×768) and the audience page (1280×720) in Debian's Chromium, presses →
 * in the console `presses` times and measures, on the machine's shared clock (`performance.timeOrigin +
 * performance.now()` in each page), the time from the console's keydown to the audience announcing the
 * new slide (`mimbar:slidechanged`). Also the audience page's JS heap peak. Target: p95 under 50 ms.
 */
import { loadDeck } from '../../app/core/files/load-deck';
import { startBrowserHost } from '../../app/host/start-browser-host';
import { launchChromium } from '../../tests/browser/support/chromium';
import type { BenchDeck } from './decks';
import { percentile, ROOT } from './decks';
import { heapMb } from './page-heap';
import { formatMb, formatMs, type BenchRow } from './report';

export const SYNC_P95_TARGET_MS = 50;
/** How long one step may take before the audience counts as not following (a bench limit, not a test wait). */
const STEP_LIMIT_MS = 3000;

// Page scripts are strings (this file is typechecked without the DOM library); arming ones end in
// `undefined` so that evaluate does not wait for the promise they store.
const RECORD_KEYS = `window.__keyTimes = []; document.addEventListener('keydown', () => window.__keyTimes.push(performance.timeOrigin + performance.now()), { capture: true });`;
const ARM_CONSOLE = `window.__rendered = new Promise((resolve) => addEventListener('mimbar:console-rendered', () => resolve(performance.timeOrigin + performance.now()), { once: true })); undefined`;
const ARM_AUDIENCE = `window.__followed = new Promise((resolve) => { addEventListener('mimbar:slidechanged', () => resolve(performance.timeOrigin + performance.now()), { once: true }); setTimeout(() => resolve(null), ${STEP_LIMIT_MS}); }); undefined`;


/** One row: console key → audience slide, p95 (p50 and the console's own redraw beside it). */
export async function benchSync(deck: BenchDeck, presses: number): Promise<BenchRow> {
  process.stderr.write(`presenter sync: ${deck.name}\n`);
  const slides = (await loadDeck(deck.path)).slides.length;
  const host = await startBrowserHost({ deckPath: deck.path, distDir: `${ROOT}dist`, watch: false });
  const browser = await launchChromium();
  try {
    const consolePage = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const audience = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await consolePage.addInitScript({ content: RECORD_KEYS });
    await Promise.all([consolePage.goto(`${host.origin}/app/presenter.html`), audience.goto(host.url)]);
    await consolePage.waitForSelector('html[data-mimbar-console-ready="true"]', { state: 'attached', timeout: 60_000 });
    await audience.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached', timeout: 60_000 });
    let heapPeak = await heapMb(audience, true);
    const toConsole: number[] = [];
    const toAudience: number[] = [];
    let missed = 0;
    for (let i = 0; i < presses; i++) {
      // An audience page that never follows is measured five times, not all of them.
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
      if (i % 20 === 0) heapPeak = Math.max(heapPeak, await heapMb(audience, false));
    }
    heapPeak = Math.max(heapPeak, await heapMb(audience, false));
    const p95 = percentile(toAudience, 95);
    return {
      benchmark: 'presenter sync p95',
      deck: deck.name,
      slides,
      measured: `${formatMs(p95)} (p50 ${formatMs(percentile(toAudience, 50))}; console redraw p95 ${formatMs(percentile(toConsole, 95))}${missed > 0 ? `; ${missed} of ${presses} not followed within ${STEP_LIMIT_MS} ms` : ''})`,
      value: p95,
      unit: 'ms',
      target: { text: `< ${SYNC_P95_TARGET_MS} ms`, met: missed === 0 && p95 < SYNC_P95_TARGET_MS },
      memory: `${formatMb(heapPeak)} audience JS heap peak`,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}
