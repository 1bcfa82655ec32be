// README's table of the keys while presenting says what the views' key tables (the ones their key
// handlers and help overlays read) hold: every key of the audience page and of the console, in a line for
// that view, and no key that neither view has.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DECK_KEYS } from '../../renderer/audience/deck-keys';
import { CONSOLE_KEYS } from '../../renderer/presenter/console-keys';
import { keyName } from '../../renderer/shared/keys/key-table';
import type { KeyTable } from '../../renderer/shared/keys/key-table';

type Where = 'both' | 'slides' | 'console';

/** The table's lines: the keys written in backticks, and the view the line is for. */
async function readmeKeyLines(): Promise<{ keys: string[]; where: Where }[]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('Keys while presenting');
  expect(start).toBeGreaterThan(0);
  const lines = readme.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((line) => line.startsWith('|')));
  const rows = table.slice(0, table.findIndex((line) => !line.startsWith('|'))).slice(2);
  return rows.map((line) => {
    const cells = line.split(' | ');
    const where = cells.at(-1)?.replace(/\s*\|\s*$/, '') as Where;
    const keys = [...cells.slice(0, -1).join(' ').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    return { keys, where };
  });
}

const namesOf = (table: KeyTable<string>): string[] => table.flatMap((row) => row.keys.filter((spec) => spec.alias !== true).map((spec) => keyName(spec, 'en')));

describe('README key table', () => {
  it('lists every key of both views, for the right view, and none that does nothing', async () => {
    const lines = await readmeKeyLines();
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(['both', 'slides', 'console']).toContain(line.where);
    const listedFor = (view: 'slides' | 'console'): string[] => lines.filter((line) => line.where === 'both' || line.where === view).flatMap((line) => line.keys);
    for (const name of namesOf(DECK_KEYS)) expect(listedFor('slides'), name).toContain(name);
    for (const name of namesOf(CONSOLE_KEYS)) expect(listedFor('console'), name).toContain(name);
    // Enter ends a typed number in both views (the row of that names no key).
    const deck = new Set([...namesOf(DECK_KEYS), 'Enter']);
    const console = new Set([...namesOf(CONSOLE_KEYS), 'Enter']);
    for (const line of lines) {
      for (const key of line.keys) {
        const known = line.where === 'slides' ? deck.has(key) : line.where === 'console' ? console.has(key) : deck.has(key) || console.has(key);
        expect(known, `${key} (${line.where})`).toBe(true);
      }
    }
    expect(lines.some((line) => line.keys.includes('Enter') && line.where === 'both')).toBe(true);
  });
});
