import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteJournal, journalPath, readJournal, writeJournal } from './journal';
import { editOf } from './test-support';

const dir = mkdtempSync(join(tmpdir(), 'mimbar-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('journal', () => {
  it('names one file per deck by a hash of its absolute path', () => {
    const journalDir = join(dir, 'journals');
    expect(journalPath(journalDir, relative(process.cwd(), '/decks/a.md'))).toBe(journalPath(journalDir, '/decks/a.md'));
    expect(journalPath(journalDir, '/decks/a.md')).not.toBe(journalPath(journalDir, '/decks/b.md'));
    expect(journalPath(journalDir, '/decks/a.md')).toMatch(/^.*\/journals\/[0-9a-f]{32}\.json$/);
  });

  it('writes (creating its folder, readable only by the user), reads back and deletes a journal', async () => {
    const journalDir = join(dir, 'new', 'journals');
    const edits = [editOf('alpha', 'A', 'a'), editOf('beta', 'B')];
    await writeJournal(journalDir, 'deck.md', edits, 42);
    const path = journalPath(journalDir, 'deck.md');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1, deckPath: resolve('deck.md'), savedAt: 42, edits });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readJournal(journalDir, 'deck.md')).toEqual({ version: 1, deckPath: resolve('deck.md'), savedAt: 42, edits });
    await deleteJournal(journalDir, 'deck.md');
    expect(await readJournal(journalDir, 'deck.md')).toBeNull();
    await deleteJournal(journalDir, 'deck.md');
  });
});
