/**
 * PDF export, timed end to end: Mimbar's export (the CLI's path: print view in Chromium) against the
 * floor (the same Chromium printing a static page with one 16:9 page and the same text per slide) and,
 * with `--peers`, against Marp CLI (installed into a temporary folder, converting the same content split
 * at the same headings). The median of `runs` runs after a warm-up; peak RSS of this process tree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startChromiumPrinter } from '../../app/cli/chromium-printer';
import { chromiumArgs, findChromium } from '../../app/cli/find-chromium';
import { DEFAULT_EXPORT_OPTIONS } from '../../app/contract/export';
import { runExport } from '../../app/core/export/run-export';
import { loadDeck } from '../../app/core/files/load-deck';
import { readDeckPayload } from '../../app/core/session/deck-session';
import { htmlToText } from '../../app/core/deck/markdown';
import type { BenchDeck } from './decks';
import { median, ROOT } from './decks';
import { samplePeakMemory } from './process-memory';
import { formatMb, type BenchRow } from './report';

/** Mimbar must take at most this share of Marp CLI's time on the same deck. */
export const MARP_RATIO_TARGET = 0.6;

export type Exporter = (deck: BenchDeck, out: string) => Promise<number>;

interface Timing {
  pages: number;
  seconds: number;
  peakMb: number;
}

async function timeRuns(run: Exporter, deck: BenchDeck, out: string, runs: number, warm: boolean): Promise<Timing> {
  if (warm) await run(deck, out); // the first run warms the disk cache
  const results: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const stop = samplePeakMemory();
    const start = performance.now();
    const pages = await run(deck, out);
    results.push({ pages, seconds: (performance.now() - start) / 1000, peakMb: stop() });
  }
  const seconds = median(results.map((result) => result.seconds));
  return { pages: results[0]?.pages ?? 0, seconds, peakMb: Math.max(...results.map((result) => result.peakMb)) };
}

const mimbarExport: Exporter = async (deck, out) => {
  const printer = startChromiumPrinter({ executablePath: findChromium(), distDir: `${ROOT}dist`, assetDir: ROOT });
  try {
    const result = await runExport(
      { deck: await readDeckPayload(deck.path, '/deck/'), sourcePath: deck.path, outputPath: out, options: DEFAULT_EXPORT_OPTIONS },
      printer,
      { onProgress: () => undefined, signal: new AbortController().signal },
    );
    return result.pages;
  } finally {
    await printer.close();
  }
};

function escape(text: string): string {
  return text.replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The floor's page: one static 16:9 page per slide with its title and text, no script, no web fonts. */
export async function floorHtml(deck: BenchDeck): Promise<{ html: string; slides: number }> {
  const built = await loadDeck(deck.path);
  const pages = built.slides.map((slide) => `<section><h2>${escape(slide.title)}</h2><p>${escape(htmlToText(slide.html))}</p></section>`).join('\n');
  const html = `<!doctype html><meta charset="utf-8"><title>floor</title><style>@page{size:338.667mm 190.5mm;margin:0}body{margin:0;font:28px sans-serif}section{height:190.5mm;break-after:page;padding:40px;box-sizing:border-box;background:#191919;color:#fff}</style>${pages}`;
  return { html, slides: built.slides.length };
}

const floorExport: Exporter = async (deck, out) => {
  const { html, slides } = await floorHtml(deck);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    writeFileSync(out, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
  return slides;
};

/** Installs Marp CLI once into `folder` (needs the npm registry) and returns its exporter (a whole `marp` process per call). */
export function marpExporter(folder: string): Exporter {
  const marp = join(folder, 'node_modules/.bin/marp');
  if (!existsSync(marp)) {
    process.stderr.write('installing @marp-team/marp-cli into a temporary folder…\n');
    execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', folder, '@marp-team/marp-cli'], { stdio: 'inherit' });
  }
  return (deck, out) => {
    // The same content, split at the headings Mimbar splits at (front matter dropped).
    const text = readFileSync(deck.path, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/\n(?=#{1,3} )/g, '\n---\n\n');
    const source = join(folder, `${deck.name.replace(/\W+/g, '-')}.md`);
    writeFileSync(source, text);
    execFileSync(marp, ['--pdf', '--allow-local-files', '-o', out, source], { env: { ...process.env, CHROME_PATH: findChromium(), CHROME_NO_SANDBOX: '1' }, stdio: 'ignore' });
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    return Promise.resolve(Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0));
  };
}

/** Export rows for every deck; `series` holds seconds per slide count for each tool. */
export async function benchExport(
  decks: readonly BenchDeck[],
  options: { runs: number; warm: boolean; peers: boolean; peerDecks: readonly BenchDeck[] },
): Promise<{ rows: BenchRow[]; series: Record<string, { slides: number; seconds: number }[]> }> {
  const work = mkdtempSync(join(tmpdir(), 'mimbar-bench-export-'));
  mkdirSync(join(work, 'marp'), { recursive: true });
  const tools: [string, Exporter, readonly BenchDeck[]][] = [
    ['chromium floor', floorExport, decks],
    ['mimbar export', mimbarExport, decks],
    ...(options.peers ? [['marp-cli', marpExporter(join(work, 'marp')), options.peerDecks] as [string, Exporter, readonly BenchDeck[]]] : []),
  ];
  const timings = new Map<string, Timing>();
  const series: Record<string, { slides: number; seconds: number }[]> = {};
  for (const deck of decks) {
    for (const [tool, run, toolDecks] of tools) {
      if (!toolDecks.includes(deck)) continue;
      process.stderr.write(`export: ${tool}, ${deck.name}\n`);
      const timing = await timeRuns(run, deck, join(work, `${tool.replace(/\W+/g, '-')}.pdf`), options.runs, options.warm);
      timings.set(`${tool}|${deck.name}`, timing);
      (series[tool] ??= []).push({ slides: timing.pages, seconds: timing.seconds });
    }
  }
  const rows: BenchRow[] = [];
  for (const deck of decks) {
    const floor = timings.get(`chromium floor|${deck.name}`);
    const marp = timings.get(`marp-cli|${deck.name}`);
    for (const [tool] of tools) {
      const timing = timings.get(`${tool}|${deck.name}`);
      if (!timing) continue;
      const pagesPerSecond = timing.pages / timing.seconds;
      const beside = [
        tool !== 'chromium floor' && floor ? `${(timing.seconds / floor.seconds).toFixed(2)}× floor` : null,
        tool === 'mimbar export' && marp ? `${(timing.seconds / marp.seconds).toFixed(2)}× marp-cli` : null,
      ].filter((text) => text !== null);
      const isMimbar = tool === 'mimbar export';
      rows.push({
        benchmark: `export: ${tool}`,
        deck: deck.name,
        slides: timing.pages,
        measured: `${pagesPerSecond.toFixed(1)} pages/s (${timing.seconds.toFixed(2)} s${beside.length > 0 ? `; ${beside.join(', ')}` : ''})`,
        value: pagesPerSecond,
        unit: 'pages/s',
        target: isMimbar && marp ? { text: `≤ ${MARP_RATIO_TARGET}× marp-cli time`, met: timing.seconds <= MARP_RATIO_TARGET * marp.seconds } : null,
        memory: `${formatMb(timing.peakMb)} PSS (process tree)`,
      });
    }
  }
  return { rows, series };
}
