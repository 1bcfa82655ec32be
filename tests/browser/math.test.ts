// Formulas as the class sees them: typeset (MathML drawn with the bundled math font, not TeX source) in
// the audience view, the presenter console's preview and the exported PDF, with no request off the host
// and no CSP violation; a formula with a typo shows as written and the rest of the deck is unharmed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import { loadDeck } from '../../app/core/files/load-deck';
import { openPresenterPair, sendCommand } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import { readPdf } from '../support/read-pdf';

const root = new URL('../../', import.meta.url).pathname;
const MATH_DECK = join(root, 'tests/fixtures/rich/math.md');
const bin = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { mimbar: string } }).bin.mimbar);

let browser: Browser;
let deck: Deck;
const scratch = mkdtempSync(join(tmpdir(), 'mimbar-math-'));

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadDeck(MATH_DECK);
});
afterAll(async () => {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
});

function slideNamed(id: string): { h: number; v: number } {
  const slide = deck.slides.find((candidate) => candidate.id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
}

/** What the formulas inside `selector` look like on the page: elements, sizes and the font they are drawn in. */
function formulasIn(page: Page, selector: string) {
  return page.evaluate(async (scope) => {
    await document.fonts.ready;
    const root = document.querySelector(scope);
    const formulas = Array.from(root?.querySelectorAll('math') ?? []);
    const fraction = root?.querySelector('math[display="block"] mfrac');
    return {
      count: formulas.length,
      display: root?.querySelectorAll('math[display="block"]').length ?? 0,
      roots: root?.querySelectorAll('msqrt').length ?? 0,
      fractionHeight: fraction?.getBoundingClientRect().height ?? 0,
      lineHeight: parseFloat(getComputedStyle(root?.querySelector('p, li') ?? document.body).fontSize),
      font: formulas[0] ? getComputedStyle(formulas[0]).fontFamily : '',
      fontLoaded: document.fonts.check('20px "Mimbar Math"', '∑'),
      text: root?.textContent ?? '',
    };
  }, selector);
}

describe('formulas in the audience view', () => {
  it('are typeset with the bundled math font, offline, and prices stay prose', async () => {
    const opened = await openDeck(browser, { deck, assetDir: join(root, 'tests/fixtures/rich'), watch: false });
    try {
      const abc = slideNamed('rumus-abc');
      await sendCommand(opened.page, { type: 'goto', h: abc.h, v: abc.v, fragment: -1 });
      const present = 'body > .reveal .slides section.present';
      await opened.page.waitForSelector(`${present}[data-mimbar-slide="rumus-abc"]`);
      const formula = await formulasIn(opened.page, present);
      expect(formula.count).toBe(2);
      expect(formula.display).toBe(1);
      expect(formula.roots).toBe(1);
      expect(formula.font).toMatch(/^"?Mimbar Math"?/);
      expect(formula.fontLoaded).toBe(true);
      // A built-up fraction is two lines of type tall, not one line of "\frac{…}{…}".
      expect(formula.fractionHeight).toBeGreaterThan(formula.lineHeight * 1.6);
      expect(formula.text).not.toContain('\\frac');

      const motion = slideNamed('gerak-lurus');
      await sendCommand(opened.page, { type: 'goto', h: motion.h, v: motion.v, fragment: -1 });
      await opened.page.waitForSelector(`${present}[data-mimbar-slide="gerak-lurus"]`);
      const prose = await formulasIn(opened.page, present);
      expect(prose.count).toBe(3);
      expect(prose.text).toContain('Harga buku $5 dan pensil $10');

      const typo = slideNamed('rumus-yang-salah-ketik');
      await sendCommand(opened.page, { type: 'goto', h: typo.h, v: typo.v, fragment: -1 });
      await opened.page.waitForSelector(`${present}[data-mimbar-slide="rumus-yang-salah-ketik"] .mimbar-math-error`);
      expect(await opened.page.textContent(`${present} .mimbar-math-error`)).toBe('$\\frac{1}{$');

      expect(foreignRequests(opened)).toEqual([]);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('formulas in the presenter console', () => {
  it('are typeset in the current and next slide previews', async () => {
    const pair = await openPresenterPair(browser, { deck, assetDir: join(root, 'tests/fixtures/rich'), watch: false });
    try {
      const motion = slideNamed('gerak-lurus');
      await sendCommand(pair.console, { type: 'goto', h: motion.h, v: motion.v, fragment: -1 });
      await pair.console.waitForSelector('[data-testid="current-slide"] math mfrac', { state: 'attached' });
      await pair.console.waitForSelector('[data-testid="next-slide"] math msqrt', { state: 'attached' });
      const drawn = (testid: string) =>
        pair.console.evaluate((id) => Array.from(document.querySelectorAll(`[data-testid="${id}"] math`), (math) => math.getBoundingClientRect().height), testid);
      // The current slide has three formulas, the next ("Rumus ABC") two: all drawn, none empty.
      expect((await drawn('current-slide')).filter((height) => height > 0)).toHaveLength(3);
      expect((await drawn('next-slide')).filter((height) => height > 0)).toHaveLength(2);
      // The notes pane typesets the notes' formula too, in the same bundled font.
      const notesFont = await pair.console.evaluate(() => {
        const math = document.querySelector('[data-testid="notes"] math');
        return math ? getComputedStyle(math).fontFamily : null;
      });
      expect(notesFont).toMatch(/^"?Mimbar Math"?/);
      expect(await pair.cspViolations()).toEqual([]);
      expect(pair.errors).toEqual([]);
    } finally {
      await pair.close();
    }
  });
});

describe('formulas in the exported PDF', () => {
  it('are typeset: the text layer has math letters, not TeX', async () => {
    const pdf = join(scratch, 'rumus.pdf');
    const run = spawnSync(bin, ['export', MATH_DECK, '-o', pdf], { cwd: scratch, encoding: 'utf8', timeout: 90_000 });
    expect(run.status, run.stderr).toBe(0);
    const { pageTexts } = await readPdf(pdf);
    const all = pageTexts.join('\n');
    // Mathematical italic letters (U+1D400…) only come from typeset formulas; the source has Latin letters.
    expect(all).toMatch(/𝐸\s*𝑘/u);
    expect(all).toContain('∑');
    // Only the slide with the typo shows TeX, as written.
    expect(pageTexts.slice(0, -1).join('\n')).not.toMatch(/\\frac|\\sqrt|\\begin/);
    expect(pageTexts.at(-1)).toContain('$\\frac{1}{$');
  });
});
