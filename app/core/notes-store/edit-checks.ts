/**
 * Checks of edits against the deck's notes as they are now: which journaled edits to offer again, which
 * recovered edit clashes with the file, and whether an open conflict still stands. Pure.
 */
import type { NotesConflict, NotesEdit, RecoveredNotes } from '../../contract/notes';
import { normalizeNotes } from '../notes-patch/apply-notes-patch';
import type { Journal } from './journal';
import type { SlideMap } from './merge-edits';

/** The journaled edits the file does not hold, and how the status offers them; null when there are none. */
export function recoverableEdits(journal: Journal, slides: SlideMap): { edits: NotesEdit[]; offer: RecoveredNotes } | null {
  const edits = journal.edits.filter((edit) => normalizeNotes(edit.text) !== slides.get(edit.slideId)?.notes);
  if (edits.length === 0) return null;
  const offered = edits.map(({ slideId, text }) => ({ slideId, title: slides.get(slideId)?.title ?? slideId, text }));
  return { edits, offer: { savedAt: journal.savedAt, edits: offered } };
}

/**
 * The conflict of a recovered edit with the file, or null when the slide still has the journaled base
 * (or the edit's text): the file may have changed while Mimbar was not running.
 */
export function recoveryConflict(edit: NotesEdit, slides: SlideMap): NotesConflict | null {
  const slide = slides.get(edit.slideId);
  const theirs = slide?.notes ?? null;
  if (theirs === normalizeNotes(edit.base) || theirs === normalizeNotes(edit.text)) return null;
  return { slideId: edit.slideId, title: slide?.title ?? edit.slideId, mine: edit.text, theirs };
}

/** `conflict` with the file's notes as they are now, or null when the file now holds the presenter's text. */
export function refreshConflict(conflict: NotesConflict, slides: SlideMap): NotesConflict | null {
  const theirs = slides.get(conflict.slideId)?.notes ?? null;
  return theirs === normalizeNotes(conflict.mine) ? null : { ...conflict, theirs };
}
