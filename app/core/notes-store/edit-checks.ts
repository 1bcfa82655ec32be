/**
 * Checks of edits against the deck's notes as they are now: which journaled edits to offer again, which
 * recovered edit clashes with the file, and whether an open conflict still stands. Pure.
 */
import type { NotesConflict, RecoveredNotes } from '../../contract/notes';
import { normalizeNotes } from '../deck/notes-patch/apply-notes-patch';
import type { Journal, JournaledEdit } from './journal';
import type { SlideMap } from './merge-edits';

/**
 * The journaled edits the file does not hold (the newest per slide over every journal), and how the
 * status offers them; null when there are none.
 */
export function recoverableEdits(journals: readonly Journal[], slides: SlideMap): { edits: JournaledEdit[]; offer: RecoveredNotes } | null {
  const newest = new Map<string, JournaledEdit>();
  for (const journal of [...journals].sort((a, b) => a.savedAt - b.savedAt)) for (const edit of journal.edits) newest.set(edit.slideId, edit);
  const edits = [...newest.values()].filter((edit) => normalizeNotes(edit.text) !== slides.get(edit.slideId)?.notes);
  if (edits.length === 0) return null;
  const offered = edits.map(({ slideId, text }) => ({ slideId, title: slides.get(slideId)?.title ?? slideId, text }));
  return { edits, offer: { savedAt: Math.max(...journals.map((journal) => journal.savedAt)), edits: offered } };
}

/**
 * The conflict of a recovered edit with the file, or null when the slide still has the notes the edit
 * started from, the notes the file had when it was journaled (Mimbar's own save may have written them
 * since editing began), or the edit's text: the file may have changed while Mimbar was not running.
 */
export function recoveryConflict(edit: JournaledEdit, slides: SlideMap): NotesConflict | null {
  const slide = slides.get(edit.slideId);
  const theirs = slide?.notes ?? null;
  if (theirs === normalizeNotes(edit.base) || theirs === normalizeNotes(edit.text)) return null;
  if (edit.saw !== null && theirs === normalizeNotes(edit.saw)) return null;
  return { slideId: edit.slideId, title: slide?.title ?? edit.slideId, mine: edit.text, theirs };
}

/** `conflict` with the file's notes as they are now, or null when the file now holds the presenter's text. */
export function refreshConflict(conflict: NotesConflict, slides: SlideMap): NotesConflict | null {
  const theirs = slides.get(conflict.slideId)?.notes ?? null;
  return theirs === normalizeNotes(conflict.mine) ? null : { ...conflict, theirs };
}
