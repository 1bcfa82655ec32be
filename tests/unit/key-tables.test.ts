// The views' key tables (renderer/shared/keys/key-table.ts): a key press finds the row that lists it and
// no other (no row shadows another's key), help writes each key once in a few words, and the console's
// bottom line is the table's short words.
import { describe, expect, it } from 'vitest';
import { DECK_KEYS } from '../../renderer/audience/deck-keys';
import { CONSOLE_KEYS } from '../../renderer/presenter/console-keys';
import { briefLine, findKeyRow, keyName, rowKeyNames } from '../../renderer/shared/keys/key-table';
import type { KeySpec, KeyTable } from '../../renderer/shared/keys/key-table';

/** The keydown a spec stands for (Shift only when the spec asks for it). */
function pressOf(spec: KeySpec, shift = spec.shift === true): KeyboardEvent {
  const ctrl = spec.ctrl === true;
  return { key: spec.key, shiftKey: shift, ctrlKey: ctrl, metaKey: false, altKey: false } as KeyboardEvent;
}

const TABLES: [string, KeyTable<string>][] = [
  ['console', CONSOLE_KEYS],
  ['audience', DECK_KEYS],
];

describe('key tables', () => {
  for (const [view, table] of TABLES) {
    it(`finds, in the ${view} table, the row of each key and of no other`, () => {
      expect(new Set(table.map((row) => row.action)).size).toBe(table.length);
      for (const row of table) {
        for (const spec of row.keys) expect(findKeyRow(table, pressOf(spec))?.action, `${view}: ${keyName(spec, 'en')}`).toBe(row.action);
        expect(row.keys.length > 0 || row.display !== undefined, `${view}: ${row.action} says its keys`).toBe(true);
        expect(row.label.id).not.toBe(row.label.en);
      }
      // Alt is never a key of these tables; Ctrl/Cmd only where a row says so.
      const first = table[0]?.keys[0];
      if (first) {
        expect(findKeyRow(table, { ...pressOf(first), altKey: true } as KeyboardEvent)).toBeUndefined();
        expect(findKeyRow(table, { ...pressOf(first), ctrlKey: true } as KeyboardEvent)).toBeUndefined();
      }
    });
  }

  it('matches letters in either case and Shift only where a row needs it', () => {
    expect(findKeyRow(CONSOLE_KEYS, pressOf({ key: 'B' }))?.action).toBe('black');
    expect(findKeyRow(CONSOLE_KEYS, pressOf({ key: ' ' }, true))?.action).toBe('previous');
    expect(findKeyRow(CONSOLE_KEYS, pressOf({ key: ' ' }, false))?.action).toBe('next');
    expect(findKeyRow(DECK_KEYS, pressOf({ key: 'ArrowLeft' }, true))?.action).toBe('first');
    expect(findKeyRow(DECK_KEYS, pressOf({ key: 'ArrowLeft' }, false))?.action).toBe('previous');
    expect(findKeyRow(CONSOLE_KEYS, pressOf({ key: 'f', ctrl: true }))?.action).toBe('search');
    expect(findKeyRow(CONSOLE_KEYS, pressOf({ key: 'g' }))).toBeUndefined();
  });

  it('writes keys for help in the language asked, aliases left out', () => {
    expect(keyName({ key: ' ', shift: true }, 'id')).toBe('Shift+Spasi');
    expect(keyName({ key: ' ', shift: true }, 'en')).toBe('Shift+Space');
    expect(keyName({ key: 'f', ctrl: true }, 'en')).toBe('Ctrl+F');
    const larger = CONSOLE_KEYS.find((row) => row.action === 'notesLarger');
    expect(larger && rowKeyNames(larger, 'en')).toEqual(['+']);
    const jump = CONSOLE_KEYS.find((row) => row.action === 'jump');
    expect(jump && rowKeyNames(jump, 'id')).toEqual(['angka, lalu Enter']);
  });

  it('makes the console’s bottom line from the rows with a short word', () => {
    const line = briefLine(CONSOLE_KEYS, 'id');
    expect(line.startsWith('→ berikutnya · ← sebelumnya · B hitam · W putih · D catatan ke bawah · U catatan ke atas')).toBe(true);
    expect(line.endsWith('? semua tombol')).toBe(true);
    expect(briefLine(CONSOLE_KEYS, 'en')).toContain('/ search');
  });
});
