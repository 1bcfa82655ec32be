/**
 * Editing presenter notes: what a window sends while the presenter types, and the save status the host
 * broadcasts to every window. The host owns saving (autosave after a quiet second, on slide change, on
 * close); windows only report edits and draw the status. No node:*, no electron, no zod here.
 */

/** The notes of one slide as the presenter left them, and the notes they started editing from. */
export interface NotesEdit {
  slideId: string;
  /** The edited notes (Markdown or plain text). */
  text: string;
  /** The slide's notes when editing started: tells an edit made outside Mimbar apart from this one. */
  base: string;
}

/** Notes the file and the presenter both changed, or that belong to a slide that is gone: both texts are kept. */
export interface NotesConflict {
  slideId: string;
  title: string;
  /** The presenter's text, not written to the file. */
  mine: string;
  /** The text now in the file, or null when the slide was removed from it. */
  theirs: string | null;
}

/** Edits of an earlier run that never reached the file, found in the journal when the deck was opened. */
export interface RecoveredNotes {
  /** When they were journaled, epoch ms. */
  savedAt: number;
  edits: { slideId: string; title: string; text: string }[];
}

/**
 * - `saved`: the file holds every edit; `unsaved`: edits wait for the autosave; `saving`: a save runs;
 * - `error`: the last save failed (message says why); the edits stay in the editor and the journal;
 * - `read-only`: this deck cannot be edited here (message says why).
 */
export type NotesSaveState = 'saved' | 'unsaved' | 'saving' | 'error' | 'read-only';

export interface NotesStatus {
  state: NotesSaveState;
  /** Ids of slides whose edits are not in the file yet. */
  unsaved: string[];
  /** The pending edits' texts by slide id, so every window shows the same unsaved text. */
  pending: Record<string, string>;
  /** One sentence for the user, or null. */
  message: string | null;
  conflicts: NotesConflict[];
  recovered: RecoveredNotes | null;
  /** Epoch ms of the last successful save, or null. */
  savedAt: number | null;
  /** Increases with every change: a window ignores a status older than the one it shows. */
  revision: number;
}

/** Longest notes text accepted for one slide (characters). */
export const MAX_NOTES_CHARS = 1_000_000;

/** The status of a deck nobody has edited yet. */
export function initialNotesStatus(): NotesStatus {
  return { state: 'saved', unsaved: [], pending: {}, message: null, conflicts: [], recovered: null, savedAt: null, revision: 0 };
}
