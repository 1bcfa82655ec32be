/**
 * The deck main has open: its path, the built deck and the payload the renderer gets. Plain Node
 * (no electron): main owns it, and the renderer never supplies a path it trusts.
 */
import { basename, dirname } from 'node:path';
import type { DeckPayload } from '../contract/channels';
import type { Deck } from '../contract/deck';
import { loadDeck } from '../core/load-deck';
import { DECK_BASE } from './app-urls';

/** The current deck and the one way to change it. */
export interface DeckSession {
  /** Path of the open deck, or null before the first successful open. */
  readonly path: string | null;
  /** Folder the `mimbar://deck/` route serves, or null before the first successful open. */
  deckRoot(): string | null;
  /** The current payload, or null before the first successful open. */
  current(): DeckPayload | null;
  /** Waits for opens in progress, then returns the current payload; throws when none ever succeeded. */
  ready(): Promise<DeckPayload>;
  /** Loads `path` and makes it current; on failure throws (a `DeckInputError` for input problems) and keeps the previous deck. */
  open(path: string): Promise<DeckPayload>;
}

/** Creates a session; `bundledPath` is shown without a file name. `load` is injectable for tests. */
export function createDeckSession(bundledPath: string, load: (path: string) => Promise<Deck> = loadDeck): DeckSession {
  let currentPath: string | null = null;
  let payload: DeckPayload | null = null;
  // Opens run one after another, so the deck requested last is the one that stays current.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    get path() {
      return currentPath;
    },
    deckRoot: () => (currentPath === null ? null : dirname(currentPath)),
    current: () => payload,
    async ready() {
      await queue;
      if (!payload) throw new Error('No deck is open.');
      return payload;
    },
    open(path) {
      const run = queue.then(async () => {
        const deck = await load(path);
        const next: DeckPayload = { deck, assetBase: DECK_BASE, fileName: path === bundledPath ? null : basename(path) };
        currentPath = path;
        payload = next;
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
