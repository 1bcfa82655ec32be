/**
 * What opening a deck does in Electron, beyond the host core: the file dialog, the command line's deck
 * at startup, and the window title. The core opens the file and tells every window (`deck:changed` or
 * `deck:error`); loading errors never crash main.
 */
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { DeckPayload, OpenResult } from '../contract/channels';
import type { DeckSession } from '../core/session/deck-session';
import { openErrorMessage, type HostSession } from '../core/session/host-session';

/** Result of a dialog the user closed without choosing; not an error, so the message is empty. */
export const CANCELED: OpenResult = { ok: false, message: '' };

/** Window title for a deck. */
export function windowTitle(payload: DeckPayload | null): string {
  const title = payload?.deck.meta.title.trim();
  return title ? `${title} — Mimbar` : 'Mimbar';
}

/** Asks the user for a Markdown file (attached to `parent` when given) and opens it. */
export async function openDeckFromDialog(host: HostSession, parent?: BrowserWindow | null): Promise<OpenResult> {
  const options: OpenDialogOptions = {
    title: 'Open a Markdown deck',
    properties: ['openFile'],
    filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
  };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return CANCELED;
  return host.open(path);
}

/**
 * Opens the deck given on the command line, or the bundled deck, before any window asks; when the
 * requested one fails the bundled deck is opened instead. Resolves to the message of the first failure, or null.
 */
export async function openStartupDeck(decks: DeckSession, requested: string | null, bundled: string): Promise<string | null> {
  const first = requested ?? bundled;
  try {
    await decks.open(first);
    return null;
  } catch (error) {
    const message = openErrorMessage(error, first);
    if (requested !== null) await decks.open(bundled).catch((fallback: unknown) => openErrorMessage(fallback, bundled));
    return message;
  }
}
