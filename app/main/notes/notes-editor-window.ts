/**
 * The notes editor window (Edit → Notes Editor): one at a time, a deck window (deck, presentation
 * and notes events reach it) that is never taken for the audience window.
 */
import type { BrowserWindow } from 'electron';
import { NOTES_EDITOR_URL } from '../app-urls';
import { createDeckWindow } from '../windows';

let editor: BrowserWindow | null = null;

/** Shows the notes editor, opening it when it is not open. */
export function openNotesEditor(preloadPath: string): BrowserWindow {
  if (editor && !editor.isDestroyed()) {
    editor.show();
    editor.focus();
    return editor;
  }
  const window = createDeckWindow(preloadPath, 'notes-editor', NOTES_EDITOR_URL);
  editor = window;
  window.on('closed', () => {
    if (editor === window) editor = null;
  });
  return window;
}

