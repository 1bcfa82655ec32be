/**
 * A view's keyboard as one typed table: each row names the keys, the action they run and what help says
 * about it in Indonesian and English. The view's key handler finds the row of a key press here and its
 * help overlay (key-help.ts) lists the same rows, so what help says and what the keys do cannot drift.
 */
import type { UiLanguage } from '../../../app/contract/ui-language';

/** One key: `KeyboardEvent.key` (letters match either case), with or without Shift or Ctrl. */
export interface KeySpec {
  key: string;
  /** true: only with Shift; false: only without; absent: either (`?` and `+` need Shift on many layouts). */
  shift?: boolean;
  /** true: only with Ctrl (or Cmd); absent or false: only without. */
  ctrl?: boolean;
  /** Another key for the same thing (`=` for `+`): it works, and help leaves it out to stay short. */
  alias?: true;
}

/** A row of the table: what `keys` do, worded for help. */
export interface KeyRow<Action extends string> {
  action: Action;
  /** The keys that run it; empty for a row the view matches itself (a number, then Enter). */
  keys: readonly KeySpec[];
  /** How help writes the keys when `keys` cannot say it (a number, then Enter). */
  display?: Record<UiLanguage, string>;
  /** What it does, in help. */
  label: Record<UiLanguage, string>;
  /** A short word for a one-line summary (the console's bottom line); rows without one are in the overlay only. */
  brief?: Record<UiLanguage, string>;
}

/** A view's keyboard. */
export type KeyTable<Action extends string> = readonly KeyRow<Action>[];

const sameKey = (spec: KeySpec, key: string): boolean => (spec.key.length === 1 ? spec.key.toLowerCase() === key.toLowerCase() : spec.key === key);

/** Whether `event` is the key `spec`. */
export function isKey(spec: KeySpec, event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): boolean {
  if (!sameKey(spec, event.key)) return false;
  if (spec.shift !== undefined && spec.shift !== event.shiftKey) return false;
  return (spec.ctrl ?? false) === (event.ctrlKey || event.metaKey);
}

/** The row whose keys include `event`'s key, if any. Alt is never part of a key here. */
export function findKeyRow<Action extends string>(table: KeyTable<Action>, event: KeyboardEvent): KeyRow<Action> | undefined {
  if (event.altKey) return undefined;
  return table.find((row) => row.keys.some((spec) => isKey(spec, event)));
}

const KEY_NAMES: Record<string, Record<UiLanguage, string>> = {
  ArrowRight: { id: '→', en: '→' },
  ArrowLeft: { id: '←', en: '←' },
  ArrowUp: { id: '↑', en: '↑' },
  ArrowDown: { id: '↓', en: '↓' },
  ' ': { id: 'Spasi', en: 'Space' },
  PageDown: { id: 'Page Down', en: 'Page Down' },
  PageUp: { id: 'Page Up', en: 'Page Up' },
  Escape: { id: 'Esc', en: 'Esc' },
  Enter: { id: 'Enter', en: 'Enter' },
  '-': { id: '−', en: '−' },
};

/** How help writes one key: `Shift+Spasi`, `Ctrl+F`, `→`. */
export function keyName(spec: KeySpec, lang: UiLanguage): string {
  const base = KEY_NAMES[spec.key]?.[lang] ?? (spec.key.length === 1 ? spec.key.toUpperCase() : spec.key);
  const withShift = spec.shift === true ? `Shift+${base}` : base;
  return spec.ctrl === true ? `Ctrl+${withShift}` : withShift;
}

/** The keys of a row as help writes them, each apart. */
export function rowKeyNames<Action extends string>(row: KeyRow<Action>, lang: UiLanguage): string[] {
  return row.display ? [row.display[lang]] : row.keys.filter((spec) => spec.alias !== true).map((spec) => keyName(spec, lang));
}

/** One line of the rows that have a short word: `→ berikutnya · ← sebelumnya · …` (the first key of each). */
export function briefLine<Action extends string>(table: KeyTable<Action>, lang: UiLanguage): string {
  return table
    .flatMap((row) => (row.brief ? [`${rowKeyNames(row, lang)[0] ?? ''} ${row.brief[lang]}`] : []))
    .join(' · ');
}

/** True when a key press goes to a text field (search, notes), not to the page's key table. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
}
