/**
 * The save status line (`data-testid="notes-status"`, `data-state` = the host's state): a dot while
 * edits wait, and the state in words, or instead a hint (why these notes cannot be edited). Text only.
 */
import type { NotesStatus } from '../../../app/contract/notes';
import { setText } from '../dom/set-text';
import type { NotesStrings } from './notes-strings';

/** The status line. */
export interface NotesStatusView {
  element: HTMLElement;
  /** Draws `status`; returns false (and draws nothing) when it is older than the one shown. */
  update(status: NotesStatus): boolean;
  setStrings(strings: NotesStrings): void;
  /** Shows `hint` after the state (null: none). */
  setHint(hint: string | null): void;
}

function stateText(status: NotesStatus, strings: NotesStrings): string {
  switch (status.state) {
    case 'saved':
      return strings.saved;
    case 'unsaved':
      return strings.unsaved;
    case 'saving':
      return strings.saving;
    case 'error':
      return status.message ?? strings.saveFailed;
    case 'read-only':
      return strings.readOnly;
  }
}

/** Creates the line (state unknown until the first `update`). */
export function createNotesStatusView(strings: NotesStrings): NotesStatusView {
  const element = document.createElement('span');
  element.className = 'notes-status';
  element.dataset['testid'] = 'notes-status';
  element.setAttribute('role', 'status');
  const dot = document.createElement('span');
  dot.className = 'notes-status-dot';
  dot.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = 'notes-status-text';
  const hintText = document.createElement('span');
  hintText.className = 'notes-status-hint';
  element.append(dot, text, hintText);
  let shown: NotesStatus | null = null;
  let hint: string | null = null;
  let words = strings;

  const draw = (): void => {
    setText(hintText, hint ?? '');
    hintText.hidden = hint === null;
    // The hint says more than the state about these notes; the dot still shows unsaved edits elsewhere.
    text.hidden = hint !== null;
    if (!shown) return;
    element.dataset['state'] = shown.state;
    const hasUnsaved = shown.unsaved.length > 0 || shown.state === 'unsaved';
    element.classList.toggle('has-unsaved', hasUnsaved);
    dot.title = hasUnsaved ? words.unsavedDot : '';
    setText(text, stateText(shown, words));
    element.title = [shown.state === 'read-only' ? (shown.message ?? words.readOnlyDeck) : null, hint].filter(Boolean).join(' · ');
  };

  return {
    element,
    update(status) {
      if (shown && status.revision < shown.revision) return false;
      shown = status;
      draw();
      return true;
    },
    setStrings(next) {
      words = next;
      draw();
    },
    setHint(next) {
      hint = next;
      draw();
    },
  };
}
