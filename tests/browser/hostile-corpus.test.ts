// The hostile corpus (tests/fixtures/hostile/*.md, payloads in slides and in notes of all four syntaxes)
// loaded from a real file through the browser host and shown in the four pages that render deck HTML:
// the audience view (every slide, then the overview), the presenter console (every slide's current,
// next and notes panes), the notes editor (every slide's notes preview) and the print view (slides,
// notes below, notes pages, handout). Every element of the content is hovered, focused, clicked and
// sent load, error, animation and toggle events. Per page: the canary (`__mimbarCanary`, alert,
// confirm, prompt, print) is never called, the page never navigates or opens a window, nothing is
// fetched outside the host's origin (nor from its origin outside the app, the API and the deck
// folder), no CSP rule is broken by a fetch, and the live DOM holds nothing active.
// docs/reliability.md §2.6 and §5 C.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, PRINT_LAYOUTS, SECRET_MARKER, startCorpusHost, strayRequests } from './fixtures/hostile-corpus';
import type { CorpusHost } from './fixtures/hostile-corpus';
import { openCanaryWatch } from './support/canary-watch';
import type { CanaryWatch } from './support/canary-watch';
import { launchChromium } from './support/chromium';
import { activeContent, sweepContent } from './support/sweep-content';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';

/** The audience's present slide (its content) and the slide backgrounds. */
const AUDIENCE_PRESENT_SLIDE = '.reveal .slides section.present .mimbar-slide-body, .reveal .slides section.present .mimbar-slide-body *, .reveal .backgrounds *';

/** Deck content in the console: the current and next slide previews and the notes pane. */
const CONSOLE_CONTENT = '[data-testid="current-slide"] .mimbar-slide-body *, [data-testid="next-slide"] .mimbar-slide-body *, [data-testid="notes"] *';

/** Deck content in the print view: slide frames and notes. */
const PRINT_CONTENT = '.mimbar-slide-body *, .notes-area *';

const REPORT_DIR = fileURLToPath(new URL('../../test-results/hostile-corpus/', import.meta.url));

/**
 * CSP violations Chromium reports while DOMPurify parses raw HTML in its inert document: inline
 * handlers, <style> and <base> it meets there are blocked, and fetch nothing. (Some reports arrive at
 * the element once it is in the page, hence the optional `at <tag>`.) An inline handler is reported
 * when it is set, so these cannot tell DOMPurify's parsing from a handler that reached the page: the
 * live DOM check (`activeContent`) does.
 */
const PARSE_TIME_VIOLATION = /^(?:script-src-attr inline|style-src-elem inline|style-src-attr inline|base-uri .*)(?: at <[a-z0-9-]+>)?$/;

/** What one page did, for the assertion and the report. */
interface PageFindings {
  canaryCalls: string[];
  pageSideCalls: string[];
  urlChangedTo: string | null;
  navigations: string[];
  popups: string[];
  dialogs: string[];
  downloads: string[];
  /** `window.open` URLs that are not a web link the sweep clicked (the host's bridge opens those). */
  unexpectedOpens: string[];
  strayRequests: string[];
  leakedFiles: string[];
  fetchingCspViolations: string[];
  localFileAttempts: string[];
  activeContent: string[];
}

const CLEAN: PageFindings = {
  canaryCalls: [],
  pageSideCalls: [],
  urlChangedTo: null,
  navigations: [],
  popups: [],
  dialogs: [],
  downloads: [],
  unexpectedOpens: [],
  strayRequests: [],
  leakedFiles: [],
  fetchingCspViolations: [],
  localFileAttempts: [],
  activeContent: [],
};

/** Per corpus file and page: what was walked and the noise seen, written to test-results for review. */
const report: Record<string, Record<string, unknown>> = {};

interface Visit {
  watch: CanaryWatch;
  page: Page;
  corpus: CorpusHost;
  /** URL of the page once loaded (after the host's redirect). */
  loadedUrl: string;
  /** Deck content to read for active markup after every sweep, or null for none. */
  contentSelector: string | null;
  clickedLinks: string[];
  swept: number;
  active: Set<string>;
}

async function visit(
  browser: Browser,
  corpus: CorpusHost,
  url: string,
  viewport: { width: number; height: number },
  ready: string,
  contentSelector: string | null,
): Promise<Visit> {
  const watch = await openCanaryWatch(browser, viewport);
  // The walks wait on what the page shows, with a timeout: when a payload navigates the page away, the
  // next wait fails in seconds and `findings` reports the navigation. (`page.evaluate` has no timeout.)
  watch.page.setDefaultTimeout(5_000);
  await watch.page.goto(url);
  await watch.page.waitForSelector(ready, { state: 'attached' });
  watch.markLoaded();
  return { watch, page: watch.page, corpus, loadedUrl: watch.page.url(), contentSelector, clickedLinks: [], swept: 0, active: new Set() };
}

/**
 * Sweeps `selector`, then reads the active markup in the content; resolves false when the page started
 * to leave (the walk stops and reports it).
 */
async function sweep(current: Visit, selector: string, withClicks: boolean): Promise<boolean> {
  const { page } = current;
  try {
    const { clickedLinks, elements } = await sweepContent(page, selector, withClicks);
    current.clickedLinks.push(...clickedLinks);
    current.swept += elements;
    if (current.contentSelector !== null) for (const found of await activeContent(page, current.contentSelector, current.corpus.host.origin)) current.active.add(found);
  } catch (error) {
    // The page went away under the sweep: that is the finding, reported by `findings`.
    if (!hasLeft(current)) throw error;
    return false;
  }
  return !hasLeft(current);
}

function hasLeft(current: Visit): boolean {
  return current.watch.navigations.length > 0 || current.page.url() !== current.loadedUrl;
}

/** Runs a page's walk; when the page navigated away during it, the walk ends and `findings` reports why. */
async function walk(current: Visit, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    if (!hasLeft(current)) throw error;
  }
}

/** Moves the host's presentation to the first slide, as any page of the host may. */
async function presentFirstSlide(page: Page): Promise<void> {
  await page.evaluate(() =>
    fetch('/api/invoke/presentation:command', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'goto', h: 0, v: 0, fragment: -1 }) }),
  );
}

/** Reads everything the page did. */
async function findings(current: Visit): Promise<PageFindings> {
  const { watch, page, corpus, contentSelector } = current;
  const isSamePage = page.url() === current.loadedUrl;
  const left = { calls: [] as string[], csp: [] as string[] };
  const pageState = isSamePage ? await page.evaluate(() => ({ calls: window.__mimbarCanaryCalls ?? [], csp: window.__cspViolations ?? [] })).catch(() => left) : left;
  const bodies = await Promise.all(watch.bodies);
  const clicked = new Set(current.clickedLinks);
  return {
    canaryCalls: watch.calls.map((call) => `${call.kind}(${call.args.join(', ')}) in ${call.frameUrl}`),
    pageSideCalls: pageState.calls,
    urlChangedTo: isSamePage ? null : page.url(),
    navigations: watch.navigations,
    popups: watch.popups,
    dialogs: watch.dialogs,
    downloads: watch.downloads,
    unexpectedOpens: watch.opened.filter((url) => !(/^https?:\/\//.test(url) && clicked.has(new URL(url).href))),
    strayRequests: strayRequests(watch.requests, corpus).map((url) => `${url} → ${watch.statuses.get(url) ?? 'no response'}`),
    leakedFiles: bodies.filter((entry) => entry !== null && entry.body.includes(SECRET_MARKER)).map((entry) => entry?.url ?? ''),
    fetchingCspViolations: pageState.csp.filter((violation) => !PARSE_TIME_VIOLATION.test(violation)),
    localFileAttempts: watch.console.filter((line) => /Not allowed to load local resource/i.test(line)),
    activeContent: [...current.active, ...(isSamePage && contentSelector !== null ? await activeContent(page, contentSelector, corpus.host.origin).catch(() => []) : [])].filter(
      (found, index, all) => all.indexOf(found) === index,
    ),
  };
}

/** Asserts the page is clean, records what it saw, and closes it. */
async function expectNothingGotThrough(current: Visit, label: string, walked: Record<string, unknown>): Promise<void> {
  try {
    const found = await findings(current);
    (report[current.corpus.name] ??= {})[label] = {
      ...walked,
      elementsSwept: current.swept,
      requests: current.watch.requests.length,
      deckFilesServed: [...current.watch.statuses].filter(([url, status]) => url.startsWith(`${current.corpus.host.origin}/deck/`) && status === 200).map(([url]) => url),
      webLinksOpenedByTheBridge: current.watch.opened,
      cspViolations: await current.page.evaluate(() => window.__cspViolations ?? []).catch(() => []),
      console: current.watch.console,
      findings: found,
    };
    expect(found).toEqual(CLEAN);
  } finally {
    await current.watch.close();
  }
}

describe('hostile corpus in every page of the browser host', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await mkdir(REPORT_DIR, { recursive: true });
    await writeFile(`${REPORT_DIR}report.json`, `${JSON.stringify(report, null, 2)}\n`);
  });

  for (const name of corpusFiles()) {
    describe(name, () => {
      let corpus: CorpusHost;
      const ids = (): string[] => corpus.deck.slides.map((slide) => slide.id);
      // From slide index - 1 to slide `index`: one press per fragment step still hidden there, then one more.
      const pressToSlide = async (page: Page, index: number): Promise<void> => {
        const previous = corpus.deck.slides[index - 1];
        if (previous === undefined) return;
        for (let step = 0; step <= countFragmentSteps(previous.html); step += 1) await page.keyboard.press('PageDown');
      };

      beforeAll(async () => {
        corpus = await startCorpusHost(name);
      });

      afterAll(async () => {
        if (!corpus) return;
        // No page wrote into the deck (the console and the editor only looked at the notes).
        expect(await readFile(corpus.deckPath, 'utf8')).toBe(corpus.original);
        await corpus.close();
      });

      it('audience view: every slide and the overview', async () => {
        const current = await visit(browser, corpus, corpus.host.url, { width: 1280, height: 720 }, 'html[data-mimbar-ready="true"]', '.mimbar-slide-body *');
        const { page } = current;
        const seen: string[] = [];
        await walk(current, async () => {
          await presentFirstSlide(page);
          for (const [index, id] of ids().entries()) {
            await pressToSlide(page, index);
            await page.waitForFunction((slide) => document.querySelector('.reveal .slides section.present:not(.stack)')?.getAttribute('data-mimbar-slide') === slide, id);
            seen.push(id);
            if (!(await sweep(current, AUDIENCE_PRESENT_SLIDE, true))) return;
          }
          await page.keyboard.press('o');
          await page.getByTestId('overview').waitFor();
          // In the overview a click goes to a slide: hover and focus only.
          await sweep(current, '[data-testid="overview-thumb"] .mimbar-slide-body *', false);
        });
        await expectNothingGotThrough(current, 'audience', { slides: seen });
      });

      it('presenter console: current, next and notes of every slide, the overview and the search', async () => {
        const current = await visit(browser, corpus, corpus.host.presenterUrl, { width: 1366, height: 768 }, 'html[data-mimbar-console-ready="true"]', CONSOLE_CONTENT);
        const { page } = current;
        const seen: string[] = [];
        await walk(current, async () => {
          await presentFirstSlide(page);
          for (const [index, id] of ids().entries()) {
            await pressToSlide(page, index);
            await page.waitForFunction((slide) => document.querySelector('[data-testid="current-slide"]')?.getAttribute('data-slide') === slide, id);
            seen.push(id);
            if (!(await sweep(current, CONSOLE_CONTENT, true))) return;
            // A click in the notes opens them for editing; leave the editor so the next slide's notes render.
            if (await page.getByTestId('notes-editor').isVisible()) await page.getByTestId('notes-editor').press('Escape');
          }
          await page.keyboard.press('o');
          await page.getByTestId('overview').waitFor();
          await sweep(current, '[data-testid="overview-thumb"] .mimbar-slide-body *', false);
          await page.keyboard.press('Escape');
          await page.keyboard.press('/');
          await page.locator('#search-input').fill('img');
          await page.keyboard.press('Escape');
        });
        await expectNothingGotThrough(current, 'console', { slides: seen });
      });

      it('notes editor: the notes preview of every slide', async () => {
        const current = await visit(browser, corpus, corpus.host.notesUrl, { width: 1280, height: 800 }, 'html[data-mimbar-notes-ready="true"]', '#notes-preview *');
        const { page } = current;
        const seen: string[] = [];
        await walk(current, async () => {
          for (const [index, slide] of corpus.deck.slides.entries()) {
            await page.locator(`.slide-row[data-slide="${slide.id}"] button`).click();
            await expect.poll(() => page.getByTestId('notes-slide-title').textContent()).toBe(`${index + 1}. ${slide.title}`);
            if (index === 0) await page.locator('#preview-toggle').click();
            await page.getByTestId('notes-preview').waitFor();
            // Saved notes (and no notes) show as the engine rendered them.
            expect(await page.getByTestId('notes-preview').getAttribute('data-kind')).toBe('rendered');
            seen.push(slide.id);
            if (!(await sweep(current, '#notes-preview *', true))) return;
          }
        });
        await expectNothingGotThrough(current, 'notes editor', { slides: seen });
      });

      for (const layout of PRINT_LAYOUTS) {
        it(`print view: ${layout}`, async () => {
          const ready = corpus.printNext(layout);
          const current = await visit(browser, corpus, corpus.host.printUrl, { width: 1280, height: 800 }, 'html[data-mimbar-print-ready="true"], html[data-mimbar-print-error]', PRINT_CONTENT);
          const error = await current.page.locator('html').getAttribute('data-mimbar-print-error');
          if (error !== null) {
            await current.watch.close();
            throw new Error(`print view failed: ${error}`);
          }
          const printed = await ready;
          // Nobody clicks in the print window: hover, focus, load and error events only.
          await sweep(current, '.page *', false);
          await expectNothingGotThrough(current, `print ${layout}`, { pages: printed.pages, brokenImages: printed.brokenImages });
        });
      }
    });
  }

  it('sees what it looks for when the page itself does it (the harness checked)', async () => {
    const corpus = await startCorpusHost('clobbering.md');
    let current: Visit | null = null;
    try {
      current = await visit(browser, corpus, corpus.host.url, { width: 1280, height: 720 }, 'html[data-mimbar-ready="true"]', '.mimbar-slide-body *');
      const { page, watch, loadedUrl } = current;
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.setAttribute('onerror', "__mimbarCanary('inline handler')");
        // Loads a remote image when the sweep clicks it.
        image.addEventListener('click', () => document.body.append(Object.assign(document.createElement('img'), { src: 'http://127.0.0.1:1/self-check.png' })));
        document.querySelector('.reveal .slides section.present .mimbar-slide-body')?.append(image);
        window.__mimbarCanary?.('self-check');
        window.alert('self-check');
        window.open('http://127.0.0.1:1/self-check-open');
        void fetch('http://127.0.0.1:1/self-check-fetch').catch(() => undefined);
        void fetch('/self-check-stray').catch(() => undefined);
      });
      expect(await sweep(current, AUDIENCE_PRESENT_SLIDE, true)).toBe(true);
      await expect.poll(() => watch.calls.length).toBe(2);
      await expect.poll(() => watch.statuses.get(`${corpus.host.origin}/self-check-stray`)).toBe(404);
      const before = await findings(current);
      expect(before.canaryCalls).toEqual([`canary(self-check) in ${loadedUrl}`, `alert(self-check) in ${loadedUrl}`]);
      expect(before.pageSideCalls).toEqual(['canary: self-check', 'alert: self-check']);
      expect(before.unexpectedOpens).toEqual(['http://127.0.0.1:1/self-check-open']);
      // An image the CSP blocks is in Playwright's request log (failed), a fetch it blocks is not: there
      // the violation (one per policy, the header's and the meta tag's) is the evidence.
      expect(new Set(before.strayRequests)).toEqual(new Set([`${corpus.host.origin}/self-check-stray → 404`, 'http://127.0.0.1:1/self-check.png → no response']));
      expect(before.fetchingCspViolations).toContain('connect-src http://127.0.0.1:1/self-check-fetch');
      expect(before.fetchingCspViolations).toContain('img-src http://127.0.0.1:1/self-check.png');
      // The page's CSP stops an inline handler when it is set, reported like DOMPurify's parsing: the
      // live DOM check is what sees it.
      expect(before.activeContent).toContain(`<img onerror="__mimbarCanary('inline handler')">`);
      await page.evaluate(() => location.assign('http://127.0.0.1:1/self-check-navigation'));
      await expect.poll(() => watch.navigations.length).toBeGreaterThan(0);
      expect(watch.navigations[0]).toBe('requested http://127.0.0.1:1/self-check-navigation');
    } finally {
      await current?.watch.close();
      await corpus.close();
    }
  });

  it('runs and fetches nothing from an SVG in the deck folder opened as a document', async () => {
    const corpus = await startCorpusHost('svg.md');
    try {
      const url = `${corpus.host.origin}/deck/evil.svg`;
      const current = await visit(browser, corpus, url, { width: 400, height: 300 }, 'svg', null);
      expect(current.watch.statuses.get(url)).toBe(200);
      await sweep(current, 'svg, svg *', true);
      await current.page.mouse.click(20, 20);
      const { watch } = current;
      // The host serves deck files with `default-src 'none'; sandbox`: the SVG's own image and the
      // foreignObject's image are attempted, and blocked by that policy before leaving the browser.
      const unblocked = strayRequests(watch.requests, corpus).filter((request) => request !== url && watch.failures.get(request) !== 'csp');
      const seen = { calls: watch.calls, navigations: watch.navigations, popups: watch.popups, dialogs: watch.dialogs, unblocked };
      (report['svg.md'] ??= {})['evil.svg as a document'] = { ...seen, requests: watch.requests, failures: Object.fromEntries(watch.failures), console: watch.console };
      await watch.close();
      expect(seen).toEqual({ calls: [], navigations: [], popups: [], dialogs: [], unblocked: [] });
    } finally {
      await corpus.close();
    }
  });
});
