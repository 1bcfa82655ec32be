/**
 * The application menu. `buildMenuTemplate` is pure (platform and packaging are parameters) so the
 * items and accelerators are unit-tested; `installMenu` hands the template to Electron.
 */
import { basename, dirname } from 'node:path';
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { UI_LANGUAGES } from './presenting/ui-language';
import type { UiLanguage } from './presenting/ui-language';

/** What the menu depends on. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** File → Open…: show the open dialog and open the chosen deck. */
  onOpen: () => void;
  /** File → Open Recent: the decks opened last, newest first (full paths). */
  recent: readonly string[];
  onOpenRecent: (path: string) => void;
  onClearRecent: () => void;
  /** File → Check Deck…: the offline pre-flight of the open deck. */
  onCheckDeck: () => void;
  /** File → Export PDF…: open the export dialog over the deck window. */
  onExport: () => void;
  /** Edit → Notes Editor: the window where every slide's notes are edited. */
  onNotesEditor: () => void;
  /** File → Save Notes As…: write the deck with every edited note to another file. */
  onSaveNotesAs: () => void;
  /** View → Start Presenting: open the presenter console and place the windows on the displays. */
  onStartPresenting: () => void;
  /** View → Swap Displays: exchange the audience and console displays. */
  onSwapDisplays: () => void;
  /** View → Show/Hide Presenter Console. */
  onToggleConsole: () => void;
  /** The language checked in View → Language when the menu is built. */
  language: UiLanguage;
  /** View → Language: a language was chosen. */
  onLanguage: (lang: UiLanguage) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The menu template: macOS keeps About and Quit in the app menu, other platforms in Help and File. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${options.appName}` };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: isMac ? `Quit ${options.appName}` : 'Quit', accelerator: 'CmdOrCtrl+Q' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [about, separator, { role: 'hide', accelerator: 'Cmd+H' }, { role: 'hideOthers', accelerator: 'Cmd+Alt+H' }, { role: 'unhide' }, separator, quit],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => options.onOpen() },
      { label: 'Open Recent', submenu: recentItems(options) },
      separator,
      { label: 'Check Deck…', click: () => options.onCheckDeck() },
      // Shift: macOS reserves Cmd+E for "Use Selection for Find"; Cmd+Shift+E is Export in Figma, Sketch and Inkscape.
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => options.onExport() },
      // Notes save by themselves; this writes a copy elsewhere, e.g. when the deck's own file is read-only.
      { label: 'Save Notes As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => options.onSaveNotesAs() },
      separator,
      { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+W' },
      ...(isMac ? [] : [separator, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: 'Shift+CmdOrCtrl+Z' },
      separator,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      separator,
      { label: 'Notes Editor', accelerator: 'CmdOrCtrl+Shift+N', click: () => options.onNotesEditor() },
    ],
  };
  const devTools: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [separator, { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      // F5 starts a slide show in PowerPoint and LibreOffice Impress.
      { label: 'Start Presenting', accelerator: 'F5', click: () => options.onStartPresenting() },
      // No accelerator: the console page handles X, and a global one would steal the key from the slides.
      { label: 'Swap Displays', click: () => options.onSwapDisplays() },
      { label: 'Show/Hide Presenter Console', accelerator: 'CmdOrCtrl+Alt+P', click: () => options.onToggleConsole() },
      { label: 'Language', submenu: UI_LANGUAGES.map(({ lang, label }) => ({ label, type: 'radio' as const, checked: lang === options.language, click: () => options.onLanguage(lang) })) },
      separator,
      { role: 'togglefullscreen', label: 'Toggle Fullscreen', accelerator: isMac ? 'Ctrl+Cmd+F' : 'F11' },
      { role: 'reload', accelerator: 'CmdOrCtrl+R' },
      separator,
      { role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      ...devTools,
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: isMac ? [] : [about] };

  return isMac ? [appMenu, file, edit, view, window, help] : [file, edit, view, help];
}

/** File → Open Recent's items: each deck by file name and folder, then Clear Menu. */
function recentItems(options: MenuOptions): MenuItemConstructorOptions[] {
  if (options.recent.length === 0) return [{ label: 'No Recent Decks', enabled: false }];
  return [
    ...options.recent.map((path) => ({ label: `${basename(path)} — ${dirname(path)}`, click: () => options.onOpenRecent(path) })),
    separator,
    { label: 'Clear Menu', click: () => options.onClearRecent() },
  ];
}

/** Builds the menu for this platform and makes it the application menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
