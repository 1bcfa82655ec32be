/**
 * Electron entry point (built to dist/main/main.cjs): lifecycle only. Security, protocol, IPC, menus
 * and deck state live in their own modules next to this one.
 */
import { join } from 'node:path';
import { app, BrowserWindow, powerMonitor } from 'electron';
import type { WindowKind } from '../contract/windows';
import { bundledDeckPath } from '../core/files/bundled-deck';
import { notesJournalDir } from '../core/files/data-dir';
import { openLiveDeck } from '../core/live-deck/live-deck';
import { completeHandlers } from '../core/session/handler-map';
import { createProtocolHandler, installProtocolHandler, registerAppScheme } from './app-protocol';
import { openDeckFromDialog, openStartupDeck, windowTitle } from './deck-actions';
import { deckHandlers } from './deck-handlers';
import type { OpenExportDialog } from './export/export-dialog-window';
import { installExport } from './export/install-export';
import { linkHandlers } from './link-handlers';
import { findDeckArgument } from './deck-path';
import { registerHandlers, sendEvent } from './ipc';
import { createMainHost } from './main-host';
import { installMenu, type MenuOptions } from './menu';
import { openNotesEditor } from './notes/notes-editor-window';
import { notesHandlers, saveNotesAs } from './notes/notes-handlers';
import { installPresenting } from './presenting/install-presenting';
import { installQuitFlush } from './quit-flush';
import { createUiLanguageSetting } from './presenting/ui-language';
import { applySessionSecurity } from './security';
import { createRecentFiles } from '../core/files/recent-files';
import { showCheckReport } from './check-deck-dialog';
import { followRecentDecks } from './recent-decks';
import { claimSingleInstance, installSecondLaunch } from './second-launch';
import { createDeckWindow, listDeckWindows } from './windows';

// __dirname is dist/main once bundled; the preloads (one per kind of window) and the renderer are built next to it.
const preloadPath = (kind: WindowKind): string => join(__dirname, '..', 'preload', `${kind}.cjs`);
const RENDERER_ROOT = join(__dirname, '..', 'renderer');

app.enableSandbox();
registerAppScheme();
// A second launch hands its deck to the running app (see second-launch.ts) and quits without a window.
const isFirstInstance = claimSingleInstance();
if (!isFirstInstance) app.quit();

const bundled = bundledDeckPath(app.getAppPath(), process.resourcesPath);
const journalDir = notesJournalDir(app.getPath('userData'));
// The host core: each open deck is watched and keeps its notes store; every event goes to every deck window.
const host = createMainHost({ bundledPath: bundled, openDeck: (path, hooks) => openLiveDeck({ path, journalDir, ...hooks }) });
const session = host.decks;
// npm runs `npm start -- deck.md` in the package folder; INIT_CWD is where the user typed it.
const requested = findDeckArgument(process.argv, process.defaultApp === true, process.env.INIT_CWD ?? process.cwd());
const startup = openStartupDeck(session, requested, bundled);
const language = createUiLanguageSetting();

function openWindow(): BrowserWindow {
  const window = createDeckWindow(preloadPath('audience'));
  language.attach(window);
  void startup.then(() => window.setTitle(windowTitle(session.current())));
  return window;
}

function openFromMenu(): void {
  const parent = BrowserWindow.getFocusedWindow() ?? listDeckWindows()[0] ?? openWindow();
  void openDeckFromDialog(host, parent);
}

function exportFromMenu(openExportDialog: OpenExportDialog): void {
  const focused = BrowserWindow.getFocusedWindow();
  const decks = listDeckWindows();
  // With every deck window closed (macOS) there is nothing to export: the menu item does nothing.
  const parent = decks.find((window) => window === focused) ?? decks[0];
  if (parent) openExportDialog(parent);
}

function startApp(): void {
  applySessionSecurity();
  installProtocolHandler(createProtocolHandler({ appRoot: RENDERER_ROOT, deckRoot: () => session.deckRoot() }));
  const exporting = installExport({
    decks: session,
    printPreloadPath: preloadPath('print'),
    dialogPreloadPath: preloadPath('export-dialog'),
    userDataDir: app.getPath('userData'),
    documentsDir: () => app.getPath('documents'),
  });
  const onExport = () => exportFromMenu(exporting.openDialog);
  const presenting = installPresenting({ preloadPath: preloadPath('presenter'), openAudienceWindow: openWindow, language });
  // Every channel of the contract: the host core's shared ones and main's own (the types make the map complete).
  registerHandlers(
    completeHandlers(host.handlers, {
      ...deckHandlers(host),
      ...linkHandlers(),
      ...notesHandlers(session),
      ...exporting.handlers,
      ...presenting.handlers,
    }),
  );
  const recent = createRecentFiles(join(app.getPath('userData'), 'recent-decks.json'));
  const menu: MenuOptions = {
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    onOpen: openFromMenu,
    recent: [],
    onOpenRecent: (path) => void host.open(path),
    onClearRecent: () => {
      app.clearRecentDocuments();
      void recent.clear().then(() => installMenu({ ...menu, recent: [] }));
    },
    onCheckDeck: () => void showCheckReport(session.path, BrowserWindow.getFocusedWindow()),
    onExport,
    onNotesEditor: () => openNotesEditor(preloadPath('notes-editor')),
    onSaveNotesAs: () => {
      void saveNotesAs(session, BrowserWindow.getFocusedWindow()).then((result) => {
        if (!result.ok && result.message) host.reportError(result.message);
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
  followRecentDecks(host, bundled, recent, (paths) => {
    menu.recent = paths;
    installMenu(menu);
  });
  installSecondLaunch({ host, isDefaultApp: process.defaultApp === true, frontWindow: () => listDeckWindows()[0] ?? openWindow() });
  const window = openWindow();
  void startup.then((problem) => {
    if (!problem) return;
    const send = () => sendEvent(window, 'deck:error', { message: problem });
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
    else send();
  });
  app.on('activate', () => {
    if (listDeckWindows().length === 0) openWindow();
  });
}

if (isFirstInstance) void app.whenReady().then(startApp);

// Notes not yet in the file are saved however the app ends (quit, shutdown, session end, SIGTERM);
// the journal keeps them if that fails.
if (isFirstInstance) installQuitFlush({ app, powerMonitor: () => powerMonitor, flush: () => host.close() });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
