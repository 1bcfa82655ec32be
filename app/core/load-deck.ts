/** Reads a deck file and builds it: the one entry point the CLI, the browser host and Electron use. */
import type { Deck } from '../contract/deck';
import { buildDeck } from './build-deck';
import { readDeckSource } from './read-source';

/** Loads the Markdown file at `path` into a `Deck`; input problems throw `DeckInputError`. */
export async function loadDeck(path: string): Promise<Deck> {
  const source = await readDeckSource(path);
  return buildDeck(source.text, { hasBom: source.hasBom });
}
