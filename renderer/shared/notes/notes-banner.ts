/**
 * The notes banner: the host's message, each conflict (both texts, "Keep mine" / "Keep theirs", or for a
 * removed slide the presenter's text to copy and "Discard"), edits recovered from the journal ("Restore" /
 * "Discard"), and "Save notes as…" after a failed save. Every text is inserted as text, never as markup.
 */
import type { MimbarBridge } from '../../../app/contract/channels';
import type { NotesConflict, NotesStatus, RecoveredNotes } from '../../../app/contract/notes';
import type { NotesStrings } from './notes-strings';

/** What the banner's buttons call ("Save notes as…" after every typed edit has reached the host). */
export type BannerActions = Pick<MimbarBridge, 'resolveNotesConflict' | 'recoverNotes' | 'saveNotesAs'>;

/** The banner (hidden when there is nothing to say). */
export interface NotesBanner {
  element: HTMLElement;
  render(status: NotesStatus, strings: NotesStrings): void;
  /** Shows a failure of this window (an action that did not reach the host) until the next one. */
  showError(message: string): void;
}

/** Makes a button with a label that runs `action` once per click. */
function makeButton(label: string, className: string, action: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = label;
  button.addEventListener('click', action);
  return button;
}

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function textBlock(label: string | null, text: string): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'notes-banner-text';
  if (label !== null) {
    const caption = document.createElement('figcaption');
    caption.textContent = label;
    figure.append(caption);
  }
  const body = document.createElement('pre');
  body.textContent = text;
  figure.append(body);
  return figure;
}

/** Creates the banner; answers go to `onStatus`, failures to `onError`. */
export function createNotesBanner(bridge: BannerActions, onStatus: (status: NotesStatus) => void): NotesBanner {
  const element = document.createElement('div');
  element.className = 'notes-banner';
  element.dataset['testid'] = 'notes-banner';
  element.hidden = true;
  let shownKey = '';
  let dismissed: string | null = null;
  let localError: string | null = null;
  let last: { status: NotesStatus; strings: NotesStrings } | null = null;

  const run = (action: () => Promise<NotesStatus>): void => {
    localError = null;
    action().then(onStatus, (error: unknown) => banner.showError(error instanceof Error ? error.message : String(error)));
  };

  const conflictPart = (conflict: NotesConflict, strings: NotesStrings): HTMLElement => {
    const part = document.createElement('section');
    part.className = 'notes-banner-conflict';
    part.dataset['slide'] = conflict.slideId;
    const buttons = document.createElement('div');
    buttons.className = 'notes-banner-buttons';
    if (conflict.theirs === null) {
      part.append(line('notes-banner-line', strings.removed(conflict.title)), textBlock(null, conflict.mine));
      buttons.append(makeButton(strings.discard, 'notes-button', () => run(() => bridge.resolveNotesConflict(conflict.slideId, 'theirs'))));
    } else {
      const texts = document.createElement('div');
      texts.className = 'notes-banner-texts';
      texts.append(textBlock(strings.mine, conflict.mine), textBlock(strings.theirs, conflict.theirs));
      part.append(line('notes-banner-line', strings.conflict(conflict.title)), texts);
      buttons.append(
        makeButton(strings.keepMine, 'notes-button', () => run(() => bridge.resolveNotesConflict(conflict.slideId, 'mine'))),
        makeButton(strings.keepTheirs, 'notes-button', () => run(() => bridge.resolveNotesConflict(conflict.slideId, 'theirs'))),
      );
    }
    part.append(buttons);
    return part;
  };

  const recoveredPart = (recovered: RecoveredNotes, strings: NotesStrings): HTMLElement => {
    const part = document.createElement('section');
    part.className = 'notes-banner-recovered';
    part.title = recovered.edits.map((edit) => edit.title).join(', ');
    const buttons = document.createElement('div');
    buttons.className = 'notes-banner-buttons';
    buttons.append(
      makeButton(strings.restore, 'notes-button', () => run(() => bridge.recoverNotes(true))),
      makeButton(strings.discard, 'notes-button', () => run(() => bridge.recoverNotes(false))),
    );
    part.append(line('notes-banner-line', strings.recovered(strings.formatTime(recovered.savedAt), recovered.edits.length)), buttons);
    return part;
  };

  const messagePart = (message: string, showSaveAs: boolean, strings: NotesStrings): HTMLElement => {
    const part = document.createElement('section');
    part.className = 'notes-banner-message';
    const buttons = document.createElement('div');
    buttons.className = 'notes-banner-buttons';
    // A failed save stays in view with its way out; other messages can be closed.
    if (showSaveAs) {
      buttons.append(makeButton(strings.saveAs, 'notes-button', () => void bridge.saveNotesAs()));
    } else {
      buttons.append(
        makeButton(strings.close, 'notes-button', () => {
          dismissed = message;
          localError = null;
          draw(true);
        }),
      );
    }
    part.append(line('notes-banner-line', message), buttons);
    return part;
  };

  const draw = (force: boolean): void => {
    if (!last) return;
    const { status, strings } = last;
    const isError = status.state === 'error';
    // A conflict says what happened in its own panel, in the page's language: the host's sentence would repeat it.
    const isConflictNotice = !isError && status.conflicts.length > 0;
    const hostMessage = status.state === 'read-only' || isConflictNotice ? null : (status.message ?? (isError ? strings.saveFailed : null));
    const message = localError ?? hostMessage;
    const visibleMessage = message !== null && message !== dismissed ? message : null;
    const key = JSON.stringify([strings.lang, isError, visibleMessage, status.conflicts, status.recovered]);
    if (key === shownKey && !force) return;
    shownKey = key;
    const parts: HTMLElement[] = [];
    if (visibleMessage !== null) parts.push(messagePart(visibleMessage, isError, strings));
    for (const conflict of status.conflicts) parts.push(conflictPart(conflict, strings));
    if (status.recovered && status.recovered.edits.length > 0) parts.push(recoveredPart(status.recovered, strings));
    element.replaceChildren(...parts);
    element.hidden = parts.length === 0;
  };

  const banner: NotesBanner = {
    element,
    render(status, strings) {
      last = { status, strings };
      draw(false);
    },
    showError(message) {
      localError = message;
      dismissed = null;
      draw(true);
    },
  };
  return banner;
}
