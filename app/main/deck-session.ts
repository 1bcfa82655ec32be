/**
 * The deck main has open: its path, the live deck (built, watched, with its notes store) and the
 * payload the renderer gets. Plain Node (no electron): main owns it, and the renderer never supplies a
 * path it trusts.
 */
import { basename, dirname } from 'node:path';
import type { DeckPayload } from '../contract/channels';
import type { Deck } from '../contract/deck';
import { openLiveDeck, type LiveDeck } from '../core/live-deck/live-deck';
import { DECK_BASE } from './app-urls';

/** Opens a deck file as a live deck (main passes one that watches and saves notes). */
export type OpenLiveDeck = (path: string) => Promise<LiveDeck>;

/** The current deck and the one way to change it. */
export interface DeckSession {
  /** Path of the open deck, or null before the first successful open. */
  readonly path: string | null;
  /** Folder the `mimbar://deck/` route serves, or null before the first successful open. */
  deckRoot(): string | null;
  /** The current payload, or null before the first successful open. */
  current(): DeckPayload | null;
  /** The open live deck (notes, watching), or null before the first successful open. */
  live(): LiveDeck | null;
  /** Waits for opens in progress, then returns the current payload; throws when none ever succeeded. */
  ready(): Promise<DeckPayload>;
  /** Loads `path` and makes it current; on failure throws (a `DeckInputError` for input problems) and keeps the previous deck. */
  open(path: string): Promise<DeckPayload>;
  /** Takes a rebuilt deck of the open file (a save, a change outside); returns the new payload, or null when `path` is no longer open. */
  refresh(path: string, deck: Deck): DeckPayload | null;
  /** Saves pending notes and stops watching (quit). */
  close(): Promise<void>;
}

/** Opens without notes editing or watching: for tests and tools that only read. */
export const openReadOnly: OpenLiveDeck = (path) =>
  openLiveDeck({ path, journalDir: null, watch: false, onDeck: () => undefined, onNotesStatus: () => undefined, onError: () => undefined });

/** Creates a session; `bundledPath` is shown without a file name. */
export function createDeckSession(bundledPath: string, open: OpenLiveDeck = openReadOnly): DeckSession {
  let currentPath: string | null = null;
  // The path the current deck was asked for (its live deck reports by it); `currentPath` is the real one.
  let requestedPath: string | null = null;
  let payload: DeckPayload | null = null;
  let live: LiveDeck | null = null;
  // Opens run one after another, so the deck requested last is the one that stays current.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    get path() {
      return currentPath;
    },
    deckRoot: () => (currentPath === null ? null : dirname(currentPath)),
    current: () => payload,
    live: () => live,
    async ready() {
      await queue;
      if (!payload) throw new Error('No deck is open.');
      return payload;
    },
    open(path) {
      const run = queue.then(async () => {
        const opened = await open(path);
        // A link is resolved when the deck opens: its real name and folder are shown and served.
        const next: DeckPayload = { deck: opened.deck(), assetBase: DECK_BASE, fileName: path === bundledPath ? null : basename(opened.path), notice: opened.notice(), assetVersion: opened.assetVersion() };
        const previous = live;
        currentPath = opened.path;
        requestedPath = path;
        payload = next;
        live = opened;
        // The deck left behind saves its pending notes and stops watching.
        await previous?.close();
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    refresh(path, deck) {
      if (path !== requestedPath || payload === null) return null;
      payload = { ...payload, deck, notice: live?.notice() ?? null, assetVersion: live?.assetVersion() ?? 0 };
      return payload;
    },
    async close() {
      await queue;
      await live?.close();
    },
  };
}
