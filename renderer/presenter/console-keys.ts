/**
 * The console's keyboard: clicker and arrow keys step, Home/End, B/W black or white screen, digits
 * then Enter jump, `/` or Ctrl+F search, O or Esc overview, X swap displays, T/R timer, +/− notes size,
 * E edit the notes. Keys typed into the search box, the notes editor or pressed in the overview are
 * theirs, not the console's.
 */

import { createTypedNumber } from '../../renderer/shared/typed-number';

/** What the keys do. */
export interface KeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggleBlackout(mode: 'black' | 'white'): void;
  jumpTo(number: number): void;
  showJump(digits: string): void;
  openSearch(): void;
  openOverview(): void;
  swapDisplays(): void;
  toggleTimer(): void;
  resetTimer(): void;
  resizeNotes(direction: 1 | -1): void;
  editNotes(): void;
  /** True while the search box or overview has the keyboard. */
  isDialogOpen(): boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/** Listens on `document` for the console's keys. */
export function installConsoleKeys(actions: KeyActions): void {
  const typed = createTypedNumber();

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.metaKey || isTyping(event.target) || actions.isDialogOpen()) return;
    const { key } = event;
    if (event.ctrlKey) {
      if (key === 'f' || key === 'F') {
        event.preventDefault();
        actions.openSearch();
      }
      return;
    }
    const number = typed.press(key);
    if (number?.kind === 'jump') {
      actions.jumpTo(number.number);
      actions.showJump('');
    } else if (number?.kind === 'edited') {
      actions.showJump(number.digits);
    } else if (key === ' ' && event.shiftKey) {
      actions.previous();
    } else if (NEXT.has(key)) {
      actions.next();
    } else if (PREVIOUS.has(key)) {
      actions.previous();
    } else if (key === 'Home') {
      actions.first();
    } else if (key === 'End') {
      actions.last();
    } else if (key === 'b' || key === 'B' || key === '.') {
      actions.toggleBlackout('black');
    } else if (key === 'w' || key === 'W') {
      actions.toggleBlackout('white');
    } else if (key === '/') {
      actions.openSearch();
    } else if (key === 'o' || key === 'O' || key === 'Escape') {
      actions.openOverview();
    } else if (key === 'e' || key === 'E') {
      // preventDefault below also keeps this `e` out of the editor that now has the focus.
      actions.editNotes();
    } else if (key === 'x' || key === 'X') {
      actions.swapDisplays();
    } else if (key === 't' || key === 'T') {
      actions.toggleTimer();
    } else if (key === 'r' || key === 'R') {
      actions.resetTimer();
    } else if (key === '+' || key === '=') {
      actions.resizeNotes(1);
    } else if (key === '-' || key === '_') {
      actions.resizeNotes(-1);
    } else {
      return;
    }
    event.preventDefault();
  });
}
