/**
 * Reads a deck file and builds it in one call (`loadDeck`): what the CLI's `build`, the tests and the
 * bench use. The hosts keep their deck open with `live-deck/` instead, and `export` reads its payload
 * through the hosts' own session (`readDeckPayload`); live-deck and `check/` add the file's decoding
 * notice with `withSourceWarnings`, from here.
 */
import { basename } from 'node:path';
import type { Deck } from '../../contract/deck';
import { buildDeck } from '../deck/build-deck';
import { prepareDeckRendering } from '../deck/diagrams/diagram-library';
import { createImportReader } from './deck-imports';
import { invalidTextNotice, readDeckText, type DecodedSource } from './read-source';

/** Adds what the file's decoding tells the user (not valid UTF-8) to the deck's warnings. */
export function withSourceWarnings(deck: Deck, source: DecodedSource, name: string): Deck {
  if (!source.hasInvalidBytes) return deck;
  return { ...deck, warnings: [{ slide: null, line: null, message: invalidTextNotice(name) }, ...deck.warnings] };
}

/** Loads the Markdown file at `path` into a `Deck`; input problems throw `DeckInputError`. */
export async function loadDeck(path: string): Promise<Deck> {
  const source = await readDeckText(path);
  await prepareDeckRendering(source.text);
  const deck = buildDeck(source.text, { hasBom: source.hasBom, fallbackTitle: basename(path), readImport: createImportReader(path) });
  return withSourceWarnings(deck, source, basename(path));
}
