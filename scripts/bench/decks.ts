/**
 * The decks the benchmarks run on: the bundled article, and the article repeated n times ("article ×n",
 * 51·n slides), written into one temporary folder per run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RICH_DECK_NAME, richLessonText } from './rich-deck';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTICLE_PATH = `${ROOT}slides/manfaat-hubungan-internasional.md`;

/** A generated deck on disk. */
export interface BenchDeck {
  /** "article" or "article ×n". */
  name: string;
  /** How many times the article's body is repeated. */
  times: number;
  path: string;
  bytes: number;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** The article's text, and the same front matter with its body repeated `times` times. */
export function articleTimes(times: number): string {
  const article = readFileSync(ARTICLE_PATH, 'utf8');
  const frontMatter = FRONT_MATTER.exec(article)?.[0] ?? '';
  const body = article.slice(frontMatter.length);
  return times === 1 ? article : frontMatter + Array.from({ length: times }, () => body).join('\n');
}

/** Writes decks into a fresh temporary folder: the article ×n, and the rich lesson (rich-deck.ts). */
export function createDeckFolder(): { folder: string; deck(times: number): BenchDeck; rich(): BenchDeck } {
  const folder = mkdtempSync(join(tmpdir(), 'mimbar-bench-'));
  const written = new Map<number, BenchDeck>();
  return {
    folder,
    deck(times) {
      const known = written.get(times);
      if (known) return known;
      const text = articleTimes(times);
      const path = join(folder, times === 1 ? 'article.md' : `article-x${times}.md`);
      writeFileSync(path, text);
      const deck = { name: deckName(times), times, path, bytes: Buffer.byteLength(text) };
      written.set(times, deck);
      return deck;
    },
    rich() {
      const text = richLessonText();
      const path = join(folder, 'rich-lesson.md');
      writeFileSync(path, text);
      return { name: RICH_DECK_NAME, times: 1, path, bytes: Buffer.byteLength(text) };
    },
  };
}

export function deckName(times: number): string {
  return times === 1 ? 'article' : `article ×${times}`;
}

/** The p-th percentile (nearest rank) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The median of `values`; NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
