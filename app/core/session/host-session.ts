/**
 * The host core: what both hosts (Electron's main process and the browser host) keep for their windows,
 * in plain Node. It owns the open deck and its payload, the presentation state, the notes actions and the
 * handlers of every shared channel, and it tells the windows through the one `broadcast` a host gives it
 * (IPC to each window, or server-sent events). A host adds only what is its own: dialogs, windows,
 * printing, links.
 */
import { basename } from 'node:path';
import type { DeckPayload, EventChannel, EventMap, OpenResult } from '../../contract/channels';
import type { Deck } from '../../contract/deck';
import type { LiveDeck, LiveDeckOptions } from '../live-deck/live-deck';
import { DeckInputError } from '../files/read-source';
import { createDeckSession, type DeckSession } from './deck-session';
import type { SharedHandlers } from './handler-map';
import { createNotesActions, type NotesActions } from './notes-actions';
import { createPresentationSession, type PresentationSession } from './presentation-session';

/** Sends one contract event to every window of the host. */
export type Broadcast = <E extends EventChannel>(event: E, payload: EventMap[E]) => void;

/** What a live deck reports to the session that opened it. */
export type LiveDeckHooks = Pick<LiveDeckOptions, 'onDeck' | 'onNotesStatus' | 'onError'>;

export interface HostSessionOptions {
  /** `DeckPayload.assetBase`: where the host serves the files next to the deck. */
  assetBase: string;
  /** The deck shipped with the app, shown without a file name. */
  bundledPath?: string | null;
  /** Opens a deck file live (watching, notes), reporting to `hooks`. */
  openDeck(path: string, hooks: LiveDeckHooks): Promise<LiveDeck>;
  broadcast: Broadcast;
  /** The clock of the presentation timer (tests pass their own). */
  now?: () => number;
}

export interface HostSession {
  readonly decks: DeckSession;
  readonly presentation: PresentationSession;
  readonly notes: NotesActions;
  /** The handlers of the shared channels, for the host to serve with its own. */
  readonly handlers: SharedHandlers;
  /** Opens `path` and shows it in every window, or tells every window why not (and returns the message). */
  open(path: string): Promise<OpenResult>;
  /** Shows a deck built elsewhere in every window. */
  show(deck: Deck): DeckPayload;
  /** Shows a problem in every window (`deck:error`); the deck shown stays. */
  reportError(message: string): void;
  /** Calls `listener` after each deck shown in the windows; returns the way to stop. */
  onPublished(listener: (payload: DeckPayload) => void): () => void;
  /** Saves pending notes and stops watching. */
  close(): Promise<void>;
}

/** The one-line message for a failed open: the input error's own, or a generic one (details logged). */
export function openErrorMessage(error: unknown, path: string): string {
  if (error instanceof DeckInputError) return error.message;
  console.error(`mimbar: could not open ${path}`, error);
  return `Mimbar could not open ${basename(path)}: something went wrong while building the slides.`;
}

const NO_NOTES = 'This deck has no notes to save';

/** Creates the host core with no deck open. */
export function createHostSession(options: HostSessionOptions): HostSession {
  const { broadcast } = options;
  const listeners = new Set<(payload: DeckPayload) => void>();
  const decks: DeckSession = createDeckSession({
    assetBase: options.assetBase,
    bundledPath: options.bundledPath ?? null,
    open: (path) =>
      options.openDeck(path, {
        onDeck(deck) {
          const payload = decks.refresh(path, deck);
          if (payload) publish(payload);
        },
        onNotesStatus: (status) => broadcast('notes:status', status),
        onError: (message) => broadcast('deck:error', { message }),
      }),
  });
  const notes = createNotesActions(() => decks.live());
  const presentation = createPresentationSession({
    decks,
    broadcast: (state) => broadcast('presentation:changed', state),
    // Notes edited on the slide being left are saved now, not a second later; most moves write nothing.
    onSlideLeft() {
      if (notes.status().unsaved.length > 0) void notes.saveNow();
    },
    now: options.now ?? Date.now,
  });

  function publish(payload: DeckPayload): void {
    broadcast('deck:changed', payload);
    for (const listener of listeners) listener(payload);
    presentation.follow(payload);
  }

  const handlers: SharedHandlers = {
    'deck:get': () => decks.ready(),
    'presentation:get': () => presentation.get(),
    'presentation:command': (command) => presentation.command(command),
    'notes:edit': (edit) => notes.edit(edit),
    'notes:save-now': () => notes.saveNow(),
    'notes:get-status': async () => notes.status(),
    'notes:resolve': ({ slideId, keep }) => notes.resolve(slideId, keep),
    'notes:recover': ({ restore }) => notes.recover(restore),
    async 'notes:get-source'() {
      const source = notes.source();
      if (!source) throw new Error(NO_NOTES);
      return source;
    },
  };

  return {
    decks,
    presentation,
    notes,
    handlers,
    async open(path) {
      try {
        publish(await decks.open(path));
        return { ok: true };
      } catch (error) {
        const message = openErrorMessage(error, path);
        broadcast('deck:error', { message });
        return { ok: false, message };
      }
    },
    show(deck) {
      const payload = decks.show(deck);
      publish(payload);
      return payload;
    },
    reportError: (message) => broadcast('deck:error', { message }),
    onPublished(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => decks.close(),
  };
}
