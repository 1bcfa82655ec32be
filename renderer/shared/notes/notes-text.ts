/** Which notes text a window shows for a slide, and why a slide's notes cannot be edited. */
import type { Slide } from '../../../app/contract/deck';
import type { NotesStatus } from '../../../app/contract/notes';
import type { NotesStrings } from './notes-strings';

/** Notes as the file stores them: `\n` line breaks, no blank lines or spaces around (as the host normalizes them). */
export function normalizeNotes(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The text to edit for `slide`: the unsaved edit every window shares, else the notes in the file. */
export function editableText(slide: Slide, status: NotesStatus | null): string {
  return status?.pending[slide.id] ?? slide.notes.markdown;
}

/** The unsaved text of `slide`, or null when the file holds its notes. */
export function pendingText(slide: Slide, status: NotesStatus | null): string | null {
  return status?.pending[slide.id] ?? null;
}

/** Why the notes of `slide` cannot be edited, or null when they can. */
export function readOnlyReason(slide: Slide, status: NotesStatus | null, strings: NotesStrings): string | null {
  if (status?.state === 'read-only') return status.message ?? strings.readOnlyDeck;
  if (slide.notes.editable) return null;
  return slide.isPlaceholder ? strings.readOnlyPlaceholder : strings.readOnlyTitleSlide;
}
