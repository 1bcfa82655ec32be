import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertWritable, readDeckFile } from './deck-file';
import { MAX_WRITE_ATTEMPTS, writeMerged } from './write-merged';
import { DECK, editOf, makeFolder, type TestFolder } from '../../../tests/support/notes-store-harness';

// The last step before the write is the writable check: a change made outside during it is the race to test.
vi.mock(import('./deck-file'), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, assertWritable: vi.fn(original.assertWritable) };
});

let folder: TestFolder;
afterEach(() => {
  vi.mocked(assertWritable).mockReset();
  folder.cleanup();
});

describe('writeMerged', () => {
  it('reads and merges again when the file changes between the merge and the write', async () => {
    folder = makeFolder();
    const known = await readDeckFile(folder.deck);
    vi.mocked(assertWritable).mockImplementationOnce(async () => appendFileSync(folder.deck, '\nAdded outside.\n'));
    const outcome = await writeMerged(folder.deck, known, [editOf('alpha', 'new alpha.', 'alpha notes.')]);
    expect(outcome).toMatchObject({ kind: 'written', merged: { applied: ['alpha'], conflicts: [] } });
    expect(readFileSync(folder.deck, 'utf8')).toBe(`${DECK.replace('Note: alpha notes.', 'Note: new alpha.')}\nAdded outside.\n`);
    expect(assertWritable).toHaveBeenCalledTimes(2);
  });

  it('gives up with one sentence, writing nothing, when the file keeps changing', async () => {
    folder = makeFolder();
    const known = await readDeckFile(folder.deck);
    vi.mocked(assertWritable).mockImplementation(async () => appendFileSync(folder.deck, 'x'));
    const outcome = await writeMerged(folder.deck, known, [editOf('alpha', 'new alpha.', 'alpha notes.')]);
    expect(outcome).toEqual({ kind: 'failed', message: 'deck.md kept changing while Mimbar saved it; your notes are kept and will be saved again.' });
    expect(readFileSync(folder.deck, 'utf8')).toBe(`${DECK}${'x'.repeat(MAX_WRITE_ATTEMPTS)}`);
  });
});
