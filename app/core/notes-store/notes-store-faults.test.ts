import fs, { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesEdit, NotesStatus } from '../../contract/notes';
import { readNotes } from '../notes-patch/apply-notes-patch';
import { journalPath } from './journal';
import { DECK, editOf, makeFolder, openTestStore, runChild, type TestFolder } from './test-support';

let folder: TestFolder;
afterEach(() => {
  vi.restoreAllMocks();
  folder.cleanup();
});

const KEPT = '; your notes are kept — use Save notes as… to keep them in another file.';
const EDIT = editOf('alpha', 'new alpha.', 'alpha notes.');
const journal = (): unknown => JSON.parse(readFileSync(journalPath(folder.journalDir, folder.deck), 'utf8'));
const journaled = (): object => ({ version: 1, deckPath: folder.deck, edits: [EDIT] });

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

/** Makes the next write into a temp file of the deck fail with ENOSPC, as on a full disk (write-file-atomic uses the CommonJS fs). */
function failDeckWritesWithDiskFull(): void {
  const temps = new Set<number>();
  const { open, write } = fs;
  type Callback = (error: NodeJS.ErrnoException | null, fd?: number) => void;
  vi.spyOn(fs, 'open').mockImplementation(((path: fs.PathLike, flags: fs.OpenMode, mode: fs.Mode, callback: Callback) => {
    open(path, flags, mode, (error, fd) => {
      if (!error && String(path).startsWith(`${folder.deck}.`)) temps.add(fd);
      callback(error, fd);
    });
  }) as unknown as typeof fs.open);
  vi.spyOn(fs, 'write').mockImplementation(((fd: number, ...rest: unknown[]) => {
    const callback = rest.at(-1) as Callback;
    if (temps.has(fd)) callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
    else (write as (...args: unknown[]) => void)(fd, ...rest);
  }) as unknown as typeof fs.write);
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

  it('disk full: the journal is written first, the temp file is removed, and a later save clears the error', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    store.edit(EDIT);
    failDeckWritesWithDiskFull();
    const status = await store.saveNow();
    expect(status).toMatchObject({ state: 'error', unsaved: ['alpha'], message: `deck.md cannot be written because the disk is full${KEPT}` });
    expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
    expect(readdirSync(folder.deckDir)).toEqual(['deck.md']);
    expect(journal()).toMatchObject(journaled());
    vi.restoreAllMocks();
    expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null, unsaved: [] });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('new alpha.');
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
    const { store } = await openTestStore(folder);
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
    // Until answered, recovered edits stay in the journal beside new ones.
    store.edit(editOf('beta', 'new beta.', 'beta notes.'));
    await store.saveNow();
    expect(journal()).toMatchObject({ edits: [EDIT] });
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
