import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../contract/deck';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../contract/export';
import { ExportError } from '../../core/export/export-error';
import type { Printer } from '../../core/export/printer';
import { runExport } from '../../core/export/run-export';
import { dialog, electronMock, shell, type FakeBrowserWindow } from '../../../tests/mocks/electron';
import { createDeckSession, type DeckSession } from '../../core/session/deck-session';
import { liveFrom } from '../../../tests/mocks/live-deck';
import { createDeckWindow } from '../windows';
import { createExportController, progressFraction } from './export-controller';
import { createExportDialogOpener } from './export-dialog-window';
import { registerForTest } from '../../../tests/support/main-handlers';
import { exportHandlers } from './export-handlers';
import { createExportOptionsStore } from './export-options-store';

vi.mock('../../core/export/run-export', async (importOriginal) => ({ ...(await importOriginal<object>()), runExport: vi.fn() }));
const run = vi.mocked(runExport);

const chosen: ExportOptions = { layout: 'notes-below', fragments: 'steps', paper: 'a4', orientation: 'portrait', slideTheme: 'deck' };
let dir: string;
let deckPath: string;
let optionsFile: string;
let session: DeckSession;
let deckWindow: FakeBrowserWindow;
let dialogWindow: FakeBrowserWindow;

const deck = { meta: { title: 'The Talk', lang: 'id' }, slides: [{}, {}, {}], warnings: [] } as unknown as Deck;

function invoke(channel: string, payload: unknown = {}, from: FakeBrowserWindow = dialogWindow): Promise<unknown> {
  return electronMock.invoke(channel, electronMock.ipcEvent(from.webContents), payload);
}

/** Resolves with the payload of the next `export:finished` the dialog receives. */
function nextFinished(): Promise<unknown> {
  return new Promise((resolve) => {
    dialogWindow.webContents.send.mockImplementation((channel, payload) => {
      if (channel === 'export:finished') resolve(payload);
    });
  });
}

/** A runExport that reports progress and then waits until it is canceled. */
function runUntilCanceled(): void {
  run.mockImplementationOnce((_request, _printer, hooks) => {
    hooks.onProgress({ phase: 'layout', done: 1, total: 3 });
    return new Promise((_resolve, reject) => {
      hooks.signal.addEventListener('abort', () => reject(new DOMException('canceled', 'AbortError')));
    });
  });
}

function choosePath(path: string): void {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-export-'));
  deckPath = join(dir, 'talk.md');
  await writeFile(deckPath, '# The Talk');
  await mkdir(join(dir, 'folder.pdf'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  electronMock.reset();
  run.mockReset();
  run.mockImplementation(async (request) => ({ path: request.outputPath, pages: 3, bytes: 100 }));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  optionsFile = join(dir, `options-${Math.random()}.json`);
  session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: join(dir, 'bundled.md'), open: liveFrom(async () => deck) });
  await session.open(deckPath);
  const controller = createExportController({ session, store: createExportOptionsStore(optionsFile), printer: {} as Printer, fallbackDir: () => '/docs' });
  registerForTest(null, exportHandlers(controller));
  deckWindow = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
  const open = createExportDialogOpener('/preload.cjs', () => controller.cancel());
  dialogWindow = open(deckWindow as never) as unknown as FakeBrowserWindow;
});

afterEach(() => vi.restoreAllMocks());

describe('export:get-setup', () => {
  it('returns the remembered options with the deck title and slide count', async () => {
    await writeFile(optionsFile, JSON.stringify(chosen));
    await expect(invoke('export:get-setup')).resolves.toEqual({ options: chosen, deckTitle: 'The Talk', slideCount: 3, lang: 'id' });
  });

  it('falls back to the defaults when the remembered file is corrupt', async () => {
    await writeFile(optionsFile, '{"layout": ');
    await expect(invoke('export:get-setup')).resolves.toMatchObject({ options: DEFAULT_EXPORT_OPTIONS });
  });
});

describe('export:start', () => {
  it('proposes <deck>.pdf next to the deck in a PDF save dialog; a cancel does nothing', async () => {
    await expect(invoke('export:start', { options: chosen })).resolves.toEqual({ ok: false, message: '' });
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(dialogWindow);
    expect(options).toMatchObject({ defaultPath: join(dir, 'talk.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(run).not.toHaveBeenCalled();
    expect(dialogWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('proposes <title>.pdf in the documents folder for the bundled deck', async () => {
    await session.open(join(dir, 'bundled.md'));
    await invoke('export:start', { options: chosen });
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: join('/docs', 'The Talk.pdf') });
  });

  it('refuses the deck itself and other unwritable choices without exporting', async () => {
    for (const path of [deckPath, join(dir, 'folder.pdf'), join(dir, 'missing', 'out.pdf')]) {
      choosePath(path);
      const result = (await invoke('export:start', { options: chosen })) as { ok: boolean; message: string };
      expect(result.ok, path).toBe(false);
      expect(result.message, path).not.toBe('');
    }
    expect(run).not.toHaveBeenCalled();
  });

  it('exports, forwards progress, remembers the options and offers to open the PDF', async () => {
    run.mockImplementationOnce(async (request, _printer, hooks) => {
      hooks.onProgress({ phase: 'layout', done: 3, total: 10 });
      hooks.onProgress({ phase: 'write', done: 0, total: 1 });
      return { path: request.outputPath, pages: 10, bytes: 2048 };
    });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    choosePath(join(dir, 'out'));
    const finished = nextFinished();
    await expect(invoke('export:start', { options: chosen })).resolves.toEqual({ ok: true });
    await expect(finished).resolves.toEqual({ ok: true, fileName: 'out.pdf' });

    expect(run.mock.calls[0]?.[0]).toMatchObject({ sourcePath: deckPath, outputPath: join(dir, 'out.pdf'), options: chosen });
    expect(dialogWindow.webContents.send).toHaveBeenCalledWith('export:progress', { phase: 'layout', done: 3, total: 10 });
    expect(deckWindow.setProgressBar.mock.calls.map(([value]) => value)).toEqual([progressFraction({ phase: 'layout', done: 3, total: 10 }), 0.95, -1]);
    expect(JSON.parse(await readFile(optionsFile, 'utf8'))).toEqual(chosen);
    await vi.waitFor(() => expect(shell.openPath).toHaveBeenCalledWith(join(dir, 'out.pdf')));
    expect(dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Open PDF', 'Close'] });
  });

  it('cancel ends the export with export:finished canceled and remembers nothing', async () => {
    runUntilCanceled();
    choosePath(join(dir, 'out.pdf'));
    const finished = nextFinished();
    await invoke('export:start', { options: chosen });
    await expect(invoke('export:cancel')).resolves.toBeNull();
    await expect(finished).resolves.toEqual({ ok: false, canceled: true, message: '' });
    expect(deckWindow.setProgressBar).toHaveBeenLastCalledWith(-1);
    await expect(readFile(optionsFile, 'utf8')).rejects.toThrow();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('closing the dialog cancels the running export', async () => {
    runUntilCanceled();
    choosePath(join(dir, 'out.pdf'));
    await invoke('export:start', { options: chosen });
    const signal = run.mock.calls[0]?.[2].signal;
    dialogWindow.close();
    expect(signal?.aborted).toBe(true);
  });

  it('refuses a second export while one runs, also while the save dialog is open', async () => {
    let answer: (value: { canceled: boolean; filePath: string }) => void = () => undefined;
    dialog.showSaveDialog.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const first = invoke('export:start', { options: chosen });
    await expect(invoke('export:start', { options: chosen })).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/already running/) });
    runUntilCanceled();
    answer({ canceled: false, filePath: join(dir, 'out.pdf') });
    await expect(first).resolves.toEqual({ ok: true });
    await expect(invoke('export:start', { options: chosen })).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/already running/) });
    expect(run).toHaveBeenCalledOnce();
    const finished = nextFinished();
    await invoke('export:cancel');
    await finished;
    choosePath(join(dir, 'again.pdf'));
    await expect(invoke('export:start', { options: chosen })).resolves.toEqual({ ok: true });
  });

  it('reports an ExportError as is and any other failure generically', async () => {
    run.mockRejectedValueOnce(new ExportError('The deck has no slides to export.'));
    choosePath(join(dir, 'out.pdf'));
    let finished = nextFinished();
    await invoke('export:start', { options: chosen });
    await expect(finished).resolves.toEqual({ ok: false, canceled: false, message: 'The deck has no slides to export.' });

    run.mockRejectedValueOnce(new TypeError('bug in the printer'));
    choosePath(join(dir, 'out.pdf'));
    finished = nextFinished();
    await invoke('export:start', { options: chosen });
    await expect(finished).resolves.toMatchObject({ ok: false, canceled: false, message: expect.not.stringContaining('bug') });
    expect(console.error).toHaveBeenCalled();
  });

  it('rejects invalid options before anything happens', async () => {
    await expect(invoke('export:start', { options: { ...chosen, layout: 'poster' } })).rejects.toThrow(/Invalid payload/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
