/**
 * What opening a deck does in the app, whoever asked (IPC, menu, command line): load it through the
 * session, then tell every window (`deck:changed`, title) or report the problem (`deck:error`).
 * Loading errors never crash main.
 */
import { basename } from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { DeckPayload, OpenResult } from '../contract/channels';
import { DeckInputError } from '../core/files/read-source';
import type { DeckSession } from './deck-session';
import { sendEvent } from './ipc';
import { listAppWindows } from './windows';

/** Result of a dialog the user closed without choosing; not an error, so the message is empty. */
export const CANCELED: OpenResult = { ok: false, message: '' };

/** Window title for a deck. */
export function windowTitle(payload: DeckPayload | null): string {
  const title = payload?.deck.meta.title.trim();
  return title ? `${title} — Mimbar` : 'Mimbar';
}

const publishListeners = new Set<(payload: DeckPayload) => void>();

/** Calls `listener` after each deck `publishDeck` sent (the presentation follows it); returns the way to stop. */
export function onDeckPublished(listener: (payload: DeckPayload) => void): () => void {
  publishListeners.add(listener);
  return () => publishListeners.delete(listener);
}

/** Sends the new deck to every window and puts its title in their title bars, then tells the listeners. */
export function publishDeck(payload: DeckPayload): void {
  for (const window of listAppWindows()) {
    window.setTitle(windowTitle(payload));
    sendEvent(window, 'deck:changed', payload);
  }
  for (const listener of publishListeners) listener(payload);
}

/** Tells every window a deck could not be opened. */
export function reportDeckError(message: string): void {
  for (const window of listAppWindows()) sendEvent(window, 'deck:error', { message });
}

/** The one-line message for a failed open: the input error's own, or a generic one (details logged). */
export function openErrorMessage(error: unknown, path: string): string {
  if (error instanceof DeckInputError) return error.message;
  console.error(`mimbar: could not open ${path}`, error);
  return `Mimbar could not open ${basename(path)}: something went wrong while building the slides.`;
}

/** Opens `path`, publishes it on success, reports and returns the message on failure. */
export async function openDeckAt(session: DeckSession, path: string): Promise<OpenResult> {
  try {
    publishDeck(await session.open(path));
    return { ok: true };
  } catch (error) {
    const message = openErrorMessage(error, path);
    reportDeckError(message);
    return { ok: false, message };
  }
}

/** Asks the user for a Markdown file (attached to `parent` when given) and opens it. */
export async function openDeckFromDialog(session: DeckSession, parent?: BrowserWindow | null): Promise<OpenResult> {
  const options: OpenDialogOptions = {
    title: 'Open a Markdown deck',
    properties: ['openFile'],
    filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
  };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return CANCELED;
  return openDeckAt(session, path);
}

/**
 * Opens the deck given on the command line, or the bundled deck; when the requested one fails the
 * bundled deck is opened instead. Resolves to the message of the first failure, or null.
 */
export async function openStartupDeck(session: DeckSession, requested: string | null, bundled: string): Promise<string | null> {
  const first = requested ?? bundled;
  try {
    await session.open(first);
    return null;
  } catch (error) {
    const message = openErrorMessage(error, first);
    if (requested !== null) await session.open(bundled).catch((fallback: unknown) => openErrorMessage(fallback, bundled));
    return message;
  }
}
