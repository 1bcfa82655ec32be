/** Wires PDF export into the app: the Electron printer, the export controller, their handlers and the dialog opener. */
import { join } from 'node:path';
import type { DeckSession } from '../../core/session/deck-session';
import type { MainHandlersOf } from '../ipc';
import { createElectronPrinter } from './electron-printer';
import { createExportController } from './export-controller';
import { createExportDialogOpener, type OpenExportDialog } from './export-dialog-window';
import { exportHandlers } from './export-handlers';
import { createExportOptionsStore, EXPORT_OPTIONS_FILE } from './export-options-store';
import { createPrintJobs, printHandlers } from './print-jobs';

/** What main needs to install export; call once the app is ready. */
export interface ExportSetupOptions {
  decks: DeckSession;
  /** Preloads of the print window and of the export dialog. */
  printPreloadPath: string;
  dialogPreloadPath: string;
  /** `app.getPath('userData')`: the remembered options live there. */
  userDataDir: string;
  /** `app.getPath('documents')`, asked when needed: proposed for the bundled deck's PDF. */
  documentsDir: () => string;
}

/** Main's export and print channels, and the opener of the export dialog. */
export interface InstalledExport {
  handlers: MainHandlersOf<'print:get-job' | 'print:progress' | 'print:ready' | 'print:failed' | 'export:get-setup' | 'export:start' | 'export:cancel'>;
  openDialog: OpenExportDialog;
}

/** Creates the printer and the controller; returns their handlers and the function that opens the export dialog. */
export function installExport(options: ExportSetupOptions): InstalledExport {
  const jobs = createPrintJobs();
  const controller = createExportController({
    session: options.decks,
    store: createExportOptionsStore(join(options.userDataDir, EXPORT_OPTIONS_FILE)),
    printer: createElectronPrinter({ preloadPath: options.printPreloadPath, jobs }),
    fallbackDir: options.documentsDir,
  });
  return {
    handlers: { ...printHandlers(jobs), ...exportHandlers(controller) },
    openDialog: createExportDialogOpener(options.dialogPreloadPath, () => controller.cancel()),
  };
}
