/**
 * Every kind of window main creates, each opened through the module that creates it in the app (over
 * the electron mock): the audience window, the notes editor, the presenter console, the export dialog
 * and the hidden print window. The checklist tests assert each rule on all of them.
 */
import type { BrowserWindow } from 'electron';
import type { DeckPayload } from '../../app/contract/channels';
import type { ExportPlan, PrintJob } from '../../app/contract/export';
import { createElectronPrinter } from '../../app/main/export/electron-printer';
import { createExportDialogOpener } from '../../app/main/export/export-dialog-window';
import { createPrintJobs } from '../../app/main/export/print-jobs';
import { openNotesEditor } from '../../app/main/notes/notes-editor-window';
import { createPresenterWindows } from '../../app/main/presenting/presenter-windows';
import { createMainWindow } from '../../app/main/windows';
import { electronMock, type FakeBrowserWindow } from '../mocks/electron';

export const PRELOAD = '/mimbar/dist/preload/preload.cjs';

/** One opened window and what it is. */
export interface WindowKind {
  kind: 'audience' | 'notes editor' | 'presenter console' | 'export dialog' | 'print';
  window: FakeBrowserWindow;
}

/** Opens one window of each kind; `close` ends the print job (the print window waits for its page otherwise). */
export function openEveryWindowKind(): { windows: WindowKind[]; close: () => Promise<void> } {
  const created = (): FakeBrowserWindow => {
    const window = electronMock.windows.at(-1);
    if (!window) throw new Error('no window was created');
    return window;
  };
  const audience = createMainWindow(PRELOAD) as unknown as FakeBrowserWindow;
  const notesEditor = openNotesEditor(PRELOAD) as unknown as FakeBrowserWindow;
  const presenting = createPresenterWindows({ preloadPath: PRELOAD, audienceWindow: () => audience as unknown as BrowserWindow });
  presenting.start();
  const console = presenting.consoleWindow() as unknown as FakeBrowserWindow;
  const dialog = createExportDialogOpener(PRELOAD, () => undefined)(audience as unknown as BrowserWindow) as unknown as FakeBrowserWindow;
  const controller = new AbortController();
  const job: PrintJob = { plan: { title: 'Talk', pages: [] } as unknown as ExportPlan, deck: { fileName: 'talk.md' } as DeckPayload };
  const printing = createElectronPrinter({ preloadPath: PRELOAD, jobs: createPrintJobs() })
    .print(job, { onProgress: () => undefined, onPrinting: () => undefined, signal: controller.signal })
    .catch(() => undefined);
  const print = created();
  return {
    windows: [
      { kind: 'audience', window: audience },
      { kind: 'notes editor', window: notesEditor },
      { kind: 'presenter console', window: console },
      { kind: 'export dialog', window: dialog },
      { kind: 'print', window: print },
    ],
    close: async () => {
      controller.abort();
      await printing;
      notesEditor.close();
    },
  };
}
