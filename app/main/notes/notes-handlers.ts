/**
 * "Save notes as…" in Electron: asks for a file here, in main, and writes the whole deck with every
 * edit to it. The other `notes:*` channels are the host core's.
 */
import { basename, dirname, extname, join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { OpenResult } from '../../contract/channels';
import type { DeckSession } from '../../core/session/deck-session';
import { CANCELED } from '../deck-actions';
import type { MainHandlersOf } from '../ipc';

/** A file name next to the deck for "Save notes as…": `talk.md` → `talk (notes).md`. */
export function saveAsDefaultPath(deckPath: string): string {
  const extension = extname(deckPath) || '.md';
  return join(dirname(deckPath), `${basename(deckPath, extension)} (notes)${extension}`);
}

/** Main's own notes channel: "Save notes as…" with a save dialog on the window that asked. */
export function notesHandlers(decks: DeckSession): MainHandlersOf<'notes:save-as'> {
  return {
    'notes:save-as': (_request, event) => saveNotesAs(decks, BrowserWindow.fromWebContents(event.sender)),
  };
}

/** "Save notes as…": asks for a file (attached to `parent`) and writes the whole deck with every edit to it. */
export async function saveNotesAs(decks: DeckSession, parent: BrowserWindow | null): Promise<OpenResult> {
  const live = decks.live();
  const store = live?.notes();
  if (!live || !store) return { ok: false, message: 'No deck with editable notes is open.' };
  const options = { title: 'Save notes as', defaultPath: saveAsDefaultPath(live.path), filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return CANCELED;
  try {
    await store.saveAs(choice.filePath);
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, message: `${basename(choice.filePath)} could not be written (${code}).` };
  }
}
