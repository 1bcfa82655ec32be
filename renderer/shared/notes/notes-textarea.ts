/**
 * A textarea bound to one slide's notes at a time. Typing reports an edit with the notes the file held
 * when editing started (`base`). Its text is set only when another slide is bound: a new deck or status
 * never rewrites the text of the slide being edited, so the browser's own undo and redo keep working.
 */
import type { Slide } from '../../../app/contract/deck';
import type { NotesEdit, NotesStatus } from '../../../app/contract/notes';
import { editableText, normalizeNotes } from './notes-text';

/** The bound textarea. */
export interface NotesTextarea {
  element: HTMLTextAreaElement;
  /** Binds `slide` (its unsaved text, else its notes); for the slide already bound, only follows the deck. */
  bind(slide: Slide, status: NotesStatus | null): void;
  /** Forgets the bound slide (the next `bind` sets the text again). */
  unbind(): void;
  /** Sets the text of the bound slide again (its text was replaced on purpose), when `slide` is bound. */
  reload(slide: Slide, status: NotesStatus | null): void;
  /** Id of the bound slide, or null. */
  slideId(): string | null;
}

/** Wraps `element`; `report` gets every edit. */
export function createNotesTextarea(element: HTMLTextAreaElement, report: (edit: NotesEdit) => void): NotesTextarea {
  let bound: string | null = null;
  let base = '';
  let lastSent: string | null = null;

  element.addEventListener('input', () => {
    if (bound === null || element.readOnly) return;
    lastSent = element.value;
    report({ slideId: bound, text: element.value, base });
  });

  const bind = (slide: Slide, status: NotesStatus | null): void => {
    if (slide.id === bound) {
      // The file now holds the text sent from here (a save): later edits start from it. Any other
      // change of the file keeps the old base, so the host can tell the presenter both versions.
      const shown = normalizeNotes(lastSent ?? element.value);
      if (normalizeNotes(slide.notes.markdown) === shown) base = slide.notes.markdown;
      return;
    }
    bound = slide.id;
    base = slide.notes.markdown;
    lastSent = null;
    element.value = editableText(slide, status);
  };
  const unbind = (): void => {
    bound = null;
    lastSent = null;
  };

  return {
    element,
    bind,
    unbind,
    reload(slide, status) {
      if (slide.id !== bound) return;
      unbind();
      bind(slide, status);
    },
    slideId: () => bound,
  };
}
