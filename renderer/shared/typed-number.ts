/**
 * "A number, then Enter": the digits typed so far (at most 6), Backspace and Escape to correct them, and
 * the number to go to on Enter. Shared by the presenter console and the audience page.
 */

/** What a key did: `number` (Enter after digits: go to that slide), `edited` (the digits changed), or nothing. */
export type TypedKey = { kind: 'jump'; number: number } | { kind: 'edited'; digits: string } | null;

/** Keeps the digits typed so far. */
export interface TypedNumber {
  press(key: string): TypedKey;
  /** Forgets the digits typed so far (another key acted); true when there were some. */
  clear(): boolean;
}

export function createTypedNumber(): TypedNumber {
  let digits = '';
  const edit = (value: string): TypedKey => {
    digits = value;
    return { kind: 'edited', digits };
  };
  return {
    press(key) {
      if (/^[0-9]$/.test(key)) return edit(`${digits}${key}`.slice(-6));
      if (digits === '') return null;
      if (key === 'Enter') {
        const number = Number(digits);
        digits = '';
        return { kind: 'jump', number };
      }
      if (key === 'Backspace') return edit(digits.slice(0, -1));
      if (key === 'Escape') return edit('');
      return null;
    },
    clear() {
      const had = digits !== '';
      digits = '';
      return had;
    },
  };
}
