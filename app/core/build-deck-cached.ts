/**
 * `buildDeck` with a small memory of the last few texts: saving notes builds the same text several
 * times (the patch's check, the store's slide list, the host's deck), which for a deck of thousands of
 * slides costs most of a save. The decks returned are shared: callers must not change them.
 */
import type { Deck } from '../contract/deck';
import { buildDeck, type BuildOptions } from './build-deck';

const CAPACITY = 4;
const cache = new Map<string, Deck>();

/** The deck of `text`, built once for the last few texts and options. */
export function buildDeckCached(text: string, options: Pick<BuildOptions, 'hasBom' | 'fallbackTitle'> = {}): Deck {
  const key = `${options.hasBom === true ? 1 : 0}${options.fallbackTitle ?? ''}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const deck = buildDeck(text, options);
  cache.set(key, deck);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return deck;
}
