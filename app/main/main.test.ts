import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../contract/deck';
import { app, electronMock, Menu, protocol, session } from '../../tests/mocks/electron';

vi.mock('../core/load-deck', () => ({
  loadDeck: vi.fn(async () => ({ meta: { title: 'Manfaat Hubungan Internasional' }, slides: [], warnings: [] }) as unknown as Deck),
}));

// Electron defines process.resourcesPath; plain Node does not.
Object.defineProperty(process, 'resourcesPath', { value: '/resources', configurable: true });

beforeAll(async () => {
  electronMock.reset();
  await import('./main');
  // Wait on the app's own milestone (the startup deck titled the window), never on a timer.
  await vi.waitFor(() => expect(electronMock.windows[0]?.title).toContain('Mimbar'));
});

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
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual(['deck:get', 'deck:open-dialog', 'deck:open-path', 'export:cancel', 'export:get-setup', 'export:start', 'link:open', 'print:failed', 'print:get-job', 'print:progress', 'print:ready']);
    expect(electronMock.windows).toHaveLength(1);
    const window = electronMock.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('mimbar://app/audience.html');
    expect((window?.options.webPreferences as { preload: string }).preload).toMatch(/[/\\]preload[/\\]preload\.cjs$/);
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

  it('titles the window after the startup deck', () => {
    expect(electronMock.windows[0]?.title).toBe('Manfaat Hubungan Internasional — Mimbar');
  });

  it('quits when all windows close, except on macOS', () => {
    const call = app.on.mock.calls.find(([event]) => event === 'window-all-closed');
    call?.[1]();
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
