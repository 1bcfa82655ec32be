/**
 * The export dialog: a small modal child of the deck window on `mimbar://app/export-dialog.html`,
 * with an app window's locked-down preferences. One at a time; closing it cancels a running export.
 */
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_BASE } from '../app-urls';
import { registerHelperWindow, windowOptions } from '../windows';

/** The dialog's page. */
export const EXPORT_DIALOG_URL = `${APP_BASE}export-dialog.html`;

/** The dialog window's options: fixed size, modal to `parent`, same web preferences and preload as a deck window. */
export function exportDialogOptions(preloadPath: string, parent: BrowserWindow): BrowserWindowConstructorOptions {
  return {
    parent,
    modal: true,
    width: 420,
    height: 420,
    useContentSize: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    title: 'Export PDF',
    show: false,
    webPreferences: windowOptions(preloadPath).webPreferences,
  };
}

/** Opens the dialog over `parent`, or focuses the one already open. */
export type OpenExportDialog = (parent: BrowserWindow) => BrowserWindow;

/** Creates the opener; `onClosed` runs when the dialog closes (main cancels the export then). */
export function createExportDialogOpener(preloadPath: string, onClosed: () => void): OpenExportDialog {
  let current: BrowserWindow | null = null;
  return (parent) => {
    if (current && !current.isDestroyed()) {
      current.focus();
      return current;
    }
    const window = new BrowserWindow(exportDialogOptions(preloadPath, parent));
    current = window;
    registerHelperWindow(window, 'export-dialog');
    // Windows and Linux would give the dialog the app's menu bar.
    window.removeMenu();
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (current === window) current = null;
      onClosed();
    });
    window.loadURL(EXPORT_DIALOG_URL).catch((error: unknown) => console.error('mimbar: could not load the export dialog', error));
    return window;
  };
}
