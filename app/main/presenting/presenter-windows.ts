/**
 * The presenting windows: the presenter console (`mimbar://app/presenter.html`, a deck window like the
 * audience, so deck and presentation events reach it) and the audience window it drives. Places both
 * per the display plan, again when displays change, and handles swap and show/hide of the console.
 */
import { BrowserWindow } from 'electron';
import type { OpenResult } from '../../contract/channels';
import { APP_BASE } from '../app-urls';
import { listDeckWindows, registerDeckWindow, windowOptions } from '../windows';
import { planDisplays } from './display-plan';
import type { DisplayPlan } from './display-plan';
import { placeConsole, readScreen, rescueOffscreen, showFullscreenOn } from './window-placement';

/** The presenter console's page. */
export const PRESENTER_URL = `${APP_BASE}presenter.html`;

/** What swapping answers when there is nothing to swap with. */
export const ONE_DISPLAY_MESSAGE = 'Only one display is connected.';

/** What the presenting windows need from main. */
export interface PresenterWindowsOptions {
  preloadPath: string;
  /** The deck window to present (the focused one, else the first), opening one when none is open. */
  audienceWindow: () => BrowserWindow;
  /** Runs for each console window created, before its page loads (main sends it the UI language). */
  onConsoleCreated?: (window: BrowserWindow) => void;
}

/** The presenting actions of the menu and of the `window:*` channels. */
export interface PresenterWindows {
  /** View → Start Presenting: opens the console and places both windows. */
  start(): void;
  /** Exchanges the audience and console displays; refused with one display. */
  swap(): OpenResult;
  /** Shows or hides the console (starting to present when it is not open). */
  toggleConsole(): OpenResult;
  /** Re-places the windows after a display was added, removed or changed; brings back off-screen windows. */
  relayout(): void;
  /** The open console window, or null. */
  consoleWindow(): BrowserWindow | null;
}

function layoutKey(plan: DisplayPlan): string {
  return `${plan.audience.displayId}:${plan.console.displayId}:${plan.single ? 'single' : 'dual'}`;
}

/** Creates the presenting windows' controller; nothing is opened until `start` or `toggleConsole`. */
export function createPresenterWindows(options: PresenterWindowsOptions): PresenterWindows {
  let consoleWindow: BrowserWindow | null = null;
  let audience: BrowserWindow | null = null;
  let swapped = false;
  // With one display the console shares it with the slides: hidden until the presenter shows it.
  let consoleShown = false;
  let layout: string | null = null;

  function openConsole(): BrowserWindow {
    const window = new BrowserWindow({ ...windowOptions(options.preloadPath), title: 'Mimbar Presenter' });
    registerDeckWindow(window, 'presenter');
    consoleWindow = window;
    window.on('closed', () => {
      if (consoleWindow !== window) return;
      consoleWindow = null;
      layout = null;
    });
    options.onConsoleCreated?.(window);
    window.loadURL(PRESENTER_URL).catch((error: unknown) => console.error('mimbar: could not load the presenter console', error));
    return window;
  }

  function place(force: boolean): void {
    const screenLayout = readScreen();
    const plan = planDisplays(screenLayout.displays, screenLayout.primaryId, swapped);
    if (plan && consoleWindow && audience && !audience.isDestroyed()) {
      const key = layoutKey(plan);
      if (force || key !== layout) {
        // The projector was unplugged while presenting: the console the presenter was using stays in view.
        if (plan.single && layout !== null && !layout.endsWith('single')) consoleShown = consoleWindow.isVisible();
        layout = key;
        showFullscreenOn(audience, plan.audience.bounds);
        placeConsole(consoleWindow, plan.console, plan.single ? consoleShown : true);
      }
    }
    rescueOffscreen(listDeckWindows(), screenLayout);
  }

  function follow(window: BrowserWindow): void {
    if (audience === window) return;
    audience = window;
    // Closing the slides ends presenting: the console goes with them.
    window.once('closed', () => {
      if (audience === window) consoleWindow?.close();
    });
  }

  function start(showConsole: boolean): void {
    if (!consoleWindow) {
      consoleShown = showConsole;
      openConsole();
    } else if (showConsole) {
      consoleShown = true;
    }
    follow(audience && !audience.isDestroyed() ? audience : options.audienceWindow());
    place(true);
  }

  return {
    start: () => start(false),
    swap() {
      if (readScreen().displays.length < 2) return { ok: false, message: ONE_DISPLAY_MESSAGE };
      swapped = !swapped;
      if (consoleWindow) place(true);
      return { ok: true };
    },
    toggleConsole() {
      if (consoleWindow?.isVisible()) {
        consoleShown = false;
        consoleWindow.hide();
      } else {
        start(true);
      }
      return { ok: true };
    },
    relayout: () => place(false),
    consoleWindow: () => consoleWindow,
  };
}
