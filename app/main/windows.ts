/**
 * Creates the app's windows with locked-down web preferences and keeps track of them, so IPC can
 * tell a window we created from anything else.
 */
import { app, BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { AUDIENCE_URL } from './app-urls';
import { hardenWebContents } from './security';

const appWindows = new Set<BrowserWindow>();

/** Background shown before the first paint; matches the dark reveal.js themes. */
export const WINDOW_BACKGROUND = '#191919';

/** The constructor options of an app window; the preload is the only Node-side code it gets. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 480,
    minHeight: 320,
    title: 'Mimbar',
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Dropped files are handled by the renderer (drag-and-drop opens a deck), never navigated to.
      navigateOnDragDrop: false,
      // Spellcheck dictionaries are downloaded from the network.
      spellcheck: false,
      // A packaged app has no way into DevTools (the menu has no item for them either).
      devTools: !app.isPackaged,
    },
  };
}

// Print view and export dialog: trusted by IPC, but not deck windows (no deck events, no title).
const helperWindows = new Set<BrowserWindow>();

/** True when `window` is a deck window or a registered helper window, and has not closed yet. */
export function isAppWindow(window: BrowserWindow | null): window is BrowserWindow {
  return window !== null && (appWindows.has(window) || helperWindows.has(window));
}

/**
 * Registers a helper window (print view, export dialog) created with other options than a deck
 * window: IPC accepts it until it closes, and its web contents get the same guards. It is not listed
 * by `listAppWindows`, so deck events and titles never reach it.
 */
export function registerHelperWindow(window: BrowserWindow): void {
  helperWindows.add(window);
  window.on('closed', () => helperWindows.delete(window));
  hardenWebContents(window.webContents);
}

/** The app's open windows. */
export function listAppWindows(): BrowserWindow[] {
  return [...appWindows].filter((window) => !window.isDestroyed());
}

/**
 * Tracks `window` as an app window (audience or presenter console) until it closes: IPC accepts it,
 * `listAppWindows` lists it so deck and presentation events reach it, and its web contents get the guards.
 */
export function registerAppWindow(window: BrowserWindow): void {
  appWindows.add(window);
  window.on('closed', () => appWindows.delete(window));
  // The page's <title> would replace the deck title main sets.
  window.on('page-title-updated', (event) => event.preventDefault());
  hardenWebContents(window.webContents);
}

/** Creates a hardened window, shows it once painted and loads the audience page. */
export function createMainWindow(preloadPath: string, url: string = AUDIENCE_URL): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  registerAppWindow(window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => console.error('mimbar: could not load the app page', error));
  return window;
}
