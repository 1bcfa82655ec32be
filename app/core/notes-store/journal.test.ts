import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteJournalFiles, journalPath, newJournalInstance, readJournals, writeJournal } from './journal';
import { editOf } from '../../../tests/support/notes-store-harness';

const dir = mkdtempSync(join(tmpdir(), 'mimbar-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('journal', () => {
  it('names one file per deck (a hash of its absolute path) and per store', () => {
    const journalDir = join(dir, 'journals');
    const one = newJournalInstance();
    expect(journalPath(journalDir, relative(process.cwd(), '/decks/a.md'), one)).toBe(journalPath(journalDir, '/decks/a.md', one));
    expect(journalPath(journalDir, '/decks/a.md', one)).not.toBe(journalPath(journalDir, '/decks/b.md', one));
    expect(journalPath(journalDir, '/decks/a.md', one)).not.toBe(journalPath(journalDir, '/decks/a.md', newJournalInstance()));
    expect(journalPath(journalDir, '/decks/a.md', one)).toMatch(new RegExp(`^.*/journals/[0-9a-f]{32}\\.${process.pid}-[0-9a-f]{8}\\.json$`));
  });

  it('writes (creating its folder, readable only by the user), reads back and deletes a journal', async () => {
    const journalDir = join(dir, 'new', 'journals');
    const edits = [{ ...editOf('alpha', 'A', 'a'), saw: 'a' }, { ...editOf('beta', 'B'), saw: null }];
    const instance = newJournalInstance();
    await writeJournal(journalDir, 'deck.md', instance, edits, 42);
    const path = journalPath(journalDir, 'deck.md', instance);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 2, deckPath: resolve('deck.md'), savedAt: 42, pid: process.pid, edits });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readJournals(journalDir, 'deck.md')).toEqual([{ file: path, deckPath: resolve('deck.md'), savedAt: 42, edits }]);
    await deleteJournalFiles([path]);
    expect(await readJournals(journalDir, 'deck.md')).toEqual([]);
    await deleteJournalFiles([path]);
  });

  it('reads a version 1 journal, and a dead process\'s; skips the journal of another Mimbar still running', async () => {
    const journalDir = join(dir, 'several');
    mkdirSync(journalDir);
    const deck = resolve('several.md');
    const v1 = journalPath(journalDir, deck);
    writeFileSync(v1, JSON.stringify({ version: 1, deckPath: deck, savedAt: 1, edits: [editOf('alpha', 'A')] }));
    const write = (pid: number, name: string): string => {
      const file = journalPath(journalDir, deck, name);
      writeFileSync(file, JSON.stringify({ version: 2, deckPath: deck, savedAt: 2, pid, edits: [{ ...editOf('beta', 'B'), saw: null }] }));
      return file;
    };
    const dead = write(deadPid(), 'dead');
    // pid 1 (init) is always running.
    write(1, 'running');
    const found = await readJournals(journalDir, deck);
    expect(found.map((journal) => journal.file).sort()).toEqual([dead, v1].sort());
    expect(found.find((journal) => journal.file === v1)?.edits).toEqual([{ ...editOf('alpha', 'A'), saw: null }]);
  });
});
