/**
 * Applies pending notes edits to a deck's text, pure. When the file changed outside Mimbar, an edit is
 * applied only where the file's notes for that slide are still the ones it was made from; otherwise it
 * becomes a conflict that keeps both texts, and nothing of it is written.
 */
import type { NotesConflict, NotesEdit } from '../../contract/notes';
import { buildDeck, type DeckOfText } from '../deck/build-deck';
import { applyNotesPatch, normalizeNotes, NotesPatchError } from '../deck/notes-patch/apply-notes-patch';

/** An edit that cannot be stored in the file (`NotesPatchError`); it stays pending. */
export interface EditFailure {
  slideId: string;
  message: string;
}

export interface MergeResult {
  /** The text with every applicable edit in it. */
  text: string;
  /** Slide ids whose edits `text` now holds (also edits that changed nothing). */
  applied: string[];
  conflicts: NotesConflict[];
  failures: EditFailure[];
}

/** A slide's title and notes (as `readNotes` gives them), by slide id. */
export type SlideMap = Map<string, { title: string; notes: string }>;

/** Each slide's title and notes by id; `deckOf` builds the deck (default: a full build). */
export function readSlides(text: string, deckOf: DeckOfText = buildDeck): SlideMap {
  return new Map(deckOf(text).slides.map((slide) => [slide.id, { title: slide.title, notes: slide.notes.markdown }]));
}

/**
 * Applies `edits` to `text`. `ancestor` is null when `text` is the file Mimbar loaded or last wrote; else
 * it is that earlier text, and `text` is the file as changed outside: an edit is then re-applied when the
 * slide's notes in `text` equal its `base`, its own text, or the notes in `ancestor` (not touched outside).
 * `deckOf` builds every text read or patched (default: full builds; the store passes its `DeckBuilder`'s).
 */
export function mergeEdits(text: string, edits: NotesEdit[], ancestor: string | null, deckOf: DeckOfText = buildDeck): MergeResult {
  const result: MergeResult = { text, applied: [], conflicts: [], failures: [] };
  const theirs = ancestor === null ? null : readSlides(text, deckOf);
  const known = ancestor === null ? null : readSlides(ancestor, deckOf);
  for (const edit of edits) {
    if (theirs && known) {
      const slide = theirs.get(edit.slideId);
      const title = slide?.title ?? known.get(edit.slideId)?.title ?? edit.slideId;
      if (!slide) {
        result.conflicts.push({ slideId: edit.slideId, title, mine: edit.text, theirs: null });
        continue;
      }
      const untouched = [normalizeNotes(edit.base), normalizeNotes(edit.text), known.get(edit.slideId)?.notes];
      if (!untouched.includes(slide.notes)) {
        result.conflicts.push({ slideId: edit.slideId, title, mine: edit.text, theirs: slide.notes });
        continue;
      }
    }
    try {
      result.text = applyNotesPatch(result.text, edit.slideId, edit.text, deckOf);
      result.applied.push(edit.slideId);
    } catch (error) {
      if (!(error instanceof NotesPatchError)) throw error;
      result.failures.push({ slideId: edit.slideId, message: error.message });
    }
  }
  return result;
}
