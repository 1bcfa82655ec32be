/**
 * One export at a time, from the export dialog: remembered options, the save dialog, `runExport` with
 * Electron's printer, progress to the dialog and the deck window's progress bar, the outcome as
 * `export:finished`, and cancellation through one AbortController.
 */
import { homedir } from 'node:os';
import { basename } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { ExportSetup, OpenResult } from '../../contract/channels';
import type { ExportOptions, ExportOutcome, ExportProgress } from '../../contract/export';
import { ExportError } from '../../core/export/export-error';
import { checkOutputPath } from '../../core/export/output-path';
import type { Printer } from '../../core/export/printer';
import { runExport, type ExportRequest } from '../../core/export/run-export';
import type { DeckSession } from '../../core/session/deck-session';
import { sendEvent } from '../ipc';
import type { ExportOptionsStore } from './export-options-store';
import { askPdfPath, offerToOpen } from './export-prompts';
import { defaultPdfPath } from './pdf-path';

/** The windows an export talks to: the dialog that started it and the deck window that owns it. */
export interface ExportWindows {
  dialog: BrowserWindow;
  deck: BrowserWindow;
}

/** What the controller works with. */
export interface ExportControllerOptions {
  session: DeckSession;
  store: ExportOptionsStore;
  printer: Printer;
  /** Folder proposed for the PDF of a deck without a file (the bundled deck); asked when needed. */
  fallbackDir: () => string;
}

/** The export state of the app. */
export interface ExportController {
  /** What the dialog shows first: remembered options, deck title and slide count. */
  setup(): Promise<ExportSetup>;
  /** Asks where to save, then starts the export in the background; refuses while one runs. */
  start(options: ExportOptions, windows: ExportWindows): Promise<OpenResult>;
  /** Cancels the export in progress, if any; it ends with `export:finished` `{ canceled: true }`. */
  cancel(): void;
}

const BUSY: OpenResult = { ok: false, message: 'An export is already running; wait for it to finish or cancel it.' };
const CANCELED: OpenResult = { ok: false, message: '' };

// Share of the taskbar progress bar each phase ends at: layout is most of the work.
const PHASE_END: Record<ExportProgress['phase'], [start: number, end: number]> = { layout: [0, 0.8], print: [0.8, 0.95], write: [0.95, 1] };

/** The fraction (0–1) of the deck window's progress bar for `progress`. */
export function progressFraction(progress: ExportProgress): number {
  const [start, end] = PHASE_END[progress.phase];
  const share = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  return start + (end - start) * share;
}

/** The outcome the dialog shows for a failed export: canceled, a user-facing message, or a generic one (details logged). */
export function failureOutcome(error: unknown, signal: AbortSignal): ExportOutcome {
  if (signal.aborted || (error instanceof Error && error.name === 'AbortError')) return { ok: false, canceled: true, message: '' };
  if (error instanceof ExportError) return { ok: false, canceled: false, message: error.message };
  console.error('mimbar: export failed', error);
  return { ok: false, canceled: false, message: 'Mimbar could not export the PDF: something went wrong. Try again.' };
}

function setProgressBar(window: BrowserWindow, fraction: number): void {
  if (!window.isDestroyed()) window.setProgressBar(fraction);
}

/** Creates the controller; there is one per app. */
export function createExportController(options: ExportControllerOptions): ExportController {
  const { session, store, printer } = options;
  const fallbackDir = (): string => {
    try {
      return options.fallbackDir();
    } catch {
      // Electron throws when the platform has no Documents folder.
      return homedir();
    }
  };
  let isRunning = false;
  let running: AbortController | null = null;

  async function finish(windows: ExportWindows, outcome: ExportOutcome, exportOptions: ExportOptions, path: string): Promise<void> {
    if (outcome.ok) await store.write(exportOptions).catch((error: unknown) => console.error('mimbar: could not remember the export options', error));
    running = null;
    isRunning = false;
    setProgressBar(windows.deck, -1);
    sendEvent(windows.dialog, 'export:finished', outcome);
    if (outcome.ok) {
      const parent = windows.dialog.isDestroyed() ? windows.deck : windows.dialog;
      if (!parent.isDestroyed()) await offerToOpen(parent, path);
    }
  }

  function launch(windows: ExportWindows, request: ExportRequest): void {
    const abort = new AbortController();
    running = abort;
    const onProgress = (progress: ExportProgress): void => {
      sendEvent(windows.dialog, 'export:progress', progress);
      setProgressBar(windows.deck, progressFraction(progress));
    };
    void runExport(request, printer, { onProgress, signal: abort.signal })
      .then(
        (result): ExportOutcome => ({ ok: true, fileName: basename(result.path) }),
        (error: unknown) => failureOutcome(error, abort.signal),
      )
      .then((outcome) => finish(windows, outcome, request.options, request.outputPath))
      .catch((error: unknown) => console.error('mimbar: export bookkeeping failed', error));
  }

  return {
    async setup() {
      const payload = await session.ready();
      return { options: await store.read(), deckTitle: payload.deck.meta.title, slideCount: payload.deck.slides.length, lang: payload.deck.meta.lang };
    },
    async start(exportOptions, windows) {
      if (isRunning) return BUSY;
      // Claimed before the first await: a second start during the save dialog is refused too.
      isRunning = true;
      let isLaunched = false;
      try {
        // The deck as it is now: one opened while the save dialog is up is not the one asked for.
        const deck = await session.ready();
        const sourcePath = session.path;
        const proposed = defaultPdfPath(deck.fileName === null ? null : sourcePath, deck.deck.meta.title, deck.fileName === null ? fallbackDir() : '');
        const chosen = await askPdfPath(windows.dialog, proposed);
        // A dialog closed while the save dialog was up no longer wants the export.
        if (chosen === null || windows.dialog.isDestroyed()) return CANCELED;
        const outputPath = await checkOutputPath(chosen, sourcePath);
        launch(windows, { deck, sourcePath, outputPath, options: exportOptions });
        isLaunched = true;
        return { ok: true };
      } catch (error) {
        if (error instanceof ExportError) return { ok: false, message: error.message };
        console.error('mimbar: could not start the export', error);
        return { ok: false, message: 'Mimbar could not start the export. Try again.' };
      } finally {
        if (!isLaunched) isRunning = false;
      }
    },
    cancel() {
      running?.abort();
    },
  };
}
