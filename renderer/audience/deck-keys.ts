/**
 * The audience page's keyboard, one table (`DECK_KEYS`) that the key handler and the help overlay (?)
 * both read: arrows, Space and a clicker's PageDown/PageUp step, Home/End and Shift+←/→ go to the
 * deck's ends (reveal.js would find them within its window only), a number then Enter jumps (Esc
 * cancels the number), B/W black or white the screen for everyone (shared presentation state), F
 * fullscreen, O or Esc the overview. Mimbar handles these keys first (on `window`, capturing); reveal.js
 * acts on a key only in its overview and only when this handler did not take it (reveal-options.ts), so
 * no key does what help does not say.
 */
import type { UiLanguage } from '../../app/contract/ui-language';
import { createKeyHelp } from '../../renderer/shared/keys/key-help';
import { findKeyRow, isTypingTarget } from '../../renderer/shared/keys/key-table';
import type { KeyTable } from '../../renderer/shared/keys/key-table';
import { createTypedNumber } from '../../renderer/shared/typed-number';

/** What a row of the audience page's table does. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'jump' | 'black' | 'white' | 'fullscreen' | 'overview' | 'help';

/** The audience page's keys, in the order help lists them. */
export const DECK_KEYS: KeyTable<DeckAction> = [
  {
    action: 'next',
    keys: [{ key: 'ArrowRight', shift: false }, { key: 'ArrowDown', shift: false }, { key: ' ', shift: false }, { key: 'PageDown' }],
    label: { id: 'Langkah berikutnya (juga tombol maju clicker)', en: 'Next step (also the clicker’s forward button)' },
  },
  {
    action: 'previous',
    keys: [{ key: 'ArrowLeft', shift: false }, { key: 'ArrowUp', shift: false }, { key: ' ', shift: true }, { key: 'PageUp' }],
    label: { id: 'Langkah sebelumnya (juga tombol mundur clicker)', en: 'Previous step (also the clicker’s back button)' },
  },
  { action: 'first', keys: [{ key: 'Home' }, { key: 'ArrowLeft', shift: true }], label: { id: 'Slide pertama', en: 'First slide' } },
  { action: 'last', keys: [{ key: 'End' }, { key: 'ArrowRight', shift: true }], label: { id: 'Slide terakhir', en: 'Last slide' } },
  {
    action: 'jump',
    keys: [],
    display: { id: 'angka, lalu Enter', en: 'number, then Enter' },
    label: { id: 'Ke slide bernomor itu (Esc membatalkan angkanya)', en: 'Go to that slide number (Esc cancels the number)' },
  },
  { action: 'black', keys: [{ key: 'b' }, { key: '.' }], label: { id: 'Layar hitam, atau kembali', en: 'Black screen, or back' } },
  { action: 'white', keys: [{ key: 'w' }], label: { id: 'Layar putih, atau kembali', en: 'White screen, or back' } },
  { action: 'fullscreen', keys: [{ key: 'f' }], label: { id: 'Layar penuh, atau keluar darinya', en: 'Full screen, or leave it' } },
  { action: 'overview', keys: [{ key: 'o' }, { key: 'Escape' }], label: { id: 'Semua slide (Esc atau O menutup)', en: 'All slides (Esc or O closes)' } },
  { action: 'help', keys: [{ key: '?' }], label: { id: 'Daftar tombol ini', en: 'This list of keys' } },
];

/** The rows that act in reveal.js's overview too (it has the other keys there). */
type OverviewAction = 'black' | 'white' | 'fullscreen' | 'help';
const WHILE_OVERVIEW: readonly DeckAction[] = ['black', 'white', 'fullscreen', 'help'] satisfies OverviewAction[];
const actsInOverview = (action: DeckAction): action is OverviewAction => WHILE_OVERVIEW.includes(action);

/** What the keys do. */
export interface DeckKeyActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  jumpTo(number: number): void;
  toggleBlackout(mode: 'black' | 'white'): void;
  toggleFullscreen(): void;
  toggleOverview(): void;
  /** True while reveal.js's overview is open: it has the keyboard then. */
  isOverview(): boolean;
  /** The deck's UI language, for help. */
  language(): UiLanguage;
}

/** Listens for the page's keys on `window`, before reveal.js (on `document`) sees them. */
export function installDeckKeys(actions: DeckKeyActions): void {
  const typed = createTypedNumber();
  const help = createKeyHelp(DECK_KEYS, 'mimbar-ui-key-help');
  const run: Record<Exclude<DeckAction, 'jump'>, () => void> = {
    next: actions.next,
    previous: actions.previous,
    first: actions.first,
    last: actions.last,
    black: () => actions.toggleBlackout('black'),
    white: () => actions.toggleBlackout('white'),
    fullscreen: actions.toggleFullscreen,
    overview: actions.toggleOverview,
    help: () => help.toggle(actions.language()),
  };
  // reveal.js leaves a key this handler took (defaultPrevented) alone: see keyboardCondition in audience-view.ts.
  const handled = (event: KeyboardEvent): void => event.preventDefault();

  window.addEventListener(
    'keydown',
    (event) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const row = findKeyRow(DECK_KEYS, event);
      if (help.isOpen() && (event.key === 'Escape' || row?.action === 'help')) {
        help.close();
        handled(event);
        return;
      }
      if (row && actions.isOverview()) {
        // reveal.js's overview moves, opens and closes itself; the screen's keys and help work there too.
        if (!actsInOverview(row.action)) return;
        run[row.action]();
        handled(event);
        return;
      }
      if (actions.isOverview() || event.altKey || event.ctrlKey || event.metaKey) return;
      const number = typed.press(event.key);
      if (number?.kind === 'jump') {
        actions.jumpTo(number.number);
      } else if (number?.kind === 'edited') {
        // Esc after digits lands here too: the number is cancelled, the overview stays shut.
      } else if (row && row.action !== 'jump') {
        typed.clear();
        // Help is a glance: another key closes it as it acts.
        help.close();
        run[row.action]();
      } else {
        return;
      }
      handled(event);
    },
    { capture: true },
  );
}
