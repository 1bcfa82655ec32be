/**
 * Wires presenting into the app: the presentation state and its handlers, the console and display
 * placement, the `window:*` handlers and the screen events. Call once the app is ready (`screen`
 * cannot be used before).
 */
import { BrowserWindow, dialog, screen } from 'electron';
import { onDeckPublished } from '../deck-actions';
import type { DeckSession } from '../deck-session';
import { handle } from '../ipc';
import { isNotesEditorWindow } from '../notes/notes-editor-window';
import { listAppWindows } from '../windows';
import { createPresentationSession } from './presentation-session';
import type { PresentationSession } from './presentation-session';
import { createPresenterWindows } from './presenter-windows';
import type { PresenterWindows } from './presenter-windows';
import type { UiLanguageSetting } from './ui-language';

/** What presenting needs from main. */
export interface PresentingSetup {
  session: DeckSession;
  preloadPath: string;
  /** Opens a deck window, for Start Presenting with none open (macOS). */
  openAudienceWindow: () => BrowserWindow;
  language: UiLanguageSetting;
}

/** The presenting parts the menu drives. */
export interface Presenting {
  presentation: PresentationSession;
  windows: PresenterWindows;
  /** View → Swap Displays: swaps, or tells the user why it cannot. */
  swapFromMenu(): void;
  /** Stops following published decks and display changes (the handlers stay registered). */
  uninstall(): void;
}

/** Registers the `presentation:*` and `window:*` handlers and the screen listeners; returns the menu's actions. */
export function installPresenting(setup: PresentingSetup): Presenting {
  // Notes edited on the slide being left are saved now, not a second later.
  const presentation = createPresentationSession(setup.session, () => {
    const notes = setup.session.live()?.notes();
    // Nothing to write on most moves: the slide-change path stays free of file work.
    if (notes && notes.status().unsaved.length > 0) void notes.saveNow();
  });
  const stopFollowing = onDeckPublished((payload) => presentation.follow(payload));

  const windows = createPresenterWindows({
    preloadPath: setup.preloadPath,
    audienceWindow() {
      const decks = listAppWindows().filter((window) => window !== windows.consoleWindow() && !isNotesEditorWindow(window));
      const focused = BrowserWindow.getFocusedWindow();
      return decks.find((window) => window === focused) ?? decks[0] ?? setup.openAudienceWindow();
    },
    onConsoleCreated: (window) => setup.language.attach(window),
  });

  handle('presentation:get', () => presentation.get());
  handle('presentation:command', (command) => presentation.command(command));
  handle('window:swap-displays', () => windows.swap());
  handle('window:toggle-console', () => windows.toggleConsole());

  const relayout = () => windows.relayout();
  screen.on('display-added', relayout);
  screen.on('display-removed', relayout);
  screen.on('display-metrics-changed', relayout);

  return {
    presentation,
    windows,
    swapFromMenu() {
      const result = windows.swap();
      if (!result.ok) void dialog.showMessageBox({ type: 'info', message: result.message, buttons: ['OK'] });
    },
    uninstall() {
      stopFollowing();
      screen.removeListener('display-added', relayout);
      screen.removeListener('display-removed', relayout);
      screen.removeListener('display-metrics-changed', relayout);
    },
  };
}
