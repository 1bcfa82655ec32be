import { beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../contract/channels';
import type { Deck } from '../contract/deck';
import type * as LiveDeckModule from '../core/live-deck/live-deck';
import { app, electronMock, Menu, protocol, session } from '../../tests/mocks/electron';

vi.mock('../core/live-deck/live-deck', async (importOriginal) => {
  const original = await importOriginal<typeof LiveDeckModule>();
  const deck = { meta: { title: 'Manfaat Hubungan Internasional' }, slides: [], warnings: [] } as unknown as Deck;
  const notesStatus = () => original.readOnlyNotesStatus('read-only in tests');
  return { ...original, openLiveDeck: vi.fn(async ({ path }: { path: string }) => ({ path, deck: () => deck, notice: () => null, assetVersion: () => 0, notes: () => null, notesStatus, close: async () => undefined })) };
});

// Electron defines process.resourcesPath; plain Node does not.
Object.defineProperty(process, 'resourcesPath', { value: '/resources', configurable: true });

beforeAll(async () => {
  electronMock.reset();
  await import('./main');
  // Wait on the app's own milestone (the startup deck titled the window), never on a timer.
  await vi.waitFor(() => expect(electronMock.windows[0]?.title).toContain('Mimbar'));
});

interface TestMenuItem {
  label?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: TestMenuItem[];
}

function viewItem(label: string): TestMenuItem | undefined {
  const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as TestMenuItem[];
  return template.find((menu) => menu.label === 'View')?.submenu?.find((entry) => entry.label === label);
}

describe('main lifecycle', () => {
  it('registers the privileged scheme and the sandbox before ready', () => {
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    const registered = protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    expect(registered).toBeLessThan(app.whenReady.mock.invocationCallOrder[0] ?? 0);
  });

  it('on ready: protocol handler, session security, IPC handlers, one window on the audience page', () => {
    expect(electronMock.protocolHandlers.has('mimbar')).toBe(true);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    // Every channel of the contract has its handler in main.
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(electronMock.windows).toHaveLength(1);
    const window = electronMock.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('mimbar://app/audience.html');
    expect((window?.options.webPreferences as { preload: string }).preload).toMatch(/[/\\]preload[/\\]audience\.cjs$/);
  });

  it('File → Export PDF… opens the export dialog over the deck window, once', () => {
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const exportPdf = template.find((menu) => menu.label === 'File')?.submenu?.find((entry) => entry.label === 'Export PDF…');
    exportPdf?.click?.();
    exportPdf?.click?.();
    const dialogs = electronMock.windows.filter((window) => window.options.parent === electronMock.windows[0]);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]?.loadURL).toHaveBeenCalledWith('mimbar://app/export-dialog.html');
    dialogs[0]?.close();
  });

  it('View → Language sends ui:language to the windows and to windows opened later', () => {
    const deckWindow = electronMock.windows[0];
    const automatic = viewItem('Language')?.submenu?.find((entry) => entry.label === 'Automatic');
    viewItem('Language')?.submenu?.find((entry) => entry.label === 'Bahasa Indonesia')?.click?.();
    expect(deckWindow?.webContents.send).toHaveBeenCalledWith('ui:language', { lang: 'id' });
    const activate = app.on.mock.calls.find(([event]) => event === 'activate');
    deckWindow?.close();
    activate?.[1]();
    const later = electronMock.windows.at(-1);
    later?.webContents.emit('did-finish-load');
    expect(later?.webContents.send).toHaveBeenCalledWith('ui:language', { lang: 'id' });
    automatic?.click?.();
    expect(later?.webContents.send).toHaveBeenLastCalledWith('ui:language', { lang: null });
  });

  it('View → Start Presenting (F5) opens the presenter console', () => {
    const start = viewItem('Start Presenting');
    expect(start?.accelerator).toBe('F5');
    start?.click?.();
    const console = electronMock.windows.find((window) => window.loadURL.mock.calls.some(([url]) => url === 'mimbar://app/presenter.html'));
    expect(console).toBeDefined();
    expect(electronMock.windows.filter((window) => !window.isDestroyed() && window !== console).some((window) => window.isFullScreen())).toBe(true);
    console?.close();
  });

  it('titles the window after the startup deck', () => {
    expect(electronMock.windows[0]?.title).toBe('Manfaat Hubungan Internasional — Mimbar');
  });

  it('quits when all windows close, except on macOS', () => {
    const call = app.on.mock.calls.find(([event]) => event === 'window-all-closed');
    call?.[1]();
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
