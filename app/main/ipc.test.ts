import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels, type DeckPayload } from '../contract/channels';
import { createFrame, electronMock, FakeBrowserWindow, FakeWebContents } from '../../tests/mocks/electron';
import { registerForTest } from '../../tests/support/main-handlers';
import { sendEvent } from './ipc';
import { createDeckWindow } from './windows';

let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  electronMock.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function appWindow(): FakeBrowserWindow {
  createDeckWindow('/preload.cjs');
  const window = electronMock.windows.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

function registerSpy() {
  const handler = vi.fn(async (request: { path: string }) => ({ ok: true as const, seen: request.path }));
  registerForTest(null, { 'deck:open-path': handler });
  return handler;
}

describe('registerHandlers', () => {
  it('delegates a valid request from the app window to the handler', async () => {
    const handler = registerSpy();
    const window = appWindow();
    const event = electronMock.ipcEvent(window.webContents);
    await expect(electronMock.invoke('deck:open-path', event, { path: '/decks/a.md' })).resolves.toEqual({ ok: true, seen: '/decks/a.md' });
    expect(handler).toHaveBeenCalledWith({ path: '/decks/a.md' }, event);
  });

  it('rejects web contents that are not one of our windows', async () => {
    const handler = registerSpy();
    const stranger = new FakeWebContents();
    await expect(electronMock.invoke('deck:open-path', electronMock.ipcEvent(stranger), { path: '/a.md' })).rejects.toThrow(/sender not allowed/);
    const unregistered = new FakeBrowserWindow();
    await expect(electronMock.invoke('deck:open-path', electronMock.ipcEvent(unregistered.webContents), { path: '/a.md' })).rejects.toThrow(/sender not allowed/);
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('rejects our window once it shows a page that is not mimbar://app/', async () => {
    const handler = registerSpy();
    const window = appWindow();
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'mimbar://deck/x.svg', 'about:blank']) {
      window.webContents.mainFrame.url = url;
      await expect(electronMock.invoke('deck:open-path', electronMock.ipcEvent(window.webContents), { path: '/a.md' }), url).rejects.toThrow(/sender not allowed/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects subframes, frames of other pages and destroyed frames', async () => {
    const handler = registerSpy();
    const window = appWindow();
    const contents = window.webContents;
    const subframe = createFrame('mimbar://app/audience.html', contents.mainFrame);
    const lookalike = createFrame('mimbar://app/audience.html');
    for (const frame of [subframe, lookalike, null]) {
      await expect(electronMock.invoke('deck:open-path', electronMock.ipcEvent(contents, frame), { path: '/a.md' })).rejects.toThrow(/sender not allowed/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts another object for the same main frame (compared by ids)', async () => {
    const handler = registerSpy();
    const contents = appWindow().webContents;
    const sameFrame = { ...contents.mainFrame };
    await electronMock.invoke('deck:open-path', electronMock.ipcEvent(contents, sameFrame), { path: '/a.md' });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('rejects a channel the sender\'s kind of window does not use, before the handler runs', async () => {
    const handler = vi.fn(async () => ({ state: 'saved' }) as never);
    registerForTest(null, { 'deck:open-path': vi.fn(), 'export:cancel': vi.fn(async () => null), 'print:failed': vi.fn(async () => null) });
    registerForTest({ 'notes:save-now': handler });
    const event = electronMock.ipcEvent(appWindow().webContents);
    for (const channel of ['notes:save-now', 'export:cancel', 'print:failed']) {
      await expect(electronMock.invoke(channel, event, channel === 'print:failed' ? { message: 'x' } : {}), channel).rejects.toThrow(/sender not allowed/);
    }
    expect(handler).not.toHaveBeenCalled();
    createDeckWindow('/preload.cjs', 'notes-editor');
    const editor = electronMock.windows.at(-1) as FakeBrowserWindow;
    await electronMock.invoke('notes:save-now', electronMock.ipcEvent(editor.webContents), {});
    expect(handler).toHaveBeenCalledOnce();
  });

  it('registers every channel of the contract', () => {
    registerForTest(null);
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
  });

  it('rejects invalid payloads before the handler runs', async () => {
    const handler = registerSpy();
    const event = electronMock.ipcEvent(appWindow().webContents);
    for (const payload of [{}, { path: 42 }, { path: '' }, { path: '/a.md', extra: true }, 'path', null]) {
      await expect(electronMock.invoke('deck:open-path', event, payload), JSON.stringify(payload)).rejects.toThrow(/Invalid payload for deck:open-path/);
    }
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('sendEvent', () => {
  it('sends a contract event to the window', () => {
    const window = appWindow();
    const payload = { message: 'nope' };
    sendEvent(window as unknown as Parameters<typeof sendEvent>[0], 'deck:error', payload);
    expect(window.webContents.send).toHaveBeenCalledWith('deck:error', payload);
  });

  it('types the payload by channel', () => {
    const window = appWindow() as unknown as Parameters<typeof sendEvent>[0];
    const deckPayload = { deck: {}, assetBase: 'mimbar://deck/', fileName: null } as unknown as DeckPayload;
    sendEvent(window, 'deck:changed', deckPayload);
    // @ts-expect-error deck:error carries { message }, not a deck
    sendEvent(window, 'deck:error', deckPayload);
  });
});
