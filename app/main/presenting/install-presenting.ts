/**
 * Wires presenting into the app: the console and display placement, main's `window:swap-displays`
 * handler and the screen events. The presentation state itself is the host core's. Call once the app is
 * ready (`screen` cannot be used before).
 */
import { BrowserWindow, dialog, screen } from 'electron';
import type { MainHandlersOf } from '../ipc';
import { listDeckWindows, windowKindOf } from '../windows';
import { createPresenterWindows } from './presenter-windows';
import type { PresenterWindows } from './presenter-windows';
import type { UiLanguageSetting } from './ui-language';

/** What presenting needs from main. */
export interface PresentingSetup {
  preloadPath: string;
  /** Opens an audience window, for Start Presenting with none open (macOS). */
  openAudienceWindow: () => BrowserWindow;
  language: UiLanguageSetting;
}

/** The presenting parts the menu drives. */
export interface Presenting {
  windows: PresenterWindows;
  /** Main's own presenting channel. */
  handlers: MainHandlersOf<'window:swap-displays'>;
  /** View → Swap Displays: swaps, or tells the user why it cannot. */
  swapFromMenu(): void;
  /** Stops following display changes. */
  uninstall(): void;
}

/** Creates the presenting windows' controller and listens to the screen; returns the menu's actions and the handler. */
export function installPresenting(setup: PresentingSetup): Presenting {
  const windows = createPresenterWindows({
    preloadPath: setup.preloadPath,
    audienceWindow() {
      const audiences = listDeckWindows().filter((window) => windowKindOf(window) === 'audience');
      const focused = BrowserWindow.getFocusedWindow();
      return audiences.find((window) => window === focused) ?? audiences[0] ?? setup.openAudienceWindow();
    },
    onConsoleCreated: (window) => setup.language.attach(window),
  });

  const relayout = () => windows.relayout();
  screen.on('display-added', relayout);
  screen.on('display-removed', relayout);
  screen.on('display-metrics-changed', relayout);

  return {
    windows,
    handlers: { 'window:swap-displays': async () => windows.swap() },
    swapFromMenu() {
      const result = windows.swap();
      if (!result.ok) void dialog.showMessageBox({ type: 'info', message: result.message, buttons: ['OK'] });
    },
    uninstall() {
      screen.removeListener('display-added', relayout);
      screen.removeListener('display-removed', relayout);
      screen.removeListener('display-metrics-changed', relayout);
    },
  };
}
