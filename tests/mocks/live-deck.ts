/** Live decks for main's unit tests: a deck loader turned into the `OpenLiveDeck` a session takes. */
import type { Deck } from '../../app/contract/deck';
import { readOnlyNotesStatus, type LiveDeck } from '../../app/core/live-deck/live-deck';

/** A live deck that only holds `deck`: no watching, notes read-only. */
export function staticLiveDeck(path: string, deck: Deck): LiveDeck {
  return { path, deck: () => deck, notice: () => null, assetVersion: () => 0, notes: () => null, notesStatus: () => readOnlyNotesStatus('read-only in tests'), close: async () => undefined };
}

/** Wraps a loader so each opened path becomes a static live deck. */
export function liveFrom(load: (path: string) => Promise<Deck>): (path: string) => Promise<LiveDeck> {
  return async (path) => staticLiveDeck(path, await load(path));
}
