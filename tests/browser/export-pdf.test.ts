// Real PDFs from the CLI's export (headless Debian Chromium), inspected with pdfjs-dist: page counts per
// layout, text, outline, metadata; fragments; a missing image; and the user errors that must leave no file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../app/cli/run-cli';
import type { Deck } from '../../app/contract/deck';
import { loadDeck } from '../../app/core/files/load-deck';
import { readPdf, wordsOf, type PdfSummary } from '../support/read-pdf';
import { requireBuiltRenderer } from './support/chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = `${root}slides/manfaat-hubungan-internasional.md`;
const fragments = `${root}tests/fixtures/fragments/fragments.md`;
const out = mkdtempSync(join(tmpdir(), 'mimbar-pdf-'));

async function exportPdf(deckPath: string, name: string, ...flags: string[]): Promise<{ code: number; err: string; path: string }> {
  let err = '';
  const path = join(out, name);
  const code = await runCli(['export', deckPath, '-o', path, ...flags], { out: () => undefined, err: (text) => (err += text) });
  return { code, err, path };
}

describe('mimbar export (Chromium)', () => {
  let deck: Deck;
  let slides: PdfSummary;

  beforeAll(async () => {
    requireBuiltRenderer();
    deck = await loadDeck(article);
    const result = await exportPdf(article, 'slides.pdf');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    slides = await readPdf(result.path);
  });

  it('prints one page per slide, with every slide title in the text', () => {
    expect(slides.pages).toBe(deck.slides.length);
    deck.slides.forEach((slide, index) => {
      const title = wordsOf(slide.title.replace(/ \(\d+\/\d+\)$/, ''));
      expect(wordsOf(slides.pageTexts[index] ?? ''), slide.id).toContain(title);
    });
  });

  it('draws each sampled page: the slide is on the paper, not a blank or cut page', () => {
    for (const page of [1, 3, deck.slides.length]) {
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(page), '-l', String(page), join(out, 'slides.pdf')]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      expect(header, `page ${page}`).not.toBeNull();
      const pixels = pgm.subarray(header?.[0].length ?? 0);
      const background = pixels[0] ?? 0;
      // Text is drawn: a share of the pixels differs clearly from the background.
      const ink = pixels.filter((value) => Math.abs(value - background) > 64).length / pixels.length;
      expect(ink, `page ${page}`).toBeGreaterThan(0.01);
      // And the slide's own background fills the sheet edge to edge (no white margin, nothing shifted).
      const last = pixels[pixels.length - 1] ?? 255;
      expect(Math.abs(last - background), `page ${page}`).toBeLessThan(16);
    }
  });

  it('has one outline entry per slide, in order, and the deck title in the metadata', () => {
    expect(slides.outline.map(wordsOf)).toEqual(deck.slides.map((slide) => wordsOf(slide.title)));
    expect(slides.info.Title).toBe(deck.meta.title);
  });

  it('prints handout-3 on ceil(n/3) pages with slide numbers', async () => {
    const result = await exportPdf(article, 'handout-3.pdf', '--layout', 'handout-3');
    expect(result.code).toBe(0);
    const pdf = await readPdf(result.path);
    expect(pdf.pages).toBe(Math.ceil(deck.slides.length / 3));
    expect(pdf.outline).toHaveLength(deck.slides.length);
    // The last sheet numbers its slides: 49, 50 and 51 for the article's 51 slides.
    const numbers = (pdf.pageTexts.at(-1) ?? '').split(/\s+/).filter((token) => /^\d+$/.test(token));
    const n = deck.slides.length;
    expect(numbers).toEqual(expect.arrayContaining(Array.from({ length: n - 3 * (pdf.pages - 1) }, (_, i) => String(3 * (pdf.pages - 1) + i + 1))));
  });

  it('prints notes pages on portrait A4: one page per slide in order, its notes under it, continuing only for long notes', async () => {
    const result = await exportPdf(article, 'notes-pages.pdf', '--layout', 'notes-pages');
    expect(result.code).toBe(0);
    const pdf = await readPdf(result.path);
    expect(execFileSync('pdfinfo', [result.path]).toString()).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const n = deck.slides.length;
    // Each page opens with its header, "k / n · title"; a continuation page adds "(lanjutan)".
    const headers = pdf.pageTexts.map((text) => /^\s*(\d+) \/ (\d+) ·/.exec(text));
    expect(headers.every((header) => header?.[2] === String(n))).toBe(true);
    const continued = pdf.pageTexts.map((text) => text.includes('(lanjutan)'));
    expect(headers.filter((_, index) => !continued[index]).map((header) => Number(header?.[1]))).toEqual(Array.from({ length: n }, (_, index) => index + 1));
    expect(pdf.pages).toBe(n + continued.filter(Boolean).length);
    // The article's notes each fit under their slide: one page per slide, not two.
    expect(pdf.pages).toBe(n);
    const text = wordsOf(pdf.pageTexts.join(' '));
    for (const slide of deck.slides.filter((s) => s.notes.text !== '')) {
      expect(text, slide.id).toContain(wordsOf(slide.notes.text.split(/(?<=[.!?])\s/)[0] ?? ''));
    }
    // A slide without notes says so on its own page, under its picture.
    const silent = deck.slides.findIndex((slide) => slide.notes.text.trim() === '');
    expect(silent).toBeGreaterThanOrEqual(0);
    expect(pdf.pageTexts[silent]).toContain('Tidak ada catatan.');
    expect(pdf.outline).toHaveLength(n);
  });

  it('prints handouts on white paper by default, and in the deck theme with --slide-theme deck', async () => {
    const light = await exportPdf(article, 'handout-6.pdf', '--layout', 'handout-6');
    const dark = await exportPdf(article, 'handout-6-deck.pdf', '--layout', 'handout-6', '--slide-theme', 'deck');
    expect([light.code, dark.code]).toEqual([0, 0]);
    expect((await readPdf(light.path)).pages).toBe(Math.ceil(deck.slides.length / 6));
    // Toner: the share of the first sheet printed dark (grey below 96 of 255).
    const darkShare = (path: string): number => {
      const pgm = execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', '1', '-l', '1', path]);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      const pixels = pgm.subarray(header?.[0].length ?? 0);
      return pixels.filter((value) => value < 96).length / pixels.length;
    };
    expect(darkShare(light.path)).toBeLessThan(0.03);
    expect(darkShare(dark.path)).toBeGreaterThan(0.2);
  });

  it('adds pages for fragment steps only with --fragments steps, and completes with a missing image', async () => {
    const final = await exportPdf(fragments, 'final.pdf');
    const steps = await exportPdf(fragments, 'steps.pdf', '--fragments', 'steps');
    expect([final.code, steps.code]).toEqual([0, 0]);
    expect((await readPdf(final.path)).pages).toBe(3);
    const stepped = await readPdf(steps.path);
    expect(stepped.pages).toBe(6);
    expect(stepped.outline).toHaveLength(3);
    expect(wordsOf(stepped.pageTexts[1] ?? '')).not.toContain('pertama');
    expect(wordsOf(stepped.pageTexts[2] ?? '')).toContain('pertama');
    expect(wordsOf(stepped.pageTexts[4] ?? '')).toContain('ketiga');
  });

  it('refuses to export onto the deck or into a folder it cannot write, in one line, leaving no file', async () => {
    const before = readdirSync(join(root, 'slides'));
    const onto = await runCliCapturing(['export', article, '-o', article]);
    expect(onto.code).toBe(1);
    expect(onto.err).toMatch(/^mimbar: Refusing to write a PDF to manfaat-hubungan-internasional\.md/);
    expect(readdirSync(join(root, 'slides'))).toEqual(before);
    // As root every folder passes the permission check; /proc still refuses the write itself.
    const unwritable = await runCliCapturing(['export', article, '-o', '/proc/mimbar.pdf']);
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toMatch(/^mimbar: Cannot write \/proc\/mimbar\.pdf/);
    expect(unwritable.err.trim().split('\n')).toHaveLength(1);
    expect(existsSync('/proc/mimbar.pdf')).toBe(false);
    const missing = await runCliCapturing(['export', article, '-o', join(out, 'no-such-folder', 'x.pdf')]);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/does not exist\.\n$/) });
  });
});

async function runCliCapturing(argv: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await runCli(argv, { out: () => undefined, err: (text) => (err += text) });
  return { code, err };
}
