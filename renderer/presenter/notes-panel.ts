/**
 * The speaker notes of the current slide: sanitized HTML in a panel with its own scroll (an unsaved
 * edit as plain text), in a font size the presenter sets with the +/− buttons or keys and that is
 * remembered in localStorage; the notes editor gets the same size.
 */
import type { Slide } from '../../app/contract/deck';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';
import { createBox } from '../../renderer/shared/dom/create-box';
import type { ConsoleStrings } from './strings';

const STORAGE_KEY = 'mimbar.console.notesFontPx';
const DEFAULT_PX = 26;
const MIN_PX = 14;
const MAX_PX = 56;
const STEP_PX = 2;

/** The notes panel. */
export interface NotesPanel {
  /** Shows the notes of `slide`, or `pending` (an edit not in the file yet) as plain text. */
  show(slide: Slide | null, assetBase: string, strings: ConsoleStrings, pending: string | null): void;
  /** Makes the notes text one step larger (+1) or smaller (−1). */
  resize(direction: 1 | -1): void;
}

function storedSize(): number {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value >= MIN_PX && value <= MAX_PX ? value : DEFAULT_PX;
  } catch {
    return DEFAULT_PX;
  }
}

/** Fills `body` with notes; `smaller`/`larger` are the panel's size buttons; `editor` gets the same text size. */
export function createNotesPanel(body: HTMLElement, smaller: HTMLButtonElement, larger: HTMLButtonElement, editor: HTMLElement): NotesPanel {
  let size = storedSize();
  let shownId: string | null | undefined;
  const applySize = (): void => {
    body.style.fontSize = `${size}px`;
    editor.style.fontSize = `${size}px`;
    body.dataset['fontPx'] = String(size);
  };
  const resize = (direction: 1 | -1): void => {
    size = Math.min(MAX_PX, Math.max(MIN_PX, size + direction * STEP_PX));
    applySize();
    try {
      localStorage.setItem(STORAGE_KEY, String(size));
    } catch {
      // Storage can be unavailable (private mode); the size still applies for this session.
    }
  };
  smaller.addEventListener('click', () => resize(-1));
  larger.addEventListener('click', () => resize(1));
  applySize();
  return {
    show(slide, assetBase, strings, pending) {
      smaller.title = strings.smaller;
      larger.title = strings.larger;
      const key = slide ? `${slide.id}\n${pending === null ? `html\n${slide.notes.html}` : `text\n${pending}`}\n${strings.lang}` : null;
      if (key === shownId) return;
      shownId = key;
      if (slide && pending !== null && pending.trim() !== '') {
        // Unsaved Markdown is not rendered here (no Markdown parser in the renderer): shown as typed.
        body.replaceChildren(createBox('notes-plain', pending));
      } else if (!slide || pending !== null || slide.notes.text.trim() === '') {
        body.replaceChildren(createBox('notes-empty', strings.noNotes));
      } else {
        body.replaceChildren(sanitizeToFragment(slide.notes.html, assetBase));
      }
      body.scrollTop = 0;
    },
    resize,
  };
}
