/**
 * The speaker notes of the current slide: sanitized HTML in a panel with its own scroll (an unsaved
 * edit as plain text), in a font size the presenter sets with the +/− buttons or keys and that is
 * remembered in localStorage; the notes editor gets the same size. Notes taller than the pane shrink
 * a little, then show cues and scroll with U/D or the wheel (notes-fit.ts); a new slide's notes open at
 * their top.
 */
import type { Slide } from '../../app/contract/deck';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';
import { createBox } from '../../renderer/shared/dom/create-box';
import { createNotesFit } from './notes-fit';
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
  /** Scrolls the notes by most of the pane: down (1) or up (−1). */
  scroll(direction: 1 | -1): void;
}

/** The panel's elements: the scrolling notes in their frame, its two cues, the size buttons and the editor. */
export interface NotesPanelElements {
  notesFrame: HTMLElement;
  notes: HTMLElement;
  notesCueUp: HTMLElement;
  notesCueMore: HTMLElement;
  notesSmaller: HTMLButtonElement;
  notesLarger: HTMLButtonElement;
  notesEditor: HTMLElement;
}

function storedSize(): number {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value >= MIN_PX && value <= MAX_PX ? value : DEFAULT_PX;
  } catch {
    return DEFAULT_PX;
  }
}

/** Fills the notes; the size buttons change the chosen size; the editor gets the chosen size too. */
export function createNotesPanel(elements: NotesPanelElements): NotesPanel {
  const { notes: body, notesSmaller: smaller, notesLarger: larger, notesEditor: editor } = elements;
  const fit = createNotesFit(elements.notesFrame, body, elements.notesCueUp, elements.notesCueMore);
  let size = storedSize();
  let shownId: string | null | undefined;
  const applySize = (): void => {
    editor.style.fontSize = `${size}px`;
    body.dataset['fontPx'] = String(size);
    fit.fit(size);
  };
  // The pane changes size with the window, and when it shows again after editing.
  new ResizeObserver(() => fit.fit(size)).observe(elements.notesFrame);
  document.fonts.addEventListener('loadingdone', () => fit.fit(size));
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
      fit.setWords(strings.notesMore, strings.notesBack);
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
      fit.fit(size);
    },
    resize,
    scroll: (direction) => fit.page(direction),
  };
}
