/**
 * A deck builder with a small memory of the last few texts: saving notes builds the same text several
 * times (the patch's check, the store's slide list, the host's deck), which for a deck of thousands of
 * slides costs most of a save. A text not seen before is built incrementally (build-deck-incremental.ts),
 * reusing the lexed pieces and built slides of recent texts, so a reload after an edit costs about what
 * the edited sections cost. The memory is the builder's: whoever creates one (the live deck, for one open
 * deck and its notes store) owns it, and nothing is kept between builders. The decks returned are shared:
 * callers must not change them.
 */
import type { Deck } from '../../../contract/deck';
import type { BuildOptions } from '../build-deck';
import { createIncrementalBuilder, type IncrementalStats } from './build-deck-incremental';

/** How many texts a builder remembers. */
const CAPACITY = 4;

export interface DeckBuilder {
  /** The same deck as `buildDeck(text, options)`, built once for the last few texts whatever the options. */
  build(text: string, options?: Pick<BuildOptions, 'hasBom' | 'fallbackTitle'>): Deck;
  /** What the last incremental build behind `build` did (pieces lexed, slides built or reused). */
  stats(): IncrementalStats;
}

/**
 * Creates a builder with its own memory of the last few texts and of their lexed pieces and slides;
 * `readImport` reads the files the deck imports (the host's, confined to the deck's folder).
 */
export function createDeckBuilder(settings: Pick<BuildOptions, 'readImport'> = {}): DeckBuilder {
  const cache = new Map<string, Deck>();
  const builder = createIncrementalBuilder(settings);

  /** The deck of `text` with no fallback title (`''` when the text names none), built once for the last few texts. */
  function baseDeck(text: string): Deck {
    const hit = cache.get(text);
    if (hit) {
      // Most recently used last, so the oldest is dropped first.
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const deck = builder.build(text, { fallbackTitle: '' });
    cache.set(text, deck);
    if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
    return deck;
  }

  return {
    build(text, options = {}) {
      const base = baseDeck(text);
      // A deck that names no title takes the fallback, also on a title slide made from front matter: build it as asked.
      if (base.meta.title === '') return builder.build(text, options);
      const hasBom = options.hasBom === true || base.meta.hasBom;
      return hasBom === base.meta.hasBom ? base : { ...base, meta: { ...base.meta, hasBom } };
    },
    stats: () => builder.stats(),
  };
}
