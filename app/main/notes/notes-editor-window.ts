/**
 * The notes editor window (Edit → Notes Editor): one at a time, an app window (deck, presentation
 * and notes events reach it) that is never taken for the audience window.
 */
import type { BrowserWindow } from 'electron';
import { NOTES_EDITOR_URL } from '../app-urls';
import { createMainWindow } from '../windows';

let editor: BrowserWindow | null = null;

/** Shows the notes editor, opening it when it is not open. */
export function openNotesEditor(preloadPath: string): BrowserWindow {
  if (editor && !editor.isDestroyed()) {
    editor.show();
    editor.focus();
    return editor;
  }
  const window = createMainWindow(preloadPath, NOTES_EDITOR_URL);
  editor = window;
  window.on('closed', () => {
    if (editor === window) editor = null;
  });
  return window;
}

/** True when `window` is the notes editor. */
export function isNotesEditorWindow(window: BrowserWindow): boolean {
  return window === editor;
}
