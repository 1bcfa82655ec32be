/**
 * The editor's slide list: number, title, a one-line excerpt of the notes (the unsaved text when there
 * is one) and a dot for unsaved edits, with a filter. Rows are built once per deck (same slide ids in the
 * same order keep their rows) and updated in place, so a 1,000-slide deck stays quick to type in.
 */
import type { Slide } from '../../app/contract/deck';
import type { NotesStatus } from '../../app/contract/notes';
import { setText } from '../../renderer/shared/dom/set-text';
import type { EditorStrings } from './editor-strings';

const EXCERPT_CHARS = 160;

/** The list. */
export interface SlideList {
  /** Shows `slides` (reading order): rebuilds only when the ids or their order changed. */
  setDeck(slides: readonly Slide[], status: NotesStatus, strings: EditorStrings): void;
  /** Updates unsaved dots and excerpts. */
  setStatus(status: NotesStatus): void;
  select(slideId: string | null): void;
  markPresented(slideId: string | null): void;
  /** Shows only the rows matching every word of `query` (number, title, notes). */
  filter(query: string): void;
  /** The visible slide before (−1) or after (+1) `slideId`, or null. */
  neighbor(slideId: string | null, direction: 1 | -1): Slide | null;
  /** The first visible slide, or null. */
  firstVisible(): Slide | null;
}

interface Row {
  slide: Slide;
  number: number;
  item: HTMLLIElement;
  title: HTMLElement;
  excerpt: HTMLElement;
  /** Normalized text the filter searches. */
  haystack: string;
  /** The excerpt shown, or null to draw it again (new row, new language). */
  excerptText: string | null;
  isUnsaved: boolean;
}

function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function excerptOf(text: string): string {
  const line = text.split('\n').map((part) => part.trim()).find((part) => part !== '') ?? '';
  return line.length > EXCERPT_CHARS ? `${line.slice(0, EXCERPT_CHARS)}…` : line;
}

function span(className: string, text = ''): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Creates the list in `list`; `onChoose` gets the slide the user clicked. */
export function createSlideList(list: HTMLOListElement, empty: HTMLElement, onChoose: (slide: Slide) => void): SlideList {
  let rows: Row[] = [];
  const byId = new Map<string, Row>();
  let strings: EditorStrings | null = null;
  let status: NotesStatus | null = null;
  let query: string[] = [];
  let selected: string | null = null;
  let presented: string | null = null;

  const notesText = (row: Row): string => status?.pending[row.slide.id] ?? row.slide.notes.text;

  const drawRow = (row: Row): void => {
    const excerpt = excerptOf(notesText(row));
    if (excerpt !== row.excerptText) {
      row.excerptText = excerpt;
      setText(row.excerpt, excerpt === '' ? (strings?.noNotes ?? '') : excerpt);
      row.excerpt.classList.toggle('is-empty', excerpt === '');
    }
    const isUnsaved = status?.unsaved.includes(row.slide.id) === true || status?.pending[row.slide.id] !== undefined;
    if (isUnsaved !== row.isUnsaved) {
      row.isUnsaved = isUnsaved;
      row.item.classList.toggle('is-unsaved', isUnsaved);
    }
    row.haystack = normalize(`${row.number}\n${row.slide.title}\n${row.slide.section ?? ''}\n${notesText(row)}`);
  };

  const buildRow = (slide: Slide, number: number): Row => {
    const item = document.createElement('li');
    item.className = 'slide-row';
    item.dataset['slide'] = slide.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'slide-row-button';
    const title = span('slide-row-title', slide.title);
    const excerpt = span('slide-row-excerpt');
    const dot = span('slide-row-dot');
    dot.setAttribute('aria-hidden', 'true');
    button.append(span('slide-row-number', String(number)), title, dot, excerpt);
    item.append(button);
    const row: Row = { slide, number, item, title, excerpt, haystack: '', excerptText: null, isUnsaved: false };
    button.addEventListener('click', () => onChoose(row.slide));
    return row;
  };

  const applyFilter = (): void => {
    let shown = 0;
    for (const row of rows) {
      const isMatch = query.every((word) => row.haystack.includes(word));
      if (row.item.hidden === isMatch) row.item.hidden = !isMatch;
      if (isMatch) shown++;
    }
    empty.hidden = shown > 0 || rows.length === 0;
    setText(empty, strings?.nothingFound ?? '');
  };

  const mark = (id: string | null, className: 'is-selected' | 'is-presented', isOn: boolean): void => {
    const row = id === null ? undefined : byId.get(id);
    if (!row) return;
    row.item.classList.toggle(className, isOn);
    const button = row.item.firstElementChild;
    if (className === 'is-selected') {
      button?.toggleAttribute('aria-current', isOn);
      if (isOn) row.item.scrollIntoView({ block: 'nearest' });
    } else if (button instanceof HTMLElement) {
      button.title = isOn ? (strings?.onScreen ?? '') : '';
    }
  };

  /** The ids whose dot or excerpt may differ between two statuses. */
  const touched = (before: NotesStatus | null, after: NotesStatus): Set<string> =>
    new Set([...Object.keys(before?.pending ?? {}), ...(before?.unsaved ?? []), ...Object.keys(after.pending), ...after.unsaved]);

  const visible = (): Row[] => rows.filter((row) => !row.item.hidden);

  return {
    setDeck(slides, nextStatus, nextStrings) {
      const isSameList = slides.length === rows.length && slides.every((slide, index) => rows[index]?.slide.id === slide.id);
      const isNewLanguage = strings !== nextStrings;
      strings = nextStrings;
      status = nextStatus;
      if (isSameList) {
        for (const [index, slide] of slides.entries()) {
          const row = rows[index];
          if (!row) continue;
          row.slide = slide;
          setText(row.title, slide.title);
          if (isNewLanguage) row.excerptText = null;
          row.item.classList.toggle('is-read-only', !slide.notes.editable);
          drawRow(row);
        }
        if (isNewLanguage) mark(presented, 'is-presented', true);
      } else {
        rows = slides.map((slide, index) => buildRow(slide, index + 1));
        byId.clear();
        for (const row of rows) {
          byId.set(row.slide.id, row);
          row.item.classList.toggle('is-read-only', !row.slide.notes.editable);
          drawRow(row);
        }
        list.replaceChildren(...rows.map((row) => row.item));
        mark(selected, 'is-selected', true);
        mark(presented, 'is-presented', true);
      }
      applyFilter();
    },
    setStatus(nextStatus) {
      const ids = touched(status, nextStatus);
      status = nextStatus;
      for (const id of ids) {
        const row = byId.get(id);
        if (row) drawRow(row);
      }
      if (query.length > 0) applyFilter();
    },
    select(slideId) {
      mark(selected, 'is-selected', false);
      selected = slideId;
      mark(selected, 'is-selected', true);
    },
    markPresented(slideId) {
      mark(presented, 'is-presented', false);
      presented = slideId;
      mark(presented, 'is-presented', true);
    },
    filter(text) {
      query = normalize(text).split(/\s+/).filter(Boolean);
      applyFilter();
    },
    neighbor(slideId, direction) {
      const shown = visible();
      const index = shown.findIndex((row) => row.slide.id === slideId);
      const target = index === -1 ? shown[direction === 1 ? 0 : shown.length - 1] : shown[index + direction];
      return target?.slide ?? null;
    },
    firstVisible: () => visible()[0]?.slide ?? null,
  };
}
