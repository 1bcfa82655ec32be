/**
 * Rebuild after a one-word edit (Markdown → Deck, in Node), before and after the incremental builder:
 * the article's body repeated `times` times (front matter once), edited `runs` times, each time one word
 * in a different section. "full" builds each edited text with `buildDeck` (what every reload cost
 * before); "incremental" with a `DeckBuilder` after it has built the unedited deck, as a reload does.
 * Medians in ms. Run alone with `npx tsx scripts/bench/incremental.ts [times] [runs]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '../../app/core/deck/build-deck';
import { createDeckBuilder } from '../../app/core/deck/incremental/deck-builder';
import type { IncrementalStats } from '../../app/core/deck/incremental/build-deck-incremental';
import { repeatDeck } from '../../tests/support/random-edits';
import { deckName, median } from './decks';
import { formatMs, type BenchRow } from './report';

const ARTICLE = fileURLToPath(new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url));
const WORD = 'Latihan militer bersama memperkuat';

export interface IncrementalBench {
  times: number;
  slides: number;
  bytes: number;
  /** Median ms of a full build of an edited text. */
  fullMs: number;
  /** Median ms of `DeckBuilder.build` on an edited text, after the unedited one. */
  incrementalMs: number;
  /** What the last incremental rebuild did. */
  stats: IncrementalStats;
}

/** Times full and incremental rebuilds of `times` × the article after `runs` one-word edits. */
export function benchIncremental(times = 100, runs = 5): IncrementalBench {
  const text = repeatDeck(readFileSync(ARTICLE, 'utf8'), times);
  // One word changed in a different copy of the body each run (plus one warm-up edit first).
  const edits = Array.from({ length: runs + 1 }, (_, run) => {
    const at = text.indexOf(WORD, Math.floor(((run + 0.5) * text.length) / (runs + 1)));
    return `${text.slice(0, at)}Latihan${run}${text.slice(at + 'Latihan'.length)}`;
  });
  const full = edits.map((edited) => timed(() => buildDeck(edited, { fallbackTitle: 'deck.md' })));
  const builder = createDeckBuilder();
  const incremental = edits.map((edited) => {
    builder.build(text, { fallbackTitle: 'deck.md' });
    return timed(() => builder.build(edited, { fallbackTitle: 'deck.md' }));
  });
  return {
    times,
    slides: builder.build(text).slides.length,
    bytes: Buffer.byteLength(text),
    fullMs: median(full.slice(1)),
    incrementalMs: median(incremental.slice(1)),
    stats: builder.stats(),
  };
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}


/** The row for the table: a reload after an edit, against a full build; met when only the edited section was parsed again. */
export function incrementalRow(times: number, runs: number): BenchRow {
  process.stderr.write(`rebuild after an edit: ${deckName(times)}\n`);
  const result = benchIncremental(times, runs);
  const { piecesLexed, slidesBuilt, slidesReused } = result.stats;
  return {
    benchmark: 'rebuild after an edit',
    deck: deckName(times),
    slides: result.slides,
    measured: `${formatMs(result.incrementalMs)} (full build ${formatMs(result.fullMs)}; pieces lexed: ${piecesLexed}, sections built: ${slidesBuilt}, reused: ${slidesReused})`,
    value: result.incrementalMs,
    unit: 'ms',
    target: { text: 'only the edited section parsed again', met: piecesLexed <= 1 && slidesBuilt <= 1 },
    memory: null,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(benchIncremental(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 5)), null, 2));
}
