/** The IPC handlers of the export dialog: each delegates to the export controller. */
import { BrowserWindow } from 'electron';
import { handle } from '../ipc';
import type { ExportController } from './export-controller';

/** Registers `export:get-setup`, `export:start` and `export:cancel` for `controller`. */
export function registerExportHandlers(controller: ExportController): void {
  handle('export:get-setup', () => controller.setup());

  handle('export:start', ({ options }, event) => {
    // The sender check passed, so this is one of our windows: the dialog, whose parent is the deck window.
    const dialog = BrowserWindow.fromWebContents(event.sender);
    if (!dialog) return { ok: false, message: 'The export dialog is closed.' };
    return controller.start(options, { dialog, deck: dialog.getParentWindow() ?? dialog });
  });

  handle('export:cancel', () => {
    controller.cancel();
    return null;
  });
}
