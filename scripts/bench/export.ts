/**
 * `npm run bench:export`: times the CLI's PDF export for the article and for a 10× deck generated from
 * it, against the floor (the same Chromium printing a static HTML file with as many pages), and, with
 * `--peers`, against Marp CLI (installed into a temporary folder). Prints a table; writes .bench/export.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createChromiumPrinter } from '../../app/cli/chromium-printer';
import { chromiumArgs, findChromium } from '../../app/cli/find-chromium';
import { DEFAULT_EXPORT_OPTIONS } from '../../app/contract/export';
import { runExport } from '../../app/core/export/run-export';
import { loadDeck } from '../../app/core/load-deck';
import { htmlToText } from '../../app/core/markdown';
import { samplePeakMemory } from './process-memory';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mimbar-bench-'));
const chrome = findChromium();
const RUNS = 3;

interface Row {
  deck: string;
  tool: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakMb: number;
}

async function timed(run: () => Promise<number>): Promise<{ pages: number; seconds: number; peakMb: number }> {
  const stop = samplePeakMemory();
  const start = performance.now();
  const pages = await run();
  const seconds = (performance.now() - start) / 1000;
  return { pages, seconds, peakMb: stop() };
}

async function mimbarExport(deckPath: string, out: string): Promise<number> {
  const deck = await loadDeck(deckPath);
  const result = await runExport(
    { deck: { deck, assetBase: '/deck/', fileName: 'bench.md', notice: null, assetVersion: 0 }, sourcePath: deckPath, outputPath: out, options: DEFAULT_EXPORT_OPTIONS },
    createChromiumPrinter({ executablePath: chrome, distDir: `${root}dist`, assetDir: root }),
    { onProgress: () => undefined, signal: new AbortController().signal },
  );
  return result.pages;
}

/** The floor: the same Chromium printing a static page with one 16:9 page per slide and the same text. */
async function floorExport(deckPath: string, out: string): Promise<number> {
  const deck = await loadDeck(deckPath);
  const pages = deck.slides
    .map((slide) => `<section><h2>${escape(slide.title)}</h2><p>${escape(htmlToText(slide.html))}</p></section>`)
    .join('\n');
  const html = `<!doctype html><meta charset="utf-8"><title>floor</title><style>@page{size:338.667mm 190.5mm;margin:0}body{margin:0;font:28px sans-serif}section{height:190.5mm;break-after:page;padding:40px;box-sizing:border-box;background:#191919;color:#fff}</style>${pages}`;
  const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    writeFileSync(out, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await browser.close();
  }
  return deck.slides.length;
}

/** Marp CLI on the same content (slides split at `---`), installed on demand into a temporary folder. */
function marpExport(deckPath: string, out: string): Promise<number> {
  const marpDir = join(work, 'marp');
  mkdirSync(marpDir, { recursive: true });
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefix', marpDir, '@marp-team/marp-cli'], { stdio: 'inherit' });
  const deck = readFileSync(deckPath, 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/\n(?=#{1,3} )/g, '\n---\n\n');
  const source = join(work, 'marp-deck.md');
  writeFileSync(source, deck);
  execFileSync(join(marpDir, 'node_modules/.bin/marp'), ['--pdf', '--allow-local-files', '-o', out, source], {
    env: { ...process.env, CHROME_PATH: chrome, CHROME_NO_SANDBOX: '1' },
    stdio: 'ignore',
  });
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
  return Promise.resolve(Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0));
}

function escape(text: string): string {
  return text.replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function tenfold(): string {
  const article = readFileSync(`${root}slides/manfaat-hubungan-internasional.md`, 'utf8');
  const [frontMatter, body] = [/^---[\s\S]*?\n---\n/.exec(article)?.[0] ?? '', article.replace(/^---[\s\S]*?\n---\n/, '')];
  const path = join(work, 'article-10x.md');
  writeFileSync(path, frontMatter + Array.from({ length: 10 }, () => body).join('\n'));
  return path;
}

async function main(): Promise<void> {
  const withPeers = process.argv.includes('--peers');
  const decks = [
    { name: 'article', path: `${root}slides/manfaat-hubungan-internasional.md` },
    { name: 'article ×10', path: tenfold() },
  ];
  const rows: Row[] = [];
  for (const deck of decks) {
    const tools: [string, (path: string, out: string) => Promise<number>][] = [
      ['chromium floor', floorExport],
      ['mimbar export', mimbarExport],
      ...(withPeers ? ([['marp-cli', marpExport]] as [string, (path: string, out: string) => Promise<number>][]) : []),
    ];
    for (const [tool, run] of tools) {
      await run(deck.path, join(work, 'warm.pdf')); // first run warms the disk cache
      // The median of three runs: a 2-core machine's timings vary run to run.
      const results = [];
      for (let i = 0; i < RUNS; i += 1) results.push(await timed(() => run(deck.path, join(work, `${tool}.pdf`))));
      results.sort((a, b) => a.seconds - b.seconds);
      const result = results[Math.floor(RUNS / 2)] as (typeof results)[number];
      rows.push({ deck: deck.name, tool, ...result, peakMb: Math.max(...results.map((r) => r.peakMb)), pagesPerSecond: result.pages / result.seconds });
    }
  }
  printTable(rows);
  mkdirSync(`${root}.bench`, { recursive: true });
  writeFileSync(`${root}.bench/export.json`, `${JSON.stringify({ date: new Date().toISOString(), chrome, rows }, null, 2)}\n`);
}

function printTable(rows: Row[]): void {
  const floor = (deck: string) => rows.find((row) => row.deck === deck && row.tool === 'chromium floor');
  const marp = (deck: string) => rows.find((row) => row.deck === deck && row.tool === 'marp-cli');
  console.log('deck          tool             pages  seconds  pages/s  peak MB  vs floor  vs marp');
  for (const row of rows) {
    const ratio = (other: Row | undefined) => (other ? `${(row.seconds / other.seconds).toFixed(2)}×` : '—');
    console.log(
      `${row.deck.padEnd(13)} ${row.tool.padEnd(16)} ${String(row.pages).padStart(5)}  ${row.seconds.toFixed(2).padStart(7)}  ${row.pagesPerSecond.toFixed(1).padStart(7)}  ${row.peakMb.toFixed(0).padStart(7)}  ${ratio(floor(row.deck)).padStart(8)}  ${ratio(marp(row.deck)).padStart(7)}`,
    );
  }
  console.log('targets: article mimbar export ≤ 1.2× floor; article ×10 ≤ 0.6× marp-cli (run with --peers) and well under 5 s');
}

await main();
