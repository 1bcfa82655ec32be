/**
 * `buildDeck` that remembers its work between builds of similar texts: the body is lexed in pieces kept
 * by their text (lex-chunks.ts) and each raw slide's slides are kept by what they are built from
 * (slide-cache.ts), so a rebuild after an edit lexes and renders only the sections that changed. The deck
 * equals `buildDeck(text, options)`; tests compare the two on every fixture and on random edits.
 */
import type { Marked } from 'marked';
import type { Deck } from '../../../contract/deck';
import { assembleDeck, buildDeck, type BuildOptions } from '../build-deck';
import { createMarkdown } from '../markdown';
import { prepareText } from '../prepare-text';
import { ChunkLexer } from './lex-chunks';
import { SlideCache } from './slide-cache';
import { IdAllocator } from '../slide-ids';

/** What the last build did: pieces lexed or reused, raw slides built or reused. */
export interface IncrementalStats {
  piecesLexed: number;
  piecesReused: number;
  slidesBuilt: number;
  slidesReused: number;
  /** False when the build could not reuse slides (the lexer had to rescue the text block by block). */
  isCached: boolean;
}

export interface IncrementalBuilder {
  build(text: string, options?: BuildOptions): Deck;
  /** What the last build did. */
  stats(): IncrementalStats;
}

/** Pieces and slides unused by this many consecutive builds are forgotten. */
const KEEP_ROUNDS = 4;

/** Creates a builder with its own memory of recent builds. */
export function createIncrementalBuilder(settings: Pick<BuildOptions, 'readImport'> = {}): IncrementalBuilder {
  const markdown: Marked = createMarkdown();
  const lexer = new ChunkLexer(KEEP_ROUNDS);
  const cache = new SlideCache(KEEP_ROUNDS);
  let last: IncrementalStats = { piecesLexed: 0, piecesReused: 0, slidesBuilt: 0, slidesReused: 0, isCached: false };
  return {
    build(text, given = {}) {
      const options: BuildOptions = { ...settings, ...given };
      const source = prepareText(text, options);
      // Another tool's dialect splits and lexes the text its own way: built whole, nothing remembered.
      if (source.detected.dialect !== 'mimbar' && source.detected.dialect !== 'article') return buildDeck(text, options);
      const lexed = lexer.lex(markdown, source.body, source.firstLine);
      const counts = { built: 0, reused: 0 };
      const ids = new IdAllocator();
      const deck = assembleDeck(source, markdown, () => lexed.lexed, options, lexed.isExact ? { build: cache.builder(ids, lexed.linksKey, counts), ids } : { ids });
      lexer.endRound();
      cache.endRound();
      last = { piecesLexed: lexed.piecesLexed, piecesReused: lexed.piecesReused, slidesBuilt: counts.built, slidesReused: counts.reused, isCached: lexed.isExact };
      return deck;
    },
    stats: () => ({ ...last }),
  };
}
