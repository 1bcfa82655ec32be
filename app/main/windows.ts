/**
 * Creates the app's windows with locked-down web preferences and keeps track of them, so IPC can
 * tell a window we created, and what it shows, from anything else.
 */
import { app, BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowKind } from '../contract/windows';
import { AUDIENCE_URL } from './app-urls';
import { hardenWebContents } from './security';

/** Background shown before the first paint; matches the dark reveal.js themes. */
export const WINDOW_BACKGROUND = '#191919';

/** The constructor options of a window; its preload (one per kind of window) is the only Node-side code it gets. */
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

/** Every window Mimbar created and has not closed yet, with what it shows. */
const windowKinds = new Map<BrowserWindow, WindowKind>();
/** The windows that follow the deck (audience, presenter console, notes editor): deck, presentation and notes events reach them. */
const deckWindows = new Set<BrowserWindow>();

function track(window: BrowserWindow, kind: WindowKind): void {
  windowKinds.set(window, kind);
  window.on('closed', () => {
    windowKinds.delete(window);
    deckWindows.delete(window);
  });
  hardenWebContents(window.webContents);
}

/** True when `window` is a window Mimbar created (of any kind) and has not closed yet. */
export function isAppWindow(window: BrowserWindow | null): window is BrowserWindow {
  return window !== null && windowKinds.has(window);
}

/** What `window` shows, or null when it is not one of Mimbar's open windows. IPC allows each kind its own channels. */
export function windowKindOf(window: BrowserWindow | null): WindowKind | null {
  return window === null ? null : (windowKinds.get(window) ?? null);
}

/**
 * Registers a helper window (print view, export dialog) created with other options than a deck
 * window: IPC accepts the channels of its kind until it closes, and its web contents get the same
 * guards. It is not listed by `listDeckWindows`, so deck events and titles never reach it.
 */
export function registerHelperWindow(window: BrowserWindow, kind: 'print' | 'export-dialog'): void {
  track(window, kind);
}

/** The open windows that follow the deck: audience windows, the presenter console, the notes editor. */
export function listDeckWindows(): BrowserWindow[] {
  return [...deckWindows].filter((window) => !window.isDestroyed());
}

/**
 * Tracks `window` as a deck window (audience, presenter console or notes editor) until it closes: IPC
 * accepts the channels of its kind, `listDeckWindows` lists it so deck and presentation events reach
 * it, and its web contents get the guards.
 */
export function registerDeckWindow(window: BrowserWindow, kind: 'audience' | 'presenter' | 'notes-editor'): void {
  track(window, kind);
  deckWindows.add(window);
  // The page's <title> would replace the deck title main sets.
  window.on('page-title-updated', (event) => event.preventDefault());
}

/** Creates a hardened deck window (the audience page unless told otherwise), shown once painted. */
export function createDeckWindow(preloadPath: string, kind: 'audience' | 'notes-editor' = 'audience', url: string = AUDIENCE_URL): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  registerDeckWindow(window, kind);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => console.error('mimbar: could not load the app page', error));
  return window;
}
