/**
 * Every kind of window main creates, each opened through the module that creates it in the app (over
 * the electron mock): the audience window, the notes editor, the presenter console, the export dialog
 * and the hidden print window. The checklist tests assert each rule on all of them.
 */
import type { BrowserWindow } from 'electron';
import type { DeckPayload } from '../../app/contract/channels';
import type { ExportPlan, PrintJob } from '../../app/contract/export';
import type { WindowKind as ContractWindowKind } from '../../app/contract/windows';
import { createElectronPrinter } from '../../app/main/export/electron-printer';
import { createExportDialogOpener } from '../../app/main/export/export-dialog-window';
import { createPrintJobs } from '../../app/main/export/print-jobs';
import { openNotesEditor } from '../../app/main/notes/notes-editor-window';
import { createPresenterWindows } from '../../app/main/presenting/presenter-windows';
import { createDeckWindow } from '../../app/main/windows';
import { electronMock, type FakeBrowserWindow } from '../mocks/electron';

/** The preload main gives each kind of window (main builds the same paths in dist/preload/). */
export const preloadOf = (kind: ContractWindowKind): string => `/mimbar/dist/preload/${kind}.cjs`;

/** One opened window and what it is. */
export interface WindowKind {
  kind: 'audience' | 'notes editor' | 'presenter console' | 'export dialog' | 'print';
  /** The same kind as the contract names it (`app/contract/windows.ts`). */
  contractKind: ContractWindowKind;
  window: FakeBrowserWindow;
}

/** Opens one window of each kind; `close` ends the print job (the print window waits for its page otherwise). */
export function openEveryWindowKind(): { windows: WindowKind[]; close: () => Promise<void> } {
  const created = (): FakeBrowserWindow => {
    const window = electronMock.windows.at(-1);
    if (!window) throw new Error('no window was created');
    return window;
  };
  const audience = createDeckWindow(preloadOf('audience')) as unknown as FakeBrowserWindow;
  const notesEditor = openNotesEditor(preloadOf('notes-editor')) as unknown as FakeBrowserWindow;
  const presenting = createPresenterWindows({ preloadPath: preloadOf('presenter'), audienceWindow: () => audience as unknown as BrowserWindow });
  presenting.start();
  const console = presenting.consoleWindow() as unknown as FakeBrowserWindow;
  const dialog = createExportDialogOpener(preloadOf('export-dialog'), () => undefined)(audience as unknown as BrowserWindow) as unknown as FakeBrowserWindow;
  const controller = new AbortController();
  const job: PrintJob = { plan: { title: 'Talk', pages: [] } as unknown as ExportPlan, deck: { fileName: 'talk.md' } as DeckPayload };
  const printing = createElectronPrinter({ preloadPath: preloadOf('print'), jobs: createPrintJobs() })
    .print(job, { onProgress: () => undefined, onPrinting: () => undefined, signal: controller.signal })
    .catch(() => undefined);
  const print = created();
  return {
    windows: [
      { kind: 'audience', contractKind: 'audience', window: audience },
      { kind: 'notes editor', contractKind: 'notes-editor', window: notesEditor },
      { kind: 'presenter console', contractKind: 'presenter', window: console },
      { kind: 'export dialog', contractKind: 'export-dialog', window: dialog },
      { kind: 'print', contractKind: 'print', window: print },
    ],
    close: async () => {
      controller.abort();
      await printing;
      notesEditor.close();
    },
  };
}
