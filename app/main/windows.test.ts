import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeBrowserWindow } from '../../tests/mocks/electron';
import { createDeckWindow, isAppWindow, listDeckWindows, registerDeckWindow, registerHelperWindow, windowKindOf, windowOptions } from './windows';

beforeEach(() => electronMock.reset());

function created(): FakeBrowserWindow {
  createDeckWindow('/app/dist/preload/preload.cjs');
  const window = electronMock.windows.at(-1);
  if (!window) throw new Error('no window created');
  return window;
}

describe('createDeckWindow', () => {
  it('locks down web preferences', () => {
    const prefs = created().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('starts hidden on a dark background and shows on ready-to-show', () => {
    const window = created();
    expect(window.options).toMatchObject({ show: false, backgroundColor: expect.stringMatching(/^#[0-3]/) });
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the audience page over the mimbar scheme, never file://', () => {
    expect(created().loadURL).toHaveBeenCalledWith('mimbar://app/audience.html');
  });

  it('installs the window-open and navigation guards', () => {
    const window = created();
    expect(window.webContents.windowOpenHandler?.({ url: 'mimbar://app/x.html' })).toEqual({ action: 'deny' });
    const event = { url: 'https://example.com', preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('keeps the deck title instead of the page title', () => {
    const event = { preventDefault: vi.fn() };
    created().emit('page-title-updated', event, 'page title');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('tracks its windows until they close', () => {
    const window = created();
    const asReal = window as unknown as Parameters<typeof isAppWindow>[0];
    expect(isAppWindow(asReal)).toBe(true);
    expect(listDeckWindows()).toContain(asReal);
    expect(windowKindOf(asReal)).toBe('audience');
    window.emit('closed');
    expect(isAppWindow(asReal)).toBe(false);
    expect(windowKindOf(asReal)).toBeNull();
    expect(isAppWindow(null)).toBe(false);
  });

  it('never enables Node in the page', () => {
    const prefs = windowOptions('/p.cjs').webPreferences ?? {};
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });
});

describe('registerHelperWindow', () => {
  it('makes a helper window trusted until it closes, without listing it as a deck window', () => {
    const helper = new FakeBrowserWindow({ show: false });
    const asReal = helper as unknown as Parameters<typeof registerHelperWindow>[0];
    registerHelperWindow(asReal, 'export-dialog');
    expect(isAppWindow(asReal)).toBe(true);
    expect(windowKindOf(asReal)).toBe('export-dialog');
    expect(listDeckWindows()).not.toContain(asReal);
    expect(helper.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    helper.emit('closed');
    expect(isAppWindow(asReal)).toBe(false);
  });
});

describe('registerDeckWindow', () => {
  it('lists and trusts another deck window (the presenter console) until it closes, with the guards, without showing it', () => {
    const console = new FakeBrowserWindow(windowOptions('/p.cjs') as Record<string, unknown>);
    const asReal = console as unknown as Parameters<typeof registerDeckWindow>[0];
    registerDeckWindow(asReal, 'presenter');
    expect(listDeckWindows()).toContain(asReal);
    expect(windowKindOf(asReal)).toBe('presenter');
    expect(console.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    console.emit('ready-to-show');
    expect(console.show).not.toHaveBeenCalled();
    console.emit('closed');
    expect(isAppWindow(asReal)).toBe(false);
  });
});
