/** Main's export channels: each delegates to the export controller. */
import { BrowserWindow } from 'electron';
import type { MainHandlersOf } from '../ipc';
import type { ExportController } from './export-controller';

/** `export:get-setup`, `export:start` and `export:cancel` over `controller`. */
export function exportHandlers(controller: ExportController): MainHandlersOf<'export:get-setup' | 'export:start' | 'export:cancel'> {
  return {
    'export:get-setup': () => controller.setup(),
    async 'export:start'({ options }, event) {
      // The sender check passed, so this is the export dialog, whose parent is the deck window.
      const dialog = BrowserWindow.fromWebContents(event.sender);
      if (!dialog) return { ok: false, message: 'The export dialog is closed.' };
      return controller.start(options, { dialog, deck: dialog.getParentWindow() ?? dialog });
    },
    async 'export:cancel'() {
      controller.cancel();
      return null;
    },
  };
}
