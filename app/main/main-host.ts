/**
 * The host core as Electron's main runs it: every event goes to every deck window over IPC, and each
 * deck shown puts its title in their title bars.
 */
import type { LiveDeck } from '../core/live-deck/live-deck';
import { createHostSession, type HostSession, type LiveDeckHooks } from '../core/session/host-session';
import { DECK_BASE } from './app-urls';
import { windowTitle } from './deck-actions';
import { sendEvent } from './ipc';
import { listDeckWindows } from './windows';

export interface MainHostOptions {
  /** The deck shipped with the app, shown without a file name. */
  bundledPath: string;
  /** Opens a deck file live (main passes one that watches and saves notes). */
  openDeck(path: string, hooks: LiveDeckHooks): Promise<LiveDeck>;
}

/** Creates main's host core. */
export function createMainHost(options: MainHostOptions): HostSession {
  const host = createHostSession({
    assetBase: DECK_BASE,
    bundledPath: options.bundledPath,
    openDeck: options.openDeck,
    broadcast(event, payload) {
      for (const window of listDeckWindows()) sendEvent(window, event, payload);
    },
  });
  // A save or an outside change is shown too: the title follows the deck.
  host.onPublished((payload) => {
    for (const window of listDeckWindows()) window.setTitle(windowTitle(payload));
  });
  return host;
}
