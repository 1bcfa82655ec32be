import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, type FakeBrowserWindow } from '../../../tests/mocks/electron';
import { createDeckWindow, isAppWindow, listDeckWindows } from '../windows';
import { createExportDialogOpener, EXPORT_DIALOG_URL } from './export-dialog-window';

let deckWindow: FakeBrowserWindow;

beforeEach(() => {
  electronMock.reset();
  deckWindow = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
});

describe('export dialog window', () => {
  it('is a small fixed-size modal child of the deck window with the app window preferences', () => {
    const dialog = createExportDialogOpener('/preload.cjs', vi.fn())(deckWindow as never) as unknown as FakeBrowserWindow;
    expect(dialog.options).toMatchObject({ parent: deckWindow, modal: true, width: 420, height: 420, resizable: false, show: false });
    expect(dialog.options.webPreferences).toMatchObject({ preload: '/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(dialog.loadURL).toHaveBeenCalledWith(EXPORT_DIALOG_URL);
    expect(EXPORT_DIALOG_URL).toBe('mimbar://app/export-dialog.html');
    expect(dialog.removeMenu).toHaveBeenCalled();
    dialog.emit('ready-to-show');
    expect(dialog.show).toHaveBeenCalledOnce();
  });

  it('is trusted by IPC but is not a deck window', () => {
    const dialog = createExportDialogOpener('/preload.cjs', vi.fn())(deckWindow as never);
    expect(isAppWindow(dialog)).toBe(true);
    expect(listDeckWindows()).not.toContain(dialog);
  });

  it('focuses the open dialog instead of opening a second one, and reports its closing', () => {
    const onClosed = vi.fn();
    const open = createExportDialogOpener('/preload.cjs', onClosed);
    const first = open(deckWindow as never) as unknown as FakeBrowserWindow;
    expect(open(deckWindow as never)).toBe(first);
    expect(first.focus).toHaveBeenCalledOnce();
    first.close();
    expect(onClosed).toHaveBeenCalledOnce();
    expect(open(deckWindow as never)).not.toBe(first);
  });
});
