/** The IPC handlers of the deck channels: each delegates to the session or to a deck action. */
import { BrowserWindow } from 'electron';
import { openDeckAt, openDeckFromDialog, reportDeckError } from './deck-actions';
import { checkDroppedPath } from './deck-path';
import type { DeckSession } from './deck-session';
import { handle } from './ipc';

/** Registers `deck:get`, `deck:open-dialog` and `deck:open-path` for `session`. */
export function registerDeckHandlers(session: DeckSession): void {
  handle('deck:get', () => session.ready());

  handle('deck:open-dialog', (_request, event) => openDeckFromDialog(session, BrowserWindow.fromWebContents(event.sender)));

  handle('deck:open-path', async ({ path }) => {
    const problem = await checkDroppedPath(path);
    if (problem) {
      reportDeckError(problem);
      return { ok: false, message: problem };
    }
    return openDeckAt(session, path);
  });
}
