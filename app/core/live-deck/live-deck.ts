/**
 * An open deck file, kept live: built from the notes store's view of the file (so edited notes and
 * the slides shown come from the same text), rebuilt when the store saved or the file changed outside
 * (watched with chokidar), and the last good deck kept when the file goes away or turns unreadable.
 * Both hosts (Electron main, the browser host) hold one of these per open deck. Plain Node.
 */
import { createImportReader } from '../files/deck-imports';
import { basename, dirname } from 'node:path';
import type { Deck } from '../../contract/deck';
import { initialNotesStatus, type NotesStatus } from '../../contract/notes';
import { createDeckBuilder, type DeckBuilder } from '../deck/incremental/deck-builder';
import { isDiagramLibraryLoaded, prepareDeckRendering } from '../deck/diagrams/diagram-library';
import { withSourceWarnings } from '../files/load-deck';
import { DeckInputError, decodeDeckBytes, invalidTextNotice, readDeckBytes, resolveDeckPath, type DecodedSource } from '../files/read-source';
import { openNotesStore } from '../notes-store/notes-store';
import type { NotesStore } from '../notes-store/notes-store-types';
import { localImagePaths } from './local-images';
import { watchFile, watchFileSet, type FileSetWatcher } from './watch-file';

/** How long image changes are gathered before the deck is shown again with new image URLs. */
const IMAGE_SETTLE_MS = 50;

export interface LiveDeckOptions {
  /** The deck file; a symbolic link is resolved once, when it opens (`LiveDeck.path` is the real path). */
  path: string;
  /** Folder for journals of unsaved notes; null: notes cannot be edited (`readOnlyReason` says why). */
  journalDir: string | null;
  readOnlyReason?: string;
  /** Watch the file and rebuild on changes (default true). */
  watch?: boolean;
  /** A new deck was built after the first (a save, or a change made outside). */
  onDeck(deck: Deck): void;
  onNotesStatus(status: NotesStatus): void;
  /** Something the presenter should know (file removed, unreadable); the last good deck stays. */
  onError(message: string): void;
}

export interface LiveDeck {
  /** The real path of the deck: never a link, never followed through one after opening. */
  readonly path: string;
  deck(): Deck;
  /** What the pages show beside the deck (the file is not valid UTF-8), or null. */
  notice(): string | null;
  /** Grows each time a local image of the deck changed on disk (see `DeckPayload.assetVersion`). */
  assetVersion(): number;
  /** The notes store, or null when notes are read-only. */
  notes(): NotesStore | null;
  notesStatus(): NotesStatus;
  /** Stops watching and saves pending notes. */
  close(): Promise<void>;
}

/** Status of a deck whose notes cannot be edited. */
export function readOnlyNotesStatus(message: string): NotesStatus {
  return { ...initialNotesStatus(), state: 'read-only', message };
}

function build(builder: DeckBuilder, source: DecodedSource, path: string): Deck {
  return withSourceWarnings(builder.build(source.text, { hasBom: source.hasBom, fallbackTitle: basename(path) }), source, basename(path));
}

/** Why the file could not be shown again, as one sentence. */
function reloadProblem(error: unknown, path: string): string {
  if (!(error instanceof DeckInputError)) return `${basename(path)} could not be read again.`;
  if (error.code === 'not-found') return `${basename(path)} was deleted or moved.`;
  return error.message;
}

/** Reads the deck at its real path, never through a link swapped in since. */
async function readOpenDeck(path: string): Promise<DecodedSource> {
  return decodeDeckBytes(await readDeckBytes(path, { noFollow: true }), basename(path));
}

/**
 * Loads what drawing the deck needs (its diagrams' library) before anything builds it: the notes store
 * builds the text it reads, and the builder keeps the slides it built. Reads the file only until then.
 */
async function prepareRendering(path: string): Promise<void> {
  if (!isDiagramLibraryLoaded()) await prepareDeckRendering((await readOpenDeck(path)).text);
}

/** Opens `path`; input problems reject with the engine's `DeckInputError`. */
export async function openLiveDeck(options: LiveDeckOptions): Promise<LiveDeck> {
  // A link is resolved once, up front: from now on the deck is that file, and a link put in its place is a change, not a redirect.
  const path = await resolveDeckPath(options.path);
  await prepareRendering(path);
  // One builder for the deck and its notes store: a save and the deck shown after it build each text once.
  const builder = createDeckBuilder({ readImport: createImportReader(path) });
  // Assigned by `show` before anything reads it.
  let deck!: Deck;
  let notice: string | null = null;
  let store: NotesStore | null = null;
  let readOnly = readOnlyNotesStatus(options.readOnlyReason ?? 'Notes cannot be edited here.');
  let images: FileSetWatcher | null = null;
  let assetVersion = 0;
  let shownText: string | null = null;
  const show = (source: DecodedSource): Deck => {
    shownText = source.text;
    notice = source.hasInvalidBytes ? invalidTextNotice(basename(path)) : null;
    deck = build(builder, source, path);
    images?.set(localImagePaths(deck, dirname(path)));
    return deck;
  };
  if (options.journalDir !== null) {
    store = await openNotesStore({
      path,
      journalDir: options.journalDir,
      deckBuilder: builder,
      onStatus: options.onNotesStatus,
      onSourceChanged: (source) => options.onDeck(show(source)),
    });
    show(store.source());
    if (notice !== null) {
      // Text with U+FFFD for bad bytes must never be written back: no notes editing for this file.
      await store.close();
      store = null;
      readOnly = readOnlyNotesStatus(notice);
    }
  } else {
    show(await readOpenDeck(path));
  }

  async function reload(): Promise<void> {
    try {
      await prepareRendering(path);
      if (store) {
        await store.fileChanged();
      } else {
        const source = await readOpenDeck(path);
        // The watcher may report one change twice (chokidar and the poll): the same text is no new deck.
        if (source.text !== shownText || source.hasBom !== deck.meta.hasBom) options.onDeck(show(source));
      }
    } catch (error) {
      options.onError(`${reloadProblem(error, path)} Mimbar keeps showing the last version.`);
    }
  }

  // One reload at a time; changes seen meanwhile make one more, so a storm of writes ends on the last one.
  let reloading: Promise<void> | null = null;
  let isStale = false;
  function scheduleReload(): void {
    isStale = true;
    reloading ??= (async () => {
      while (isStale) {
        isStale = false;
        await reload();
      }
      reloading = null;
    })();
  }

  // A changed image is shown again: its URLs carry a new asset version. A burst of changes is one.
  let imageTimer: ReturnType<typeof setTimeout> | null = null;
  function onImageChanged(): void {
    imageTimer ??= setTimeout(() => {
      imageTimer = null;
      assetVersion += 1;
      options.onDeck(deck);
    }, IMAGE_SETTLE_MS);
  }

  const isWatching = options.watch !== false;
  const stopWatching = isWatching ? await watchFile(path, scheduleReload) : null;
  images = isWatching ? await watchFileSet(localImagePaths(deck, dirname(path)), onImageChanged) : null;

  return {
    path,
    deck: () => deck,
    notice: () => notice,
    assetVersion: () => assetVersion,
    notes: () => store,
    notesStatus: () => store?.status() ?? readOnly,
    async close() {
      if (imageTimer) clearTimeout(imageTimer);
      await stopWatching?.();
      await images?.close();
      await reloading;
      await store?.close();
    },
  };
}
