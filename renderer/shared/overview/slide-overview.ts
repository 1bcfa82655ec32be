/**
 * The slide overview of the presenter console (O) and of the audience page (Esc): an opaque layer over
 * the whole window with a grid of miniatures of the slides, the same static frames the console's
 * previews show (shared/slide/static-frame.ts, every fragment shown) scaled with a CSS transform, and
 * under each its number and title. The current slide is marked and scrolled into view; the arrow keys
 * move a focus mark (←→ by one, ↑↓ by a row), Enter or a click goes there, Esc or O closes.
 *
 * Fast at any size: every cell is an empty box of a fixed size (so the scrollbar is right), and only
 * the rows in view (and one on each side) get their slide, computed from the scroll position; cells far
 * out of view are emptied again. The geometry is computed here and handed to the stylesheet
 * (overview.css) as custom properties, which the CSP allows (CSSOM, no style attributes).
 */
import type { Slide } from '../../../app/contract/deck';
import { createBox } from '../dom/create-box';
import { fitSlide } from '../slide/fit-slide';
import { applyFragmentStep } from '../slide/fragment-step';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../slide/slide-size';
import { buildStaticFrame, type FrameDeck } from '../slide/static-frame';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** The deck as the overview shows it: its slides in reading order. */
export interface OverviewDeck extends FrameDeck {
  slides: readonly Slide[];
}

/** The overview's words, from the view's string table. */
export interface OverviewStrings {
  heading: string;
  hint: string;
}

/** The overview layer. */
export interface SlideOverview {
  /** Shows every slide of `deck`, `currentId` marked and in view. */
  open(deck: OverviewDeck, currentId: string | null, strings: OverviewStrings): void;
  /** Marks `slideId` current (the presentation moved while the overview is open); the focus stays. */
  markCurrent(slideId: string | null): void;
  close(): void;
  isOpen(): boolean;
}

/** Dispatched on `window` once the overview is open and its visible cells are filled (for the bench). */
export const OVERVIEW_SHOWN_EVENT = 'mimbar:overview-shown';

/** A cell is at least this wide (CSS px); the window's width decides how many fit in a row. */
const MIN_CELL_WIDTH = 230;
const MAX_COLUMNS = 8;
const GAP = 16;
const PADDING = 20;
/** The caption under a miniature: number and title on one line. */
const CAPTION_HEIGHT = 30;
/** Rows filled beyond the visible ones, on each side. */
const OVERSCAN_ROWS = 1;
/** Filled cells further than this many screens away are emptied. */
const KEEP_SCREENS = 2;
/** The 4% margin the audience view keeps around a slide (reveal.js `margin: 0.04`). */
const SLIDE_MARGIN = 0.04;

interface Geometry {
  columns: number;
  /** Height of one row plus the gap. */
  pitch: number;
  rowHeight: number;
}

interface Cell {
  element: HTMLElement;
  picture: HTMLElement;
  isFilled: boolean;
}

function setCurrent(element: HTMLElement, isCurrent: boolean): void {
  element.classList.toggle('is-current', isCurrent);
  if (isCurrent) element.setAttribute('aria-current', 'true');
  else element.removeAttribute('aria-current');
}

function createCell(slide: Slide, index: number, currentId: string | null): Cell {
  const element = createBox('mimbar-overview-cell');
  element.dataset['testid'] = 'overview-thumb';
  element.dataset['slide'] = slide.id;
  element.dataset['index'] = String(index);
  element.setAttribute('role', 'button');
  element.tabIndex = -1;
  if (slide.id === currentId) setCurrent(element, true);
  const picture = createBox('mimbar-overview-picture');
  // The miniature is a picture: its links and buttons are not the page's.
  picture.inert = true;
  picture.setAttribute('aria-hidden', 'true');
  const caption = createBox('mimbar-overview-caption');
  caption.append(createBox('mimbar-overview-number', String(index + 1)), createBox('mimbar-overview-title', slide.title));
  element.title = slide.title;
  element.append(picture, caption);
  return { element, picture, isFilled: false };
}

/** Creates the overview in `box` (a page element, hidden until opened); `goTo` moves to a slide (the overview closes first). */
export function createSlideOverview(box: HTMLElement, goTo: (slide: Slide) => void): SlideOverview {
  box.classList.add('mimbar-overview');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-modal', 'true');
  box.hidden = true;

  let deck: OverviewDeck | null = null;
  let cells: Cell[] = [];
  let scroller: HTMLElement | null = null;
  let grid: HTMLElement | null = null;
  let geometry: Geometry = { columns: 1, pitch: 1, rowHeight: 1 };
  let focused = 0;
  let frameRequest = 0;
  let returnFocus: Element | null = null;

  function measure(): void {
    if (!scroller || !grid) return;
    const width = Math.max(0, scroller.clientWidth - 2 * PADDING);
    const columns = Math.min(MAX_COLUMNS, Math.max(1, Math.floor((width + GAP) / (MIN_CELL_WIDTH + GAP))));
    const cellWidth = Math.max(1, (width - GAP * (columns - 1)) / columns);
    const pictureHeight = (cellWidth * SLIDE_HEIGHT) / SLIDE_WIDTH;
    const scale = cellWidth / (SLIDE_WIDTH * (1 + SLIDE_MARGIN));
    const rowHeight = pictureHeight + CAPTION_HEIGHT;
    geometry = { columns, pitch: rowHeight + GAP, rowHeight };
    const set = (name: string, value: string): void => grid?.style.setProperty(name, value);
    set('--overview-columns', String(columns));
    set('--overview-gap', `${GAP}px`);
    set('--overview-padding', `${PADDING}px`);
    set('--overview-cell-width', `${cellWidth}px`);
    set('--overview-picture-height', `${pictureHeight}px`);
    set('--overview-caption-height', `${CAPTION_HEIGHT}px`);
    set('--overview-scale', String(scale));
    set('--overview-x', `${(cellWidth - SLIDE_WIDTH * scale) / 2}px`);
    set('--overview-y', `${(pictureHeight - SLIDE_HEIGHT * scale) / 2}px`);
  }

  const rowOf = (index: number): number => Math.floor(index / geometry.columns);
  const rowTop = (row: number): number => PADDING + row * geometry.pitch;

  function fill(cell: Cell, slide: Slide): void {
    if (!deck || cell.isFilled) return;
    const { slot, section } = buildStaticFrame(slide, deck);
    applyFragmentStep(section, null);
    // The slide on screen (or in a preview) has these ids and names: a miniature must not take them.
    // A drawing's ids stay: the sanitizer numbered them for this copy alone, and its arrows need their markers.
    for (const element of section.querySelectorAll('[id], [name]')) {
      if (element.namespaceURI === SVG_NAMESPACE) continue;
      element.removeAttribute('id');
      element.removeAttribute('name');
    }
    cell.picture.append(slot);
    cell.element.classList.add('is-filled');
    cell.isFilled = true;
    // Images change the height once decoded: fit that slide again.
    for (const image of section.querySelectorAll('img')) {
      if (!image.complete) image.addEventListener('load', () => fitSlide(section), { once: true });
    }
  }

  function empty(cell: Cell): void {
    if (!cell.isFilled) return;
    cell.picture.replaceChildren();
    cell.element.classList.remove('is-filled');
    cell.isFilled = false;
  }

  /** Fills the cells in view (and a row around), empties those far away. */
  function update(): void {
    if (!scroller || !deck) return;
    const { scrollTop, clientHeight } = scroller;
    const rows = Math.ceil(cells.length / geometry.columns);
    const first = Math.max(0, Math.floor((scrollTop - PADDING) / geometry.pitch) - OVERSCAN_ROWS);
    const last = Math.min(rows - 1, Math.floor((scrollTop + clientHeight - PADDING) / geometry.pitch) + OVERSCAN_ROWS);
    const keep = Math.ceil((KEEP_SCREENS * clientHeight) / geometry.pitch);
    const added: HTMLElement[] = [];
    cells.forEach((cell, index) => {
      const row = rowOf(index);
      if (row >= first && row <= last) {
        if (!cell.isFilled) {
          const slide = deck?.slides[index];
          if (slide) fill(cell, slide);
          const section = cell.picture.querySelector<HTMLElement>('section');
          if (section) added.push(section);
        }
      } else if (row < first - keep || row > last + keep) {
        empty(cell);
      }
    });
    // Every new slide is in the page before the first is fitted: one layout for all of them.
    for (const section of added) fitSlide(section);
  }

  function scheduleUpdate(): void {
    if (frameRequest) return;
    frameRequest = requestAnimationFrame(() => {
      frameRequest = 0;
      update();
    });
  }

  /** Scrolls so that the row of `index` is in view (centred when `centre`). */
  function reveal(index: number, centre: boolean): void {
    if (!scroller) return;
    const top = rowTop(rowOf(index));
    const height = scroller.clientHeight;
    if (centre) {
      scroller.scrollTop = top - (height - geometry.rowHeight) / 2;
    } else if (top - GAP < scroller.scrollTop) {
      scroller.scrollTop = top - GAP;
    } else if (top + geometry.rowHeight + GAP > scroller.scrollTop + height) {
      scroller.scrollTop = top + geometry.rowHeight + GAP - height;
    }
  }

  function focus(index: number, centre = false): void {
    const next = cells[Math.min(Math.max(index, 0), cells.length - 1)];
    if (!next) return;
    const previous = cells[focused];
    if (previous) {
      previous.element.classList.remove('is-focused');
      previous.element.tabIndex = -1;
    }
    focused = cells.indexOf(next);
    next.element.classList.add('is-focused');
    next.element.tabIndex = 0;
    reveal(focused, centre);
    update();
    next.element.focus({ preventScroll: true });
  }

  function choose(index: number): void {
    const slide = deck?.slides[index];
    if (!slide) return;
    close();
    goTo(slide);
  }

  /** ↓ moves a row down; on the last, short row's left there is no row below: to the last cell if it is lower. */
  function rowStep(direction: 1 | -1): number {
    const target = focused + direction * geometry.columns;
    if (target >= 0 && target < cells.length) return target;
    if (direction === 1 && rowOf(cells.length - 1) > rowOf(focused)) return cells.length - 1;
    return focused;
  }

  function onKey(event: KeyboardEvent): void {
    // The overview has the keyboard: nothing reaches the page's own keys (or reveal.js) while it is open.
    event.stopPropagation();
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const screenRows = scroller ? Math.max(1, Math.floor(scroller.clientHeight / geometry.pitch)) : 1;
    switch (event.key) {
      case 'ArrowRight':
        focus(focused + 1);
        break;
      case 'ArrowLeft':
        focus(focused - 1);
        break;
      case 'ArrowDown':
        focus(rowStep(1));
        break;
      case 'ArrowUp':
        focus(rowStep(-1));
        break;
      case 'PageDown':
        focus(focused + screenRows * geometry.columns);
        break;
      case 'PageUp':
        focus(focused - screenRows * geometry.columns);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(cells.length - 1);
        break;
      case 'Enter':
      case ' ':
        choose(focused);
        break;
      case 'Escape':
      case 'o':
      case 'O':
        close();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  function onResize(): void {
    measure();
    reveal(focused, false);
    scheduleUpdate();
  }

  function onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.mimbar-overview-cell') : null;
    if (target) choose(Number(target.dataset['index']));
  }

  function close(): void {
    if (box.hidden) return;
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('resize', onResize);
    if (frameRequest) cancelAnimationFrame(frameRequest);
    frameRequest = 0;
    box.hidden = true;
    box.replaceChildren();
    deck = null;
    cells = [];
    scroller = null;
    grid = null;
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  function open(next: OverviewDeck, currentId: string | null, strings: OverviewStrings): void {
    close();
    deck = next;
    returnFocus = document.activeElement;
    const head = createBox('mimbar-overview-head');
    const heading = document.createElement('h2');
    heading.className = 'mimbar-overview-heading';
    heading.textContent = strings.heading;
    heading.id = 'mimbar-overview-heading';
    head.append(heading, createBox('mimbar-overview-hint', strings.hint));
    box.setAttribute('aria-labelledby', heading.id);
    scroller = createBox('mimbar-overview-scroller');
    grid = createBox('mimbar-overview-grid');
    cells = next.slides.map((slide, index) => createCell(slide, index, currentId));
    box.replaceChildren(head, scroller);
    box.hidden = false;
    // Measured before the cells are in: the scroller's width alone decides the columns.
    measure();
    grid.append(...cells.map((cell) => cell.element));
    scroller.append(grid);
    grid.addEventListener('click', onClick);
    scroller.addEventListener('scroll', scheduleUpdate, { passive: true });
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('resize', onResize);
    const current = next.slides.findIndex((slide) => slide.id === currentId);
    focused = 0;
    focus(Math.max(0, current), true);
    window.dispatchEvent(new CustomEvent(OVERVIEW_SHOWN_EVENT));
  }

  function markCurrent(slideId: string | null): void {
    if (!deck) return;
    for (const cell of cells) if (cell.element.classList.contains('is-current')) setCurrent(cell.element, false);
    const index = slideId === null ? -1 : deck.slides.findIndex((slide) => slide.id === slideId);
    const cell = cells[index];
    if (cell) setCurrent(cell.element, true);
  }

  return { open, markCurrent, close, isOpen: () => !box.hidden };
}
