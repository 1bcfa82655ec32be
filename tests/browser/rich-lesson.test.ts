// The acceptance deck (tests/fixtures/rich/lesson.md): inline and display math, code in five
// languages with step-through highlights, and three kinds of diagram, in one lesson. Each is checked
// as rendered (not as its source) in the audience view, the presenter console's previews and a PDF
// exported by the `mimbar` command as a user runs it, with not one request off the host.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import { loadDeck } from '../../app/core/files/load-deck';
import { readPdf, wordsOf } from '../support/read-pdf';
import { openPresenterPair, sendCommand } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';

const root = new URL('../../', import.meta.url).pathname;
const LESSON = join(root, 'tests/fixtures/rich/lesson.md');
const bin = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { mimbar: string } }).bin.mimbar);
const PRESENT = 'body > .reveal .slides section.present';

let browser: Browser;
let deck: Deck;
const scratch = mkdtempSync(join(tmpdir(), 'mimbar-lesson-'));

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadDeck(LESSON);
});
afterAll(async () => {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
});

function slide(id: string): Deck['slides'][number] {
  const found = deck.slides.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no slide ${id}: ${deck.slides.map((s) => s.id).join(', ')}`);
  return found;
}

/** What of each feature is drawn inside `scope`: formulas, highlighted tokens, lit lines, drawings. */
function drawn(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector);
    const visible = (element: Element): boolean => element.getBoundingClientRect().height > 0 && getComputedStyle(element).visibility === 'visible';
    // The copy of a stepped code block on top: the last visible one.
    const tops = Array.from(box?.querySelectorAll('.mimbar-code') ?? [], (block) => Array.from(block.querySelectorAll('.mimbar-code-step')).filter(visible).at(-1));
    return {
      fractions: Array.from(box?.querySelectorAll('math mfrac') ?? []).filter(visible).length,
      roots: Array.from(box?.querySelectorAll('math msqrt') ?? []).filter(visible).length,
      keywords: Array.from(box?.querySelectorAll('.hljs-keyword, .hljs-built_in, .hljs-tag') ?? []).filter(visible).length,
      lit: tops.map((top) => Array.from(top?.querySelectorAll('.mimbar-code-lit .mimbar-code-text') ?? [], (line) => (line.textContent ?? '').trim())),
      drawings: Array.from(box?.querySelectorAll('.mimbar-diagram svg') ?? []).filter(visible).map((svg) => ({
        shapes: svg.querySelectorAll('rect, path, polygon, circle, polyline, line').length,
        labels: Array.from(svg.querySelectorAll('text'), (text) => text.textContent ?? '').join(' '),
      })),
      source: box?.textContent ?? '',
    };
  }, scope);
}

describe('the lesson with formulas, code and diagrams', () => {
  it('shows each of them drawn in the audience view, code steps moving on a click, offline', async () => {
    const opened = await openDeck(browser, { deck, assetDir: join(root, 'tests/fixtures/rich'), watch: false });
    try {
      const go = async (id: string, fragment = -1) => {
        const { h, v } = slide(id);
        await sendCommand(opened.page, { type: 'goto', h, v, fragment });
        await opened.page.waitForSelector(`${PRESENT}[data-mimbar-slide="${id}"]`);
        return drawn(opened.page, PRESENT);
      };
      const mean = await go('rata-rata-nilai');
      expect(mean.fractions).toBeGreaterThanOrEqual(2);
      expect(mean.roots).toBe(1);
      expect(mean.source).not.toMatch(/\\frac|\\sqrt|\$\$/);

      expect((await go('menghitung-rata-rata-dengan-python')).lit).toEqual([['def rata_rata(nilai):']]);
      const python = await go('menghitung-rata-rata-dengan-python', 0);
      expect(python.lit).toEqual([['total = sum(nilai)  # jumlahkan semua', 'return total / len(nilai)']]);
      expect(python.keywords).toBeGreaterThan(2);
      expect((await go('dan-dengan-javascript', 1)).lit).toEqual([['console.log(`Rata-rata: ${rata}`);']]);
      expect((await go('tiga-bahasa-lain')).keywords).toBeGreaterThan(3);

      const flow = await go('alur-remedial');
      const sequence = await go('bertanya-di-kelas');
      const pie = await go('nilai-kelas');
      for (const [drawing, labels] of [[flow, ['Ujian', 'Nilai >= 75?', 'Remedial']], [sequence, ['Siswa', 'Guru', 'Bertanya']], [pie, ['Sebaran nilai', 'A', '47%']]] as const) {
        expect(drawing.drawings).toHaveLength(1);
        expect(drawing.drawings[0]?.shapes).toBeGreaterThan(3);
        for (const label of labels) expect(drawing.drawings[0]?.labels).toContain(label);
        expect(drawing.source).not.toMatch(/flowchart TD|sequenceDiagram|pie title/);
      }
      expect(foreignRequests(opened)).toEqual([]);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('shows them drawn in the presenter console: current and next previews', async () => {
    const pair = await openPresenterPair(browser, { deck, assetDir: join(root, 'tests/fixtures/rich'), watch: false });
    try {
      const at = async (id: string) => {
        const { h, v } = slide(id);
        await sendCommand(pair.console, { type: 'goto', h, v, fragment: -1 });
        await expect.poll(() => pair.console.getByTestId('current-slide').getAttribute('data-slide')).toBe(id);
        return { current: await drawn(pair.console, '[data-testid="current-slide"]'), next: await drawn(pair.console, '[data-testid="next-slide"]') };
      };
      const first = await at('rata-rata-nilai');
      expect(first.current.fractions).toBeGreaterThanOrEqual(2);
      expect(first.next.keywords).toBeGreaterThan(2);
      expect(first.next.lit).toEqual([['def rata_rata(nilai):']]);
      const diagrams = await at('alur-remedial');
      expect(diagrams.current.drawings[0]?.labels).toContain('Remedial');
      expect(diagrams.next.drawings[0]?.labels).toContain('Bertanya');
      expect(await pair.cspViolations()).toEqual([]);
      expect(pair.errors).toEqual([]);
    } finally {
      await pair.close();
    }
  });

  it('exports them drawn: `mimbar export` writes typeset formulas, code and diagram labels into the PDF', async () => {
    const pdf = join(scratch, 'pelajaran.pdf');
    const run = spawnSync(bin, ['export', LESSON, '-o', pdf], { cwd: scratch, encoding: 'utf8', timeout: 90_000 });
    expect(run.status, run.stderr).toBe(0);
    const { pages, pageTexts } = await readPdf(pdf);
    expect(pages).toBe(deck.slides.length);
    const page = (id: string): string => pageTexts[deck.slides.indexOf(slide(id))] ?? '';
    // Mathematical italic letters only come from a typeset formula.
    expect(page('rata-rata-nilai')).toMatch(/𝑥/u);
    expect(page('rata-rata-nilai')).toContain('∑');
    expect(page('rata-rata-nilai')).not.toMatch(/\\frac|\\sum/);
    expect(wordsOf(page('menghitung-rata-rata-dengan-python'))).toContain('def rata rata nilai');
    expect(wordsOf(page('tiga-bahasa-lain'))).toContain('system out println');
    expect(page('alur-remedial')).toContain('Remedial');
    expect(page('bertanya-di-kelas')).toContain('Bertanya');
    expect(page('nilai-kelas')).toContain('Sebaran nilai');
    expect(page('nilai-kelas')).not.toContain('pie title');
  });
});
