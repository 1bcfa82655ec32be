/**
 * Electron entry point (built to dist/main/main.cjs): lifecycle only. Security, protocol, IPC, menus
 * and deck state live in their own modules next to this one.
 */
import { join } from 'node:path';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { bundledDeckPath } from '../core/files/bundled-deck';
import { notesJournalDir } from '../core/files/data-dir';
import { openLiveDeck } from '../core/live-deck/live-deck';
import { createProtocolHandler, installProtocolHandler, registerAppScheme } from './app-protocol';
import { openDeckAt, openDeckFromDialog, openStartupDeck, publishDeck, reportDeckError, windowTitle } from './deck-actions';
import { registerDeckHandlers } from './deck-handlers';
import type { OpenExportDialog } from './export/export-dialog-window';
import { installExport } from './export/install-export';
import { registerLinkHandlers } from './link-handlers';
import { findDeckArgument } from './deck-path';
import { createDeckSession } from './deck-session';
import { sendEvent } from './ipc';
import { installMenu, type MenuOptions } from './menu';
import { openNotesEditor } from './notes/notes-editor-window';
import { broadcastNotesStatus, registerNotesHandlers, saveNotesAs } from './notes/notes-handlers';
import { installPresenting } from './presenting/install-presenting';
import { installQuitFlush } from './quit-flush';
import { createUiLanguageSetting } from './presenting/ui-language';
import { applySessionSecurity } from './security';
import { createRecentFiles } from '../core/files/recent-files';
import { showCheckReport } from './check-deck-dialog';
import { followRecentDecks } from './recent-decks';
import { claimSingleInstance, installSecondLaunch } from './second-launch';
import { createMainWindow, listAppWindows } from './windows';

// __dirname is dist/main once bundled; the preload and the renderer are built next to it.
const PRELOAD_PATH = join(__dirname, '..', 'preload', 'preload.cjs');
const RENDERER_ROOT = join(__dirname, '..', 'renderer');

app.enableSandbox();
registerAppScheme();
// A second launch hands its deck to the running app (see second-launch.ts) and quits without a window.
const isFirstInstance = claimSingleInstance();
if (!isFirstInstance) app.quit();

const bundled = bundledDeckPath(app.getAppPath(), process.resourcesPath);
const journalDir = notesJournalDir(app.getPath('userData'));
// Each open deck is watched and keeps its notes store; a save or an outside change publishes the rebuilt deck.
const session = createDeckSession(bundled, (path) =>
  openLiveDeck({
    path,
    journalDir,
    onDeck(deck) {
      const payload = session.refresh(path, deck);
      if (payload) publishDeck(payload);
    },
    onNotesStatus: broadcastNotesStatus,
    onError: reportDeckError,
  }),
);
// npm runs `npm start -- deck.md` in the package folder; INIT_CWD is where the user typed it.
const requested = findDeckArgument(process.argv, process.defaultApp === true, process.env.INIT_CWD ?? process.cwd());
const startup = openStartupDeck(session, requested, bundled);
const language = createUiLanguageSetting();

function openWindow(): BrowserWindow {
  const window = createMainWindow(PRELOAD_PATH);
  language.attach(window);
  void startup.then(() => window.setTitle(windowTitle(session.current())));
  return window;
}

function openFromMenu(): void {
  const parent = BrowserWindow.getFocusedWindow() ?? listAppWindows()[0] ?? openWindow();
  void openDeckFromDialog(session, parent);
}

function exportFromMenu(openExportDialog: OpenExportDialog): void {
  const focused = BrowserWindow.getFocusedWindow();
  const decks = listAppWindows();
  // With every deck window closed (macOS) there is nothing to export: the menu item does nothing.
  const parent = decks.find((window) => window === focused) ?? decks[0];
  if (parent) openExportDialog(parent);
}

function startApp(): void {
  applySessionSecurity();
  installProtocolHandler(createProtocolHandler({ appRoot: RENDERER_ROOT, deckRoot: () => session.deckRoot() }));
  registerDeckHandlers(session);
  registerNotesHandlers(session);
  registerLinkHandlers();
  const openExportDialog = installExport({ session, preloadPath: PRELOAD_PATH, userDataDir: app.getPath('userData'), documentsDir: () => app.getPath('documents') });
  const onExport = () => exportFromMenu(openExportDialog);
  const presenting = installPresenting({ session, preloadPath: PRELOAD_PATH, openAudienceWindow: openWindow, language });
  const recent = createRecentFiles(join(app.getPath('userData'), 'recent-decks.json'));
  const menu: MenuOptions = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    onOpen: openFromMenu,
    recent: [],
    onOpenRecent: (path) => void openDeckAt(session, path),
    onClearRecent: () => {
      app.clearRecentDocuments();
      void recent.clear().then(() => installMenu({ ...menu, recent: [] }));
    },
    onCheckDeck: () => void showCheckReport(session.path, BrowserWindow.getFocusedWindow()),
    onExport,
    onNotesEditor: () => openNotesEditor(PRELOAD_PATH),
    onSaveNotesAs: () => {
      void saveNotesAs(session, BrowserWindow.getFocusedWindow()).then((result) => {
        if (!result.ok && result.message) reportDeckError(result.message);
      });
    },
    onStartPresenting: () => presenting.windows.start(),
    onSwapDisplays: () => presenting.swapFromMenu(),
    onToggleConsole: () => presenting.windows.toggleConsole(),
    language: language.current(),
    onLanguage: (lang) => {
      language.set(lang);
      menu.language = lang;
    },
  };
  installMenu(menu);
  followRecentDecks(session, bundled, recent, (paths) => {
    menu.recent = paths;
    installMenu(menu);
  });
  installSecondLaunch({ session, isDefaultApp: process.defaultApp === true, frontWindow: () => listAppWindows()[0] ?? openWindow() });
  const window = openWindow();
  void startup.then((problem) => {
    if (!problem) return;
    const send = () => sendEvent(window, 'deck:error', { message: problem });
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
    else send();
  });
  app.on('activate', () => {
    if (listAppWindows().length === 0) openWindow();
  });
}

if (isFirstInstance) void app.whenReady().then(startApp);

// Notes not yet in the file are saved however the app ends (quit, shutdown, session end, SIGTERM);
// the journal keeps them if that fails.
if (isFirstInstance) installQuitFlush({ app, powerMonitor: () => powerMonitor, flush: () => session.close() });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
