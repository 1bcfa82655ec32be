/**
 * The console's keyboard, one table (`CONSOLE_KEYS`) that the key handler, the help overlay (?) and the
 * bottom help line all read: clicker and arrow keys step, Home/End, B/W black or white screen, digits
 * then Enter jump (Esc cancels the number), `/` or Ctrl+F search, O or Esc overview, U/D scroll the
 * notes, +/− notes size, E edit the notes, T/R timer, X swap displays, ? this list. Keys typed into the
 * search box, the notes editor or pressed in the overview are theirs, not the console's.
 */
import type { UiLanguage } from '../../app/contract/ui-language';
import { createKeyHelp } from '../../renderer/shared/keys/key-help';
import { findKeyRow, isTypingTarget } from '../../renderer/shared/keys/key-table';
import type { KeyTable } from '../../renderer/shared/keys/key-table';
import { createTypedNumber } from '../../renderer/shared/typed-number';

/** What a row of the console's table does. */
export type ConsoleAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'jump'
  | 'black'
  | 'white'
  | 'notesDown'
  | 'notesUp'
  | 'notesLarger'
  | 'notesSmaller'
  | 'editNotes'
  | 'search'
  | 'overview'
  | 'timer'
  | 'resetTimer'
  | 'swapDisplays'
  | 'help';

/** The console's keys, in the order help lists them. */
export const CONSOLE_KEYS: KeyTable<ConsoleAction> = [
  {
    action: 'next',
    keys: [{ key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: ' ', shift: false }, { key: 'PageDown' }],
    label: { id: 'Langkah berikutnya (juga tombol maju clicker)', en: 'Next step (also the clicker’s forward button)' },
    brief: { id: 'berikutnya', en: 'next' },
  },
  {
    action: 'previous',
    keys: [{ key: 'ArrowLeft' }, { key: 'ArrowUp' }, { key: ' ', shift: true }, { key: 'PageUp' }],
    label: { id: 'Langkah sebelumnya (juga tombol mundur clicker)', en: 'Previous step (also the clicker’s back button)' },
    brief: { id: 'sebelumnya', en: 'previous' },
  },
  { action: 'first', keys: [{ key: 'Home' }], label: { id: 'Slide pertama', en: 'First slide' } },
  { action: 'last', keys: [{ key: 'End' }], label: { id: 'Slide terakhir', en: 'Last slide' } },
  {
    action: 'jump',
    keys: [],
    display: { id: 'angka, lalu Enter', en: 'number, then Enter' },
    label: { id: 'Ke slide bernomor itu (Esc membatalkan angkanya)', en: 'Go to that slide number (Esc cancels the number)' },
  },
  {
    action: 'black',
    keys: [{ key: 'b' }, { key: '.' }],
    label: { id: 'Layar penonton hitam, atau kembali', en: 'Audience screen black, or back' },
    brief: { id: 'hitam', en: 'black' },
  },
  {
    action: 'white',
    keys: [{ key: 'w' }],
    label: { id: 'Layar penonton putih, atau kembali', en: 'Audience screen white, or back' },
    brief: { id: 'putih', en: 'white' },
  },
  {
    action: 'notesDown',
    keys: [{ key: 'd' }],
    label: { id: 'Gulir catatan ke bawah', en: 'Scroll the notes down' },
    brief: { id: 'catatan ke bawah', en: 'notes down' },
  },
  {
    action: 'notesUp',
    keys: [{ key: 'u' }],
    label: { id: 'Gulir catatan ke atas', en: 'Scroll the notes up' },
    brief: { id: 'catatan ke atas', en: 'notes up' },
  },
  { action: 'notesLarger', keys: [{ key: '+' }, { key: '=', alias: true }], label: { id: 'Huruf catatan lebih besar', en: 'Larger notes text' } },
  { action: 'notesSmaller', keys: [{ key: '-' }, { key: '_', alias: true }], label: { id: 'Huruf catatan lebih kecil', en: 'Smaller notes text' } },
  {
    action: 'editNotes',
    keys: [{ key: 'e' }],
    label: { id: 'Ubah catatan (Esc selesai)', en: 'Edit the notes (Esc when done)' },
    brief: { id: 'ubah catatan', en: 'edit notes' },
  },
  {
    action: 'search',
    keys: [{ key: '/' }, { key: 'f', ctrl: true }],
    label: { id: 'Cari slide (judul, isi, catatan)', en: 'Find a slide (title, text, notes)' },
    brief: { id: 'cari', en: 'search' },
  },
  {
    action: 'overview',
    keys: [{ key: 'o' }, { key: 'Escape' }],
    label: { id: 'Semua slide', en: 'All slides' },
    brief: { id: 'semua slide', en: 'all slides' },
  },
  { action: 'timer', keys: [{ key: 't' }], label: { id: 'Mulai atau jeda waktu', en: 'Start or pause the timer' }, brief: { id: 'waktu', en: 'timer' } },
  { action: 'resetTimer', keys: [{ key: 'r' }], label: { id: 'Atur ulang waktu ke 00:00', en: 'Reset the timer to 00:00' } },
  { action: 'swapDisplays', keys: [{ key: 'x' }], label: { id: 'Tukar layar konsol dan penonton', en: 'Swap the console and audience displays' } },
  { action: 'help', keys: [{ key: '?' }], label: { id: 'Daftar tombol ini', en: 'This list of keys' }, brief: { id: 'semua tombol', en: 'all keys' } },
];

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
  scrollNotes(direction: 1 | -1): void;
  editNotes(): void;
  /** The console's UI language, for help. */
  language(): UiLanguage;
  /** True while the search box or overview has the keyboard. */
  isDialogOpen(): boolean;
}

/** Listens on `document` for the console's keys. */
export function installConsoleKeys(actions: KeyActions): void {
  const typed = createTypedNumber();
  const help = createKeyHelp(CONSOLE_KEYS, 'console-key-help');
  const run: Record<Exclude<ConsoleAction, 'jump'>, () => void> = {
    next: actions.next,
    previous: actions.previous,
    first: actions.first,
    last: actions.last,
    black: () => actions.toggleBlackout('black'),
    white: () => actions.toggleBlackout('white'),
    notesDown: () => actions.scrollNotes(1),
    notesUp: () => actions.scrollNotes(-1),
    notesLarger: () => actions.resizeNotes(1),
    notesSmaller: () => actions.resizeNotes(-1),
    // preventDefault below also keeps this `e` out of the editor that now has the focus.
    editNotes: actions.editNotes,
    search: actions.openSearch,
    overview: actions.openOverview,
    timer: actions.toggleTimer,
    resetTimer: actions.resetTimer,
    swapDisplays: actions.swapDisplays,
    help: () => help.toggle(actions.language()),
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return;
    const row = findKeyRow(CONSOLE_KEYS, event);
    if (help.isOpen() && (event.key === 'Escape' || row?.action === 'help')) {
      event.preventDefault();
      help.close();
      return;
    }
    if (actions.isDialogOpen()) return;
    const number = event.ctrlKey || event.metaKey ? null : typed.press(event.key);
    if (number?.kind === 'jump') {
      actions.jumpTo(number.number);
      actions.showJump('');
    } else if (number?.kind === 'edited') {
      // Esc after digits lands here too: the number is cancelled, the overview stays shut.
      actions.showJump(number.digits);
    } else if (row && row.action !== 'jump') {
      if (typed.clear()) actions.showJump('');
      // Help is a glance: another key closes it as it acts (search and the overview would open below it).
      help.close();
      run[row.action]();
    } else {
      return;
    }
    event.preventDefault();
  });
}
