import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MimbarBridge } from '../contract/channels';
import { contextBridge, electronMock, ipcRenderer, webUtils } from '../../tests/mocks/electron';

let bridge: MimbarBridge;

beforeAll(async () => {
  electronMock.reset();
  await import('./preload');
  bridge = electronMock.exposed.get('mimbar') as MimbarBridge;
});

describe('preload', () => {
  it('exposes exactly window.mimbar with one method per contract action', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...electronMock.exposed.keys()]).toEqual(['mimbar']);
    expect(Object.keys(bridge).sort()).toEqual(['cancelExport', 'editNotes', 'getDeck', 'getExportSetup', 'getNotesStatus', 'getPresentation', 'getPrintJob', 'on', 'openDialog', 'openDroppedFile', 'openLink', 'recoverNotes', 'reportPrintFailed', 'reportPrintProgress', 'reportPrintReady', 'resolveNotesConflict', 'saveNotesAs', 'saveNotesNow', 'sendPresentationCommand', 'startExport', 'swapDisplays', 'toggleConsole']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('maps each method to its invoke channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ deck: {} }).mockResolvedValueOnce({ ok: true }).mockResolvedValueOnce({ ok: true });
    await expect(bridge.getDeck()).resolves.toEqual({ deck: {} });
    await expect(bridge.openDialog()).resolves.toEqual({ ok: true });
    await expect(bridge.openLink('https://example.org/')).resolves.toEqual({ ok: true });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['deck:get', {}],
      ['deck:open-dialog', {}],
      ['link:open', { url: 'https://example.org/' }],
    ]);
  });

  it('resolves a dropped file to its path with webUtils and sends only the path', async () => {
    ipcRenderer.invoke.mockClear();
    const file = { name: 'talk.md' };
    webUtils.getPathForFile.mockReturnValueOnce('/decks/talk.md');
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.openDroppedFile(file)).resolves.toEqual({ ok: true });
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('deck:open-path', { path: '/decks/talk.md' });
  });

  it('does not ask main about a file that is not on disk', async () => {
    ipcRenderer.invoke.mockClear();
    webUtils.getPathForFile.mockReturnValueOnce('');
    await expect(bridge.openDroppedFile({ name: 'pasted.md' })).resolves.toMatchObject({ ok: false });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers contract events without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.on('deck:error', listener);
    electronMock.emitToRenderer('deck:error', { message: 'nope' });
    expect(listener).toHaveBeenCalledWith({ message: 'nope' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    expect(electronMock.rendererListenerCount('deck:error')).toBe(0);
    electronMock.emitToRenderer('deck:error', { message: 'again' });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('refuses channels that are not contract events', () => {
    ipcRenderer.on.mockClear();
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    for (const channel of ['deck:get', 'ELECTRON_BROWSER_WINDOW_ALERT', 'toString', '__proto__', '']) {
      expect(() => on(channel, () => undefined), channel).toThrow(/unknown event/);
    }
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
