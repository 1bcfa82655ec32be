/**
 * Deck build (Markdown → Deck, in Node): the article, ×10 and ×100, each in a process of its own. The
 * first build of a process is a warm-up; the median of the rest is reported, with MB/s and peak RSS.
 * Targets: ×100 under 1 s, and linear growth (×100 takes at most 12 times as long as ×10).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchDeck } from './decks';
import { median } from './decks';
import { formatMb, formatMs, type BenchRow } from './report';

const WORKER = fileURLToPath(new URL('./build-worker.ts', import.meta.url));
const TARGET_MS = 1000;
const LINEAR_LIMIT = 1.2;

interface WorkerResult {
  slides: number;
  times: number[];
  prepareMs: number;
  idleRssMb: number;
  peakRssMb: number;
}

function runWorker(deck: BenchDeck, runs: number): WorkerResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', WORKER, deck.path, String(runs + 1)], { encoding: 'utf8' });
  return JSON.parse(output) as WorkerResult;
}

/** Measured builds: one row per deck, then the growth row; `series` gets seconds per slide count. */
export function benchBuild(decks: readonly BenchDeck[], runs: number): { rows: BenchRow[]; series: { slides: number; seconds: number }[] } {
  const rows: BenchRow[] = [];
  const measured: { deck: BenchDeck; slides: number; ms: number }[] = [];
  for (const deck of decks) {
    process.stderr.write(`deck build: ${deck.name}\n`);
    const result = runWorker(deck, runs);
    const ms = median(result.times.slice(1));
    const mbPerSecond = deck.bytes / 1024 / 1024 / (ms / 1000);
    measured.push({ deck, slides: result.slides, ms });
    const isLargest = deck === decks.at(-1) && decks.length > 1;
    rows.push({
      benchmark: 'deck build',
      deck: deck.name,
      slides: result.slides,
      measured: `${formatMs(ms)} (${mbPerSecond.toFixed(1)} MB/s)`,
      value: ms,
      unit: 'ms',
      target: isLargest ? { text: `< ${formatMs(TARGET_MS)}`, met: ms < TARGET_MS } : null,
      memory: `${formatMb(result.peakRssMb)} RSS (${formatMb(result.idleRssMb)} idle)`,
    });
  }
  const [small, large] = measured.slice(-2);
  if (measured.length >= 2 && small && large) {
    const sizeRatio = large.deck.bytes / small.deck.bytes;
    const timeRatio = large.ms / small.ms;
    rows.push({
      benchmark: 'deck build growth',
      deck: `${small.deck.name} → ${large.deck.name}`,
      slides: large.slides,
      measured: `${timeRatio.toFixed(1)}× the time for ${sizeRatio.toFixed(1)}× the text`,
      value: timeRatio / sizeRatio,
      unit: 'ratio',
      target: { text: `linear: ≤ ${(LINEAR_LIMIT * sizeRatio).toFixed(0)}×`, met: timeRatio <= LINEAR_LIMIT * sizeRatio },
      memory: null,
    });
  }
  return { rows, series: measured.map((entry) => ({ slides: entry.slides, seconds: entry.ms / 1000 })) };
}

/** The rich lesson's build (after a warm-up), and what loading the diagram library cost that process first. */
export function benchRichBuild(deck: BenchDeck, runs: number): BenchRow[] {
  process.stderr.write(`deck build: ${deck.name}\n`);
  const result = runWorker(deck, runs);
  const ms = median(result.times.slice(1));
  const memory = `${formatMb(result.peakRssMb)} RSS (${formatMb(result.idleRssMb)} idle)`;
  return [
    { benchmark: 'deck build', deck: deck.name, slides: result.slides, measured: `${formatMs(ms)} (first build ${formatMs(result.times[0] ?? Number.NaN)})`, value: ms, unit: 'ms', target: { text: `< ${formatMs(TARGET_MS)}`, met: ms < TARGET_MS }, memory },
    { benchmark: 'diagram library load', deck: deck.name, slides: result.slides, measured: formatMs(result.prepareMs), value: result.prepareMs, unit: 'ms', target: null, memory: null },
  ];
}
