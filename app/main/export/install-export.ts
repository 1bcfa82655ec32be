/** Wires PDF export into the app: print and export handlers, the Electron printer, the dialog opener. */
import { join } from 'node:path';
import type { DeckSession } from '../deck-session';
import { createElectronPrinter } from './electron-printer';
import { createExportController } from './export-controller';
import { createExportDialogOpener, type OpenExportDialog } from './export-dialog-window';
import { registerExportHandlers } from './export-handlers';
import { createExportOptionsStore, EXPORT_OPTIONS_FILE } from './export-options-store';
import { createPrintJobs, registerPrintHandlers } from './print-jobs';

/** What main needs to install export; call once the app is ready. */
export interface ExportSetupOptions {
  session: DeckSession;
  preloadPath: string;
  /** `app.getPath('userData')`: the remembered options live there. */
  userDataDir: string;
  /** `app.getPath('documents')`, asked when needed: proposed for the bundled deck's PDF. */
  documentsDir: () => string;
}

/** Registers the `print:*` and `export:*` handlers and returns the function that opens the export dialog. */
export function installExport(options: ExportSetupOptions): OpenExportDialog {
  const jobs = createPrintJobs();
  registerPrintHandlers(jobs);
  const controller = createExportController({
    session: options.session,
    store: createExportOptionsStore(join(options.userDataDir, EXPORT_OPTIONS_FILE)),
    printer: createElectronPrinter({ preloadPath: options.preloadPath, jobs }),
    fallbackDir: options.documentsDir,
  });
  registerExportHandlers(controller);
  return createExportDialogOpener(options.preloadPath, () => controller.cancel());
}
