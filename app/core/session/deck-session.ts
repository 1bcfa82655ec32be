/**
 * The deck a host has open: its path, the live deck (built, watched, with its notes store) and the one
 * place a `DeckPayload` is made. Plain Node; both hosts hold one through `createHostSession`, and the
 * renderer never supplies a path it trusts.
 */
import { basename, dirname } from 'node:path';
import type { DeckPayload } from '../../contract/channels';
import type { Deck } from '../../contract/deck';
import { openLiveDeck, type LiveDeck } from '../live-deck/live-deck';

/** Opens a deck file as a live deck (the hosts pass one that watches and saves notes). */
export type OpenLiveDeck = (path: string) => Promise<LiveDeck>;

/** The current deck and the ways to change it. */
export interface DeckSession {
  /** Path of the open deck, or null before the first successful open (and for a deck given already built). */
  readonly path: string | null;
  /** Folder next to the deck that its media are served from, or null before the first successful open. */
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
  /** Shows `deck` in place of the current one, built elsewhere (a test, a tool); the open file, if any, stays open. */
  show(deck: Deck): DeckPayload;
  /** Saves pending notes and stops watching (quit). */
  close(): Promise<void>;
}

/** What a session needs: the URL prefix deck media are served under, the bundled deck's path, how to open a file. */
export interface DeckSessionOptions {
  /** `DeckPayload.assetBase`: `mimbar://deck/` in Electron, `/deck/` in the browser host. */
  assetBase: string;
  /** The deck shipped with the app, shown without a file name; null when there is none. */
  bundledPath?: string | null;
  open?: OpenLiveDeck;
}

/** Opens without notes editing or watching: for tests and tools that only read. */
export const openReadOnly: OpenLiveDeck = (path) =>
  openLiveDeck({ path, journalDir: null, watch: false, onDeck: () => undefined, onNotesStatus: () => undefined, onError: () => undefined });

/** Reads `path` once into a payload, for the CLI and tools that export without a window; input problems throw `DeckInputError`. */
export async function readDeckPayload(path: string, assetBase: string): Promise<DeckPayload> {
  const session = createDeckSession({ assetBase });
  try {
    return await session.open(path);
  } finally {
    await session.close();
  }
}

/** Creates a session with no deck open. */
export function createDeckSession(options: DeckSessionOptions): DeckSession {
  const open = options.open ?? openReadOnly;
  let currentPath: string | null = null;
  // The path the current deck was asked for (its live deck reports by it); `currentPath` is the real one.
  let requestedPath: string | null = null;
  let payload: DeckPayload | null = null;
  let live: LiveDeck | null = null;
  // Opens run one after another, so the deck requested last is the one that stays current.
  let queue: Promise<unknown> = Promise.resolve();

  function payloadOf(deck: Deck, fileName: string | null): DeckPayload {
    return { deck, assetBase: options.assetBase, fileName, notice: live?.notice() ?? null, assetVersion: live?.assetVersion() ?? 0 };
  }

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
        const previous = live;
        currentPath = opened.path;
        requestedPath = path;
        live = opened;
        // A link is resolved when the deck opens: its real name and folder are shown and served.
        payload = payloadOf(opened.deck(), path === options.bundledPath ? null : basename(opened.path));
        // The deck left behind saves its pending notes and stops watching.
        await previous?.close();
        return payload;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    refresh(path, deck) {
      if (path !== requestedPath || payload === null) return null;
      payload = payloadOf(deck, payload.fileName);
      return payload;
    },
    show(deck) {
      payload = payloadOf(deck, payload?.fileName ?? null);
      return payload;
    },
    async close() {
      await queue;
      await live?.close();
    },
  };
}
