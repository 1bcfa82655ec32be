/**
 * The application menu. `buildMenuTemplate` is pure (platform and packaging are parameters) so the
 * items and accelerators are unit-tested; `installMenu` hands the template to Electron.
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

/** What the menu depends on. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** File → Open…: show the open dialog and open the chosen deck. */
  onOpen: () => void;
  /** File → Export PDF…: open the export dialog over the deck window. */
  onExport: () => void;
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
      separator,
      // Shift: macOS reserves Cmd+E for "Use Selection for Find"; Cmd+Shift+E is Export in Figma, Sketch and Inkscape.
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => options.onExport() },
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
    ],
  };
  const devTools: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [separator, { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' }];
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
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

/** Builds the menu for this platform and makes it the application menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
