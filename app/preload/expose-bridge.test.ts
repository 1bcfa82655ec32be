import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MimbarBridge } from '../contract/channels';
import { METHOD_CHANNELS, WINDOW_ACCESS, WINDOW_KINDS, type WindowKind } from '../contract/windows';
import { contextBridge, electronMock, ipcRenderer, webUtils } from '../../tests/mocks/electron';
import { bridgeFor } from './expose-bridge';

/** The bridge the preload of `kind` exposes. */
async function preload(kind: WindowKind): Promise<Partial<MimbarBridge>> {
  return bridgeFor(kind) as Partial<MimbarBridge>;
}

beforeEach(() => electronMock.reset());

describe('the preload files', () => {
  it('each exposes exactly window.mimbar, the bridge of its own kind of window', async () => {
    for (const kind of WINDOW_KINDS) {
      contextBridge.exposeInMainWorld.mockClear();
      await import(`./${kind}.ts`);
      expect(contextBridge.exposeInMainWorld, kind).toHaveBeenCalledOnce();
      const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
      expect(name).toBe('mimbar');
      expect(Object.keys(exposed as object).sort(), kind).toEqual([...WINDOW_ACCESS[kind].methods, 'on'].sort());
    }
  });
});

describe('the preload of each window', () => {
  it('has that window\'s methods and on, nothing else', async () => {
    const seen: Record<string, string[]> = {};
    for (const kind of WINDOW_KINDS) {
      const bridge = await preload(kind);
      seen[kind] = Object.keys(bridge).sort();
      expect(seen[kind], kind).toEqual([...WINDOW_ACCESS[kind].methods, 'on'].sort());
      for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    }
    // What each window cannot reach: the audience has no notes or export, the print view nothing but printing.
    expect(seen.audience).not.toContain('editNotes');
    expect(seen.audience).not.toContain('startExport');
    expect(seen.print).toEqual(['getPrintJob', 'on', 'reportPrintFailed', 'reportPrintProgress', 'reportPrintReady']);
    expect(seen['export-dialog']).not.toContain('saveNotesAs');
  });

  it('every bridge method of the contract is given to some window', () => {
    const given = new Set(WINDOW_KINDS.flatMap((kind): readonly string[] => WINDOW_ACCESS[kind].methods));
    expect([...given].sort()).toEqual(Object.keys(METHOD_CHANNELS).sort());
  });

  it('maps each method to its invoke channel', async () => {
    const bridge = await preload('audience');
    ipcRenderer.invoke.mockResolvedValueOnce({ deck: {} }).mockResolvedValueOnce({ ok: true });
    await expect(bridge.getDeck?.()).resolves.toEqual({ deck: {} });
    await expect(bridge.openLink?.('https://example.org/')).resolves.toEqual({ ok: true });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['deck:get', {}],
      ['link:open', { url: 'https://example.org/' }],
    ]);
  });

  it('resolves a dropped file to its path with webUtils and sends only the path', async () => {
    const bridge = await preload('audience');
    const file = { name: 'talk.md' };
    webUtils.getPathForFile.mockReturnValueOnce('/decks/talk.md');
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.openDroppedFile?.(file)).resolves.toEqual({ ok: true });
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('deck:open-path', { path: '/decks/talk.md' });
  });

  it('does not ask main about a file that is not on disk', async () => {
    const bridge = await preload('audience');
    webUtils.getPathForFile.mockReturnValueOnce('');
    await expect(bridge.openDroppedFile?.({ name: 'pasted.md' })).resolves.toMatchObject({ ok: false });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers the window\'s events without the IPC event, and unsubscribes', async () => {
    const bridge = (await preload('audience')) as MimbarBridge;
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

  it('refuses channels that are not events of that window', async () => {
    const audience = (await preload('audience')).on as (event: string, listener: () => void) => () => void;
    for (const channel of ['deck:get', 'notes:status', 'export:finished', 'ELECTRON_BROWSER_WINDOW_ALERT', 'toString', '__proto__', '']) {
      expect(() => audience(channel, () => undefined), channel).toThrow(/unknown event/);
    }
    const print = (await preload('print')).on as (event: string, listener: () => void) => () => void;
    expect(() => print('deck:changed', () => undefined)).toThrow(/unknown event/);
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });
});
