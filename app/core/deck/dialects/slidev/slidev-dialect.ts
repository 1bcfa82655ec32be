/**
 * Slidev's rules (to be written): for now the deck is read as a Mimbar `---` deck.
 */
import { extractNotes } from '../../notes';
import { splitDeck } from '../../split-slides';
import type { DeckDialect } from '../dialect';

export const slidevDialect: DeckDialect = {
  name: 'slidev',
  frontMatterKeys: [],
  extensions: [],
  read({ tokens, firstLine }) {
    return { slides: splitDeck(tokens(), firstLine) };
  },
  notes: extractNotes,
};
