/**
 * The notes preview: the saved notes as the engine rendered them (sanitized, as the console shows them);
 * text that differs from the saved notes is shown as typed, with a line saying so, because the renderer
 * has no Markdown parser of its own.
 */
import type { Slide } from '../../app/contract/deck';
import { normalizeNotes } from '../../renderer/shared/notes/notes-text';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';
import type { EditorStrings } from './editor-strings';

function block(className: string, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Fills `box` with the preview of `text`, the notes being edited for `slide`. */
export function showNotesPreview(box: HTMLElement, slide: Slide, text: string, assetBase: string, strings: EditorStrings): void {
  const isSaved = normalizeNotes(text) === normalizeNotes(slide.notes.markdown);
  if (normalizeNotes(text) === '') {
    box.replaceChildren(block('preview-empty', strings.noNotes));
  } else if (isSaved) {
    box.replaceChildren(sanitizeToFragment(slide.notes.html, assetBase));
  } else {
    box.replaceChildren(block('preview-unsaved', strings.unsavedPreview), block('preview-plain', text));
  }
  box.dataset['kind'] = isSaved ? 'rendered' : 'plain';
}
