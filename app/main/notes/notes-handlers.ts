/**
 * The `notes:*` IPC handlers: each delegates to the open deck's notes store through the actions both
 * hosts share; "Save notes as…" asks for a file here, in main.
 */
import { basename, dirname, extname, join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { OpenResult } from '../../contract/channels';
import type { NotesStatus } from '../../contract/notes';
import { createNotesActions } from '../../core/live-deck/notes-actions';
import type { DeckSession } from '../deck-session';
import { handle, sendEvent } from '../ipc';
import { CANCELED } from '../deck-actions';
import { listAppWindows } from '../windows';

/** Sends the notes status to every app window. */
export function broadcastNotesStatus(status: NotesStatus): void {
  for (const window of listAppWindows()) sendEvent(window, 'notes:status', status);
}

/** A file name next to the deck for "Save notes as…": `talk.md` → `talk (notes).md`. */
export function saveAsDefaultPath(deckPath: string): string {
  const extension = extname(deckPath) || '.md';
  return join(dirname(deckPath), `${basename(deckPath, extension)} (notes)${extension}`);
}

/** Registers the notes channels over `session`'s open deck. */
export function registerNotesHandlers(session: DeckSession): void {
  const notes = createNotesActions(() => session.live());
  handle('notes:edit', (edit) => notes.edit(edit));
  handle('notes:save-now', () => notes.saveNow());
  handle('notes:get-status', () => notes.status());
  handle('notes:resolve', ({ slideId, keep }) => notes.resolve(slideId, keep));
  handle('notes:recover', ({ restore }) => notes.recover(restore));
  handle('notes:get-source', () => {
    const source = notes.source();
    if (!source) throw new Error('This deck has no notes to save');
    return source;
  });
  handle('notes:save-as', (_request, event) => saveNotesAs(session, BrowserWindow.fromWebContents(event.sender)));
}

/** "Save notes as…": asks for a file (attached to `parent`) and writes the whole deck with every edit to it. */
export async function saveNotesAs(session: DeckSession, parent: BrowserWindow | null): Promise<OpenResult> {
  const live = session.live();
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
