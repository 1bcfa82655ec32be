/**
 * One row per measured figure, with its target beside it, printed as one Markdown table (the same text
 * goes into docs/performance.md) and saved as JSON.
 */

/** A target a figure is held to: `text` as printed, `met` as measured. */
export interface Target {
  text: string;
  met: boolean;
}

/** One measured figure. */
export interface BenchRow {
  /** What was measured, e.g. "deck build", "slide change p95". */
  benchmark: string;
  /** Deck name, e.g. "article ×100". */
  deck: string;
  slides: number;
  /** The figure as printed, e.g. "352 ms (5.8 MB/s)". */
  measured: string;
  /** The main number, in `unit`, for JSON readers and the chart. */
  value: number;
  unit: 'ms' | 's' | 'pages/s' | 'ratio';
  target: Target | null;
  /** Peak memory while measuring this figure, e.g. "310 MB RSS" (null: not measured). */
  memory: string | null;
}

/** A whole run: the rows, and the series the chart draws. */
export interface BenchReport {
  date: string;
  mode: 'full' | 'smoke';
  machine: string;
  rows: BenchRow[];
  /** Seconds against slide count, per series name (e.g. "deck build", "mimbar export"). */
  series: Record<string, { slides: number; seconds: number }[]>;
  /** Lines printed under the table: what each figure means, and what was skipped. */
  notes: string[];
}

const HEADER = ['benchmark', 'deck', 'slides', 'measured', 'target', 'met', 'peak memory'];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The rows as a Markdown table. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const met = row.target === null ? '' : row.target.met ? 'yes' : '**no**';
    lines.push(
      `| ${[row.benchmark, row.deck, row.slides.toLocaleString('en-US'), row.measured, row.target?.text ?? '—', met, row.memory ?? '—'].map(cell).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Milliseconds as "12.3 ms", "123 ms" or "1.23 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 1000 ? `${ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Megabytes as "123 MB". */
export function formatMb(mb: number): string {
  return `${mb.toFixed(0)} MB`;
}
