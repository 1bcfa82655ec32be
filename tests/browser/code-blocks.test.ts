// Highlighted code blocks (app/core/deck/code/, renderer/shared/styles/code.css) as a teacher sees them:
// token colours on the dark and the light theme, line numbers, the step-through highlights moving on
// a click in the audience page and in the console's current and next previews, and the code in an
// exported PDF. Nothing is requested off the host and the strict CSP holds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../app/cli/run-cli';
import type { Deck } from '../../app/contract/deck';
import { loadDeck } from '../../app/core/files/load-deck';
import { readPdf, wordsOf } from '../support/read-pdf';
import { expectConsoleRender, hostState, openPresenterPair, pressInConsole, sendCommand } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { launchChromium, requireBuiltRenderer } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';

const deckPath = fileURLToPath(new URL('../fixtures/rich/code.md', import.meta.url));
const PRESENT = 'body > .reveal .slides section.present';

/** The slide whose title is `title`. */
function slideTitled(deck: Deck, title: string): Deck['slides'][number] {
  const slide = deck.slides.find((candidate) => candidate.title === title);
  if (!slide) throw new Error(`no slide ${title}`);
  return slide;
}

/**
 * The lines of the code block in `root` as shown: on the copy that is on top (the last one visible),
 * the text of each line and whether it is highlighted (not dimmed).
 */
function shownLines(root: Locator): Promise<Array<{ text: string; lit: boolean }>> {
  return root.locator('.mimbar-code').first().evaluate((block) => {
    const copies = Array.from(block.querySelectorAll<HTMLElement>('.mimbar-code-step')).filter((copy) => getComputedStyle(copy).visibility === 'visible' && getComputedStyle(copy).opacity === '1');
    const top = copies.at(-1);
    if (!top) return [];
    return Array.from(top.querySelectorAll<HTMLElement>('.mimbar-code-line'), (line) => ({
      text: (line.querySelector('.mimbar-code-text')?.textContent ?? '').trim(),
      lit: Number(getComputedStyle(line).opacity) > 0.9,
    }));
  });
}

const litTexts = async (root: Locator): Promise<string[]> => (await shownLines(root)).filter((line) => line.lit).map((line) => line.text);

/** Goes to `slide` (no fragment shown) in the audience page and waits until it is present. */
async function show(page: Page, slide: Deck['slides'][number]): Promise<Locator> {
  await sendCommand(page, { type: 'goto', h: slide.h, v: slide.v, fragment: -1 });
  await page.waitForSelector(`${PRESENT}[data-mimbar-slide="${slide.id}"]`);
  return page.locator(PRESENT);
}

/** Colours a code block shows: its panel, its plain text, and its first keyword, string and comment. */
function codeColours(section: Locator): Promise<Record<'panel' | 'text' | 'keyword' | 'string' | 'comment', string>> {
  return section.locator('.mimbar-code').first().evaluate((block) => {
    const colour = (selector: string, property: 'color' | 'backgroundColor' = 'color'): string => {
      const element = block.querySelector(selector);
      return element ? getComputedStyle(element)[property] : 'none';
    };
    return {
      panel: colour('.mimbar-code-step', 'backgroundColor'),
      text: colour('.mimbar-code-text'),
      keyword: colour('.hljs-keyword'),
      string: colour('.hljs-string'),
      comment: colour('.hljs-comment'),
    };
  });
}

/** Relative luminance (WCAG) of `rgb(r, g, b)`. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map((value) => Number(value) / 255);
  const channel = (value: number): number => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

let browser: Browser;
let deck: Deck;

beforeAll(async () => {
  requireBuiltRenderer();
  browser = await launchChromium();
  deck = await loadDeck(deckPath);
});

afterAll(async () => {
  await browser?.close();
});

describe('code blocks in the audience view', () => {
  for (const theme of ['black', 'white'] as const) {
    describe(`on the ${theme} theme`, () => {
      let opened: OpenedDeck;

      beforeAll(async () => {
        opened = await openDeck(browser, { deck: { ...deck, meta: { ...deck.meta, theme } }, watch: false });
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('colours keywords, strings and comments apart from plain code, all readable on the panel', async () => {
        const section = await show(opened.page, slideTitled(deck, 'Python'));
        expect(await section.locator('.hljs-keyword').count()).toBeGreaterThan(0);
        const colours = await codeColours(section);
        expect(new Set([colours.text, colours.keyword, colours.string, colours.comment]).size).toBe(4);
        // A projector washes colours out: every token keeps at least 4.5:1 against the panel.
        for (const key of ['text', 'keyword', 'string', 'comment'] as const) expect(contrast(colours[key], colours.panel), key).toBeGreaterThanOrEqual(4.5);
        // Dark panel on the dark theme, light on the light one.
        expect(luminance(colours.panel) < 0.2).toBe(theme === 'black');
      });

      it('steps the highlighted lines on a click, dimming the others', async () => {
        const section = await show(opened.page, slideTitled(deck, 'JavaScript, step by step'));
        expect(await litTexts(section)).toEqual(['const nilai = [70, 85, 90];']);
        expect((await shownLines(section)).map((line) => line.text)).toHaveLength(3);
        await opened.page.keyboard.press('ArrowRight');
        await expect.poll(() => litTexts(section)).toEqual(['const total = nilai.reduce((a, b) => a + b, 0);', 'console.log(total / nilai.length);']);
        // Still the same slide: the step was a fragment.
        await expect.poll(async () => (await hostState(opened.page)).fragment).toBe(0);
        await opened.page.keyboard.press('ArrowLeft');
        await expect.poll(() => litTexts(section)).toEqual(['const nilai = [70, 85, 90];']);
      });

      it('numbers lines from the offset, a Slidev step lights a multi-line comment line by line', async () => {
        const java = await show(opened.page, slideTitled(deck, 'Java with numbers from 10'));
        expect(await java.locator('.mimbar-line-number').allTextContents()).toEqual(['10', '11', '12', '13', '14']);
        const slidev = await show(opened.page, slideTitled(deck, 'TypeScript, Slidev style'));
        await opened.page.keyboard.press('ArrowRight');
        await expect.poll(() => litTexts(slidev)).toEqual(['kelas sepuluh */', 'const daftar: Siswa[] = [];']);
        // The comment's second line is its own line, still coloured as a comment.
        expect(await slidev.locator('.mimbar-code-step.visible .mimbar-code-line').nth(2).locator('.hljs-comment').count()).toBe(1);
      });

      it('shows code that looks like markup as text, and an unknown language as plain code', async () => {
        const html = await show(opened.page, slideTitled(deck, 'HTML'));
        expect(await html.locator('script').count()).toBe(0);
        expect(await html.locator('.mimbar-code').innerText()).toContain('</code><script>alert(1)</script>');
        const unknown = await show(opened.page, slideTitled(deck, 'A language Mimbar does not know'));
        expect(await unknown.locator('.mimbar-code-text').innerText()).toContain("Qapla' batlh");
        expect(await unknown.locator('[class*="hljs-"]').count()).toBe(0);
        expect(foreignRequests(opened)).toEqual([]);
        expect(await opened.cspViolations()).toEqual([]);
        expect(opened.errors).toEqual([]);
      });
    });
  }
});

describe('code steps in the presenter console', () => {
  let pair: PresenterPair;

  beforeAll(async () => {
    pair = await openPresenterPair(browser, { deck, watch: false });
  });

  afterAll(async () => {
    await pair?.close();
  });

  it('the current preview shows the step on stage, the next preview the step a click brings', async () => {
    const slide = slideTitled(deck, 'JavaScript, step by step');
    await expectConsoleRender(pair.console, async () => {
      await sendCommand(pair.console, { type: 'goto', h: slide.h, v: slide.v, fragment: -1 });
    });
    const current = pair.console.getByTestId('current-slide');
    const next = pair.console.getByTestId('next-slide');
    expect(await current.getAttribute('data-slide')).toBe(slide.id);
    expect(await litTexts(current)).toEqual(['const nilai = [70, 85, 90];']);
    expect(await next.getAttribute('data-kind')).toBe('fragment');
    expect(await litTexts(next)).toEqual(['const total = nilai.reduce((a, b) => a + b, 0);', 'console.log(total / nilai.length);']);
    await pressInConsole(pair.console, 'ArrowRight');
    expect((await hostState(pair.console)).fragment).toBe(0);
    expect(await litTexts(current)).toEqual(['const total = nilai.reduce((a, b) => a + b, 0);', 'console.log(total / nilai.length);']);
    // The audience follows.
    await expect.poll(() => litTexts(pair.audience.locator(PRESENT))).toEqual(['const total = nilai.reduce((a, b) => a + b, 0);', 'console.log(total / nilai.length);']);
    expect(pair.errors).toEqual([]);
  });
});

describe('code blocks in an exported PDF', () => {
  const out = mkdtempSync(join(tmpdir(), 'mimbar-code-pdf-'));

  async function exportPdf(name: string, ...flags: string[]): Promise<string> {
    let err = '';
    const path = join(out, name);
    const code = await runCli(['export', deckPath, '-o', path, ...flags], { out: () => undefined, err: (text) => (err += text) });
    expect(err).toBe('');
    expect(code).toBe(0);
    return path;
  }

  it('prints the code as text, once per block, every language', async () => {
    const pdf = await readPdf(await exportPdf('code.pdf'));
    expect(pdf.pages).toBe(deck.slides.length);
    const pageOf = (title: string): string => pdf.pageTexts[deck.slides.indexOf(slideTitled(deck, title))] ?? '';
    expect(wordsOf(pageOf('Python'))).toContain(wordsOf('return sisi * sisi # sisi kali sisi'));
    expect(wordsOf(pageOf('SQL'))).toContain(wordsOf('SELECT nama, nilai FROM siswa'));
    expect(wordsOf(pageOf('Java with numbers from 10'))).toContain(wordsOf('System.out.println("Halo, dunia!");'));
    expect(wordsOf(pageOf('A language Mimbar does not know'))).toContain(wordsOf("Qapla' batlh"));
    expect(wordsOf(pageOf('HTML'))).toContain(wordsOf('</code><script>alert(1)</script>'));
    // The final state shows the last step's copy only: the code is on the page once.
    expect(wordsOf(pageOf('JavaScript, step by step')).split('nilai reduce')).toHaveLength(2);
  });

  it('with --fragments steps, prints each highlight step on its own page', async () => {
    const pdf = await readPdf(await exportPdf('code-steps.pdf', '--fragments', 'steps'));
    // Two slides have two steps each: one more page each.
    expect(pdf.pages).toBe(deck.slides.length + 2);
  });
});
