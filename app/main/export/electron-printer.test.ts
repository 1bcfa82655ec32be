import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckPayload } from '../../contract/channels';
import type { ExportPlan, PrintJob } from '../../contract/export';
import { ExportError } from '../../core/export/export-error';
import { printTimeoutMs } from '../../core/export/printer';
import type { Printer } from '../../core/export/printer';
import { electronMock, FakeBrowserWindow } from '../../../tests/mocks/electron';
import { createDeckWindow, registerHelperWindow } from '../windows';
import { createElectronPrinter, PDF_OPTIONS, PRINT_URL } from './electron-printer';
import { registerForTest } from '../../../tests/support/main-handlers';
import { createPrintJobs, printHandlers } from './print-jobs';

let printer: Printer;

function jobOf(pages: number, title = 'Talk'): PrintJob {
  const plan = { title, pages: Array.from({ length: pages }, () => ({ kind: 'slide', frames: [] })) } as unknown as ExportPlan;
  return { plan, deck: { fileName: 'talk.md' } as DeckPayload };
}

function hooks() {
  const controller = new AbortController();
  return { controller, onProgress: vi.fn(), onPrinting: vi.fn(), signal: controller.signal };
}

function lastWindow(): FakeBrowserWindow {
  const window = electronMock.windows.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

function ask(window: FakeBrowserWindow, channel: string, payload: unknown = {}): Promise<unknown> {
  return electronMock.invoke(channel, electronMock.ipcEvent(window.webContents), payload);
}

beforeEach(() => {
  electronMock.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const jobs = createPrintJobs();
  registerForTest(null, printHandlers(jobs));
  printer = createElectronPrinter({ preloadPath: '/preload.cjs', jobs });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Electron printer', () => {
  it('prints in a hidden, sandboxed, unthrottled window once the print view is ready, then destroys it', async () => {
    const job = jobOf(3);
    const h = hooks();
    const printed = printer.print(job, h);
    const window = lastWindow();
    expect(window.options).toMatchObject({ show: false });
    expect(window.options.webPreferences).toMatchObject({ preload: '/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false });
    expect(window.loadURL).toHaveBeenCalledWith(PRINT_URL);
    expect(PRINT_URL).toBe('mimbar://app/print.html');

    await expect(ask(window, 'print:get-job')).resolves.toBe(job);
    await ask(window, 'print:progress', { done: 2, total: 3 });
    expect(h.onProgress).toHaveBeenCalledWith({ done: 2, total: 3 });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    await ask(window, 'print:ready', { pages: 3, overflowing: [], brokenImages: 0 });

    await expect(printed).resolves.toEqual(new TextEncoder().encode('%PDF-1.7 fake'));
    expect(h.onPrinting).toHaveBeenCalledOnce();
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(PDF_OPTIONS).toMatchObject({ printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true, generateTaggedPDF: true });
    expect(window.destroy).toHaveBeenCalledOnce();
    await expect(ask(window, 'print:get-job')).rejects.toThrow(/sender not allowed/);
  });

  it('answers print:get-job only to the window created for that job', async () => {
    const deckWindow = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    const first = jobOf(1, 'First');
    const second = jobOf(2, 'Second');
    const printing = [printer.print(first, hooks()), printer.print(second, hooks())];
    const [firstWindow, secondWindow] = electronMock.windows.slice(-2) as [FakeBrowserWindow, FakeBrowserWindow];
    await expect(ask(firstWindow, 'print:get-job')).resolves.toBe(first);
    await expect(ask(secondWindow, 'print:get-job')).resolves.toBe(second);
    // A deck window never gets the print channels; a print window gets only its own job.
    await expect(ask(deckWindow, 'print:get-job')).rejects.toThrow(/sender not allowed/);
    await expect(ask(deckWindow, 'print:ready', { pages: 1, overflowing: [], brokenImages: 0 })).rejects.toThrow(/sender not allowed/);
    const strayPrint = new FakeBrowserWindow();
    registerHelperWindow(strayPrint as never, 'print');
    await expect(ask(strayPrint, 'print:get-job')).rejects.toThrow(/no print job/);
    for (const window of [firstWindow, secondWindow]) await ask(window, 'print:ready', { pages: 1, overflowing: [], brokenImages: 0 });
    await Promise.all(printing);
  });

  it('times out with a clear error that scales with the deck, and destroys the window', async () => {
    vi.useFakeTimers();
    const printed = printer.print(jobOf(40), hooks());
    const outcome = expect(printed).rejects.toThrow(ExportError);
    const window = lastWindow();
    await vi.advanceTimersByTimeAsync(printTimeoutMs(40) - 1);
    expect(window.destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    await expect(printed).rejects.toThrow(/longer than 40 s while laying out 40 pages/);
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('times out when printToPDF hangs', async () => {
    vi.useFakeTimers();
    const printed = printer.print(jobOf(2), hooks());
    const outcome = expect(printed).rejects.toThrow(/while printing 2 pages/);
    const window = lastWindow();
    window.webContents.printToPDF.mockReturnValueOnce(new Promise(() => undefined));
    await ask(window, 'print:ready', { pages: 2, overflowing: [], brokenImages: 0 });
    await vi.advanceTimersByTimeAsync(printTimeoutMs(2));
    await outcome;
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('cancel during layout destroys the window and rejects with an AbortError, without printing', async () => {
    const h = hooks();
    const printed = printer.print(jobOf(5), h);
    const window = lastWindow();
    await ask(window, 'print:progress', { done: 1, total: 5 });
    h.controller.abort();
    await expect(printed).rejects.toMatchObject({ name: 'AbortError' });
    expect(window.destroy).toHaveBeenCalledOnce();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    await expect(ask(window, 'print:ready', { pages: 5, overflowing: [], brokenImages: 0 })).rejects.toThrow(/sender not allowed/);
  });

  it('cancel while printing rejects with an AbortError and destroys the window', async () => {
    const h = hooks();
    const printed = printer.print(jobOf(1), h);
    const window = lastWindow();
    window.webContents.printToPDF.mockReturnValueOnce(new Promise(() => undefined));
    await ask(window, 'print:ready', { pages: 1, overflowing: [], brokenImages: 0 });
    h.controller.abort();
    await expect(printed).rejects.toMatchObject({ name: 'AbortError' });
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('does not open a window for an export canceled before it printed', async () => {
    const h = hooks();
    h.controller.abort();
    await expect(printer.print(jobOf(1), h)).rejects.toMatchObject({ name: 'AbortError' });
    expect(electronMock.windows).toHaveLength(0);
  });

  it('fails with a clear error and destroys the window when the print view renderer dies', async () => {
    const printed = printer.print(jobOf(1), hooks());
    const window = lastWindow();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(printed).rejects.toThrow(/print view stopped \(crashed\)/);
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('fails at once with the print view\'s message when it reports a failure, without printing', async () => {
    const printed = printer.print(jobOf(4), hooks());
    const window = lastWindow();
    await ask(window, 'print:failed', { message: 'theme missing' });
    await expect(printed).rejects.toThrow(new ExportError('The print view failed: theme missing'));
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('fails when the print window is closed from elsewhere', async () => {
    const printed = printer.print(jobOf(1), hooks());
    lastWindow().emit('closed');
    await expect(printed).rejects.toThrow(/print view closed/);
  });
});
