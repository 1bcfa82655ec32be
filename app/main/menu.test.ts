import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, Menu } from '../../tests/mocks/electron';
import { buildMenuTemplate, installMenu, type MenuOptions } from './menu';

beforeEach(() => electronMock.reset());

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    platform: 'linux',
    isPackaged: false,
    appName: 'Mimbar',
    onOpen: vi.fn(),
    recent: [],
    onOpenRecent: vi.fn(),
    onClearRecent: vi.fn(),
    onCheckDeck: vi.fn(),
    onExport: vi.fn(),
    onNotesEditor: vi.fn(),
    onSaveNotesAs: vi.fn(),
    onStartPresenting: vi.fn(),
    onSwapDisplays: vi.fn(),
    onToggleConsole: vi.fn(),
    language: null,
    onLanguage: vi.fn(),
    ...overrides,
  };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label || item.role === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], key: string): MenuItemConstructorOptions | undefined {
  return items.find((entry) => entry.label === key || entry.role === key);
}

describe('buildMenuTemplate', () => {
  it('File → Open Recent lists the decks by name and folder, opens the one chosen, and clears', () => {
    const onOpenRecent = vi.fn();
    const onClearRecent = vi.fn();
    const items = submenu(submenu(buildMenuTemplate(options({ recent: ['/kelas/satu.md', '/kelas/dua.markdown'], onOpenRecent, onClearRecent })), 'File'), 'Open Recent');
    expect(items.map((entry) => entry.label ?? entry.type)).toEqual(['satu.md — /kelas', 'dua.markdown — /kelas', 'separator', 'Clear Menu']);
    (items[1]?.click as () => void)();
    expect(onOpenRecent).toHaveBeenCalledWith('/kelas/dua.markdown');
    (items[3]?.click as () => void)();
    expect(onClearRecent).toHaveBeenCalledOnce();
    const empty = submenu(submenu(buildMenuTemplate(options()), 'File'), 'Open Recent');
    expect(empty).toEqual([{ label: 'No Recent Decks', enabled: false }]);
  });

  it('File → Check Deck… runs the pre-flight', () => {
    const onCheckDeck = vi.fn();
    (item(submenu(buildMenuTemplate(options({ onCheckDeck })), 'File'), 'Check Deck…')?.click as () => void)();
    expect(onCheckDeck).toHaveBeenCalledOnce();
  });

  it('Edit → Notes Editor (CmdOrCtrl+Shift+N) and File → Save Notes As… (CmdOrCtrl+Shift+S) call their actions', () => {
    const onNotesEditor = vi.fn();
    const onSaveNotesAs = vi.fn();
    const template = buildMenuTemplate(options({ onNotesEditor, onSaveNotesAs }));
    const editor = item(submenu(template, 'Edit'), 'Notes Editor');
    const saveAs = item(submenu(template, 'File'), 'Save Notes As…');
    expect(editor?.accelerator).toBe('CmdOrCtrl+Shift+N');
    expect(saveAs?.accelerator).toBe('CmdOrCtrl+Shift+S');
    (editor?.click as () => void)();
    (saveAs?.click as () => void)();
    expect(onNotesEditor).toHaveBeenCalledOnce();
    expect(onSaveNotesAs).toHaveBeenCalledOnce();
  });

  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(buildMenuTemplate(options()).map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'help']);
  });

  it('File has Open… (CmdOrCtrl+O) calling onOpen, Close Window and Quit with accelerators', () => {
    const onOpen = vi.fn();
    const file = submenu(buildMenuTemplate(options({ onOpen })), 'File');
    const open = item(file, 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(onOpen).toHaveBeenCalledOnce();
    expect(item(file, 'close')).toMatchObject({ label: 'Close Window', accelerator: 'CmdOrCtrl+W' });
    expect(item(file, 'quit')).toMatchObject({ accelerator: 'CmdOrCtrl+Q' });
  });

  it('File has Export PDF… on CmdOrCtrl+Shift+E calling onExport, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const onExport = vi.fn();
      const exportPdf = item(submenu(buildMenuTemplate(options({ platform, onExport })), 'File'), 'Export PDF…');
      expect(exportPdf?.accelerator, platform).toBe('CmdOrCtrl+Shift+E');
      (exportPdf?.click as () => void)();
      expect(onExport, platform).toHaveBeenCalledOnce();
    }
  });

  it('View has fullscreen on F11, reload, zoom and DevTools in development', () => {
    const view = submenu(buildMenuTemplate(options()), 'View');
    expect(item(view, 'togglefullscreen')?.accelerator).toBe('F11');
    expect(item(view, 'reload')?.accelerator).toBe('CmdOrCtrl+R');
    expect(item(view, 'resetZoom')?.accelerator).toBe('CmdOrCtrl+0');
    expect(item(view, 'zoomIn')?.accelerator).toBe('CmdOrCtrl+Plus');
    expect(item(view, 'zoomOut')?.accelerator).toBe('CmdOrCtrl+-');
    expect(item(view, 'toggleDevTools')?.accelerator).toBe('Ctrl+Shift+I');
  });

  it('View has Start Presenting on F5, Swap Displays and Show/Hide Presenter Console, on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const handlers = { onStartPresenting: vi.fn(), onSwapDisplays: vi.fn(), onToggleConsole: vi.fn() };
      const view = submenu(buildMenuTemplate(options({ platform, ...handlers })), 'View');
      const start = item(view, 'Start Presenting');
      expect(start?.accelerator, platform).toBe('F5');
      (start?.click as () => void)();
      expect(handlers.onStartPresenting, platform).toHaveBeenCalledOnce();
      const swap = item(view, 'Swap Displays');
      expect(swap?.accelerator, platform).toBeUndefined();
      (swap?.click as () => void)();
      expect(handlers.onSwapDisplays, platform).toHaveBeenCalledOnce();
      const toggle = item(view, 'Show/Hide Presenter Console');
      expect(toggle?.accelerator, platform).toBe('CmdOrCtrl+Alt+P');
      (toggle?.click as () => void)();
      expect(handlers.onToggleConsole, platform).toHaveBeenCalledOnce();
    }
  });

  it('View → Language offers Automatic, Bahasa Indonesia and English as radio items, checks the current one, reports a choice', () => {
    const onLanguage = vi.fn();
    const languages = submenu(submenu(buildMenuTemplate(options({ language: 'id', onLanguage })), 'View'), 'Language');
    expect(languages.map((entry) => [entry.label, entry.type, entry.checked])).toEqual([
      ['Automatic', 'radio', false],
      ['Bahasa Indonesia', 'radio', true],
      ['English', 'radio', false],
    ]);
    (languages[2]?.click as () => void)();
    (languages[0]?.click as () => void)();
    expect(onLanguage.mock.calls).toEqual([['en'], [null]]);
  });

  it('leaves DevTools out of a packaged app', () => {
    const view = submenu(buildMenuTemplate(options({ isPackaged: true })), 'View');
    expect(item(view, 'toggleDevTools')).toBeUndefined();
  });

  it('Help has About', () => {
    expect(item(submenu(buildMenuTemplate(options()), 'help'), 'about')).toMatchObject({ label: 'About Mimbar' });
  });

  it('follows macOS conventions: app menu with About and Quit, Ctrl+Cmd+F fullscreen', () => {
    const template = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['Mimbar', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    const appMenu = submenu(template, 'Mimbar');
    expect(item(appMenu, 'about')).toBeDefined();
    expect(item(appMenu, 'quit')?.accelerator).toBe('CmdOrCtrl+Q');
    expect(item(submenu(template, 'File'), 'quit')).toBeUndefined();
    expect(item(submenu(template, 'View'), 'togglefullscreen')?.accelerator).toBe('Ctrl+Cmd+F');
    expect(item(submenu(template, 'View'), 'toggleDevTools')?.accelerator).toBe('Alt+Cmd+I');
  });

  it('gives every command that has a usual shortcut an accelerator', () => {
    const usual = new Set(['Open…', 'Export PDF…', 'Start Presenting', 'Show/Hide Presenter Console', 'close', 'quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'toggleDevTools']);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const menu of buildMenuTemplate(options({ platform }))) {
        for (const entry of Array.isArray(menu.submenu) ? menu.submenu : []) {
          const key = entry.role ?? entry.label ?? '';
          if (usual.has(key)) expect(entry.accelerator, `${platform} ${key}`).toBeTruthy();
        }
      }
    }
  });
});

describe('installMenu', () => {
  it('sets the built template as the application menu', () => {
    installMenu(options());
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
