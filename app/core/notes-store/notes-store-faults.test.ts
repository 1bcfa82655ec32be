import fs, { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesEdit, NotesStatus } from '../../contract/notes';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { journalPath } from './journal';
import { DECK, editOf, journalFiles, makeFolder, openTestStore, readOnlyJournal, runChild, type TestFolder } from '../../../tests/support/notes-store-harness';

let folder: TestFolder;
afterEach(() => {
  vi.restoreAllMocks();
  folder.cleanup();
});

const KEPT = '; your notes are kept — use Save notes as… to keep them in another file.';
const EDIT = editOf('alpha', 'new alpha.', 'alpha notes.');
const journal = (): unknown => readOnlyJournal(folder);
const journaled = (): object => ({ version: 2, deckPath: folder.deck, edits: [EDIT] });

/**
 * Opens the store, makes `edit` and saves, as a user file permissions apply to. Root ignores them, so
 * as root (CI) this runs in a child process as nobody (65534); if that cannot start, the test fails.
 */
async function saveAsUnprivilegedUser(edit: NotesEdit): Promise<NotesStatus> {
  if (process.getuid?.() === 0) {
    const run = runChild({ path: folder.deck, journalDir: folder.journalDir, edit, killOnRename: false }, 65534);
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as NotesStatus;
  }
  const { store } = await openTestStore(folder);
  store.edit(edit);
  return store.saveNow();
}

describe('a save that cannot write keeps the file intact and the edits pending and journaled', () => {
  it('read-only file', async () => {
    folder = makeFolder();
    chmodSync(folder.deck, 0o444);
    const status = await saveAsUnprivilegedUser(EDIT);
    expect(status).toMatchObject({ state: 'error', unsaved: ['alpha'], message: `deck.md cannot be written because it is read-only${KEPT}` });
    expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
    expect(journal()).toMatchObject(journaled());
  });

  it('read-only folder', async () => {
    folder = makeFolder();
    chmodSync(folder.deckDir, 0o555);
    const status = await saveAsUnprivilegedUser(EDIT);
    expect(status).toMatchObject({ state: 'error', unsaved: ['alpha'], message: `deck.md cannot be written because its folder is read-only${KEPT}` });
    expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
    expect(readdirSync(folder.deckDir)).toEqual(['deck.md']);
    expect(journal()).toMatchObject(journaled());
  });

  it('disk nearly full: the kernel writes only part of the new deck; the deck stays whole, the edit journaled, and a later save writes it', async () => {
    // A deck larger than the child's file size limit (ulimit -f 8: 4,096 bytes): the kernel's write of the
    // temp file stops short at 4,096 bytes without an error, as on a disk with 4 KB free.
    const big = `${DECK}\n${'Paragraf panjang untuk mengisi berkas. '.repeat(400)}\n`;
    folder = makeFolder(big);
    const run = runChild({ path: folder.deck, journalDir: folder.journalDir, edit: EDIT, killOnRename: false }, undefined, 8);
    expect(run.status, run.stderr).toBe(0);
    const status = JSON.parse(run.stdout) as NotesStatus;
    // The write after the short one fails with EFBIG here; on a full disk it is ENOSPC (npm run test:faults, a real tmpfs).
    expect(status).toMatchObject({ state: 'error', unsaved: ['alpha'], message: `deck.md cannot be written because it would pass the largest file size allowed here${KEPT}` });
    expect(readFileSync(folder.deck, 'utf8')).toBe(big);
    expect(readdirSync(folder.deckDir)).toEqual(['deck.md']);
    expect(journal()).toMatchObject(journaled());
    const { store } = await openTestStore(folder);
    expect(store.status().recovered?.edits).toEqual([{ slideId: 'alpha', title: 'Alpha', text: 'new alpha.' }]);
    expect(await store.recover(true)).toMatchObject({ state: 'saved', message: null, unsaved: [] });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('new alpha.');
    expect(readFileSync(folder.deck, 'utf8')).toBe(big.replace('Note: alpha notes.', 'Note: new alpha.'));
  });

  it('file deleted, then folder deleted: "moved or deleted"; the file back in place saves', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    store.edit(EDIT);
    rmSync(folder.deck);
    expect(await store.saveNow()).toMatchObject({ state: 'error', pending: { alpha: 'new alpha.' }, message: `deck.md was moved or deleted${KEPT}` });
    rmSync(folder.deckDir, { recursive: true });
    store.edit(editOf('beta', 'new beta.', 'beta notes.'));
    expect(await store.saveNow()).toMatchObject({ state: 'error', unsaved: ['alpha', 'beta'], message: `deck.md was moved or deleted${KEPT}` });
    expect(journal()).toMatchObject({ edits: [EDIT, editOf('beta', 'new beta.', 'beta notes.')] });
    mkdirSync(folder.deckDir);
    writeFileSync(folder.deck, DECK);
    expect(await store.close()).toMatchObject({ state: 'saved', message: null, unsaved: [] });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('beta')).toBe('new beta.');
  });
});

describe('the journal after a crash', () => {
  it('a process killed between write and rename leaves the file intact and the edit recoverable', async () => {
    folder = makeFolder();
    const run = runChild({ path: folder.deck, journalDir: folder.journalDir, edit: EDIT, killOnRename: true });
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(readFileSync(folder.deck)).toEqual(Buffer.from(DECK));
    expect(journal()).toMatchObject(journaled());
    // The complete temporary file and the lock of the killed save are still there...
    const left = readdirSync(folder.deckDir);
    expect(left).toHaveLength(3);
    expect(left).toEqual(expect.arrayContaining(['.deck.md.mimbar-lock', expect.stringMatching(/^\.deck\.md\.[0-9a-f]{12}\.tmp$/), 'deck.md']));
    const { store } = await openTestStore(folder);
    // ...until the deck is opened again: the dead holder's lock is taken over and the leftover removed.
    expect(readdirSync(folder.deckDir)).toEqual(['deck.md']);
    expect(store.status().recovered).toEqual({ savedAt: expect.any(Number), edits: [{ slideId: 'alpha', title: 'Alpha', text: 'new alpha.' }] });
    expect(await store.recover(true)).toMatchObject({ state: 'saved', recovered: null, unsaved: [] });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('new alpha.');
    expect(() => journal()).toThrow(/ENOENT/);
  });

  it('recover(false) discards the journal; edits the file already holds are not offered', async () => {
    folder = makeFolder();
    fs.writeFileSync(journalPath(folder.journalDir, folder.deck), JSON.stringify({ version: 1, deckPath: folder.deck, savedAt: 5, edits: [EDIT] }));
    const { store } = await openTestStore(folder);
    expect(store.status().recovered?.edits).toHaveLength(1);
    // Until answered, recovered edits stay journaled beside new ones: the old journal, and this store's own.
    store.edit(editOf('beta', 'new beta.', 'beta notes.'));
    await store.saveNow();
    const own = journalFiles(folder).filter((file) => file !== journalPath(folder.journalDir, folder.deck));
    expect(own.map((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown)).toMatchObject([{ version: 2, edits: [EDIT] }]);
    expect(await store.recover(false)).toMatchObject({ state: 'saved', recovered: null });
    expect(() => journal()).toThrow(/ENOENT/);
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('alpha notes.');
    fs.writeFileSync(journalPath(folder.journalDir, folder.deck), JSON.stringify({ version: 1, deckPath: folder.deck, savedAt: 5, edits: [editOf('alpha', 'alpha notes.')] }));
    expect((await openTestStore(folder)).store.status().recovered).toBeNull();
  });

  it('ignores a malformed journal or one that fails the schema, with a warning, and leaves it in place', async () => {
    folder = makeFolder();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const text of ['{"version":1,', JSON.stringify({ version: 2, deckPath: folder.deck, savedAt: 1, edits: [EDIT] })]) {
      fs.writeFileSync(journalPath(folder.journalDir, folder.deck), text);
      const { store } = await openTestStore(folder);
      expect(store.status().recovered).toBeNull();
      expect(readFileSync(journalPath(folder.journalDir, folder.deck), 'utf8')).toBe(text);
    }
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
