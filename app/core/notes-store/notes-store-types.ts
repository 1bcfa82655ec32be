/** The shape of the notes store: what a host (Electron main, the browser host) uses to edit one deck's notes. */
import type { NotesEdit, NotesStatus } from '../../contract/notes';
import type { DeckBuilder } from '../deck/incremental/deck-builder';

export interface NotesStoreOptions {
  /** The deck file. */
  path: string;
  /** Folder (in the app's data folder) where journals of unsaved edits are kept; created when missing. */
  journalDir: string;
  /** Autosave after this many ms without a new edit (default 1000). */
  quietMs?: number;
  /** Called with every new status (the host broadcasts it as `notes:status`). */
  onStatus(status: NotesStatus): void;
  /**
   * Called when the file's text is new: after a save wrote it, or when `fileChanged` found it changed
   * outside. The host rebuilds the deck from it and publishes it.
   */
  onSourceChanged(source: LoadedSource): void;
  /**
   * Builds every text the store reads, patches and checks. The host passes the builder it builds its own
   * deck with, so a save and the deck shown after it build each text once; default: one of the store's own.
   */
  deckBuilder?: DeckBuilder;
  /** Clock, for tests. */
  now?: () => number;
}

/** The deck file as the store last read or wrote it. */
export interface LoadedSource {
  /** Decoded text without the byte order mark. */
  text: string;
  hasBom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Not valid UTF-8: shown with U+FFFD, and never written back. */
  hasInvalidBytes: boolean;
}

export interface NotesStore {
  /** The file as loaded (read once by `openNotesStore`; the host builds its first deck from it). */
  source(): LoadedSource;
  status(): NotesStatus;
  /** The deck's real path (a link given to `openNotesStore` is resolved once, when it opens). */
  path(): string;
  /**
   * Records an edit (pending until saved) and (re)starts the quiet timer; resolves once the journal holds
   * it (a few tens of milliseconds). Never rejects, and never for a bad slide id or text: that shows in
   * the status (a character no file can keep is refused there, and the edit stays unsaved).
   */
  edit(edit: NotesEdit): Promise<NotesStatus>;
  /** Saves every pending edit now; resolves when done (or failed: see the status). Saves never run two at a time. */
  saveNow(): Promise<NotesStatus>;
  resolve(slideId: string, keep: 'mine' | 'theirs'): Promise<NotesStatus>;
  recover(restore: boolean): Promise<NotesStatus>;
  /** The deck's text with every pending edit applied: what "Save notes as…" writes. */
  sourceWithEdits(): string;
  /** Writes `sourceWithEdits()` to `path` (encoded like the original), atomically. */
  saveAs(path: string): Promise<void>;
  /** The watcher saw the file change: re-read it; with no pending edits report it through `onSourceChanged` (rejecting with a `DeckInputError` when it cannot be read), else save (re-applying edits). */
  fileChanged(): Promise<void>;
  /** Saves pending edits and stops the timer (window close, quit, switching decks). */
  close(): Promise<NotesStatus>;
}
