import { chmodSync, readFileSync, statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesStatus } from '../../contract/notes';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { DECK, editOf, journalFiles, makeFolder, openTestStore, type TestFolder } from '../../../tests/support/notes-store-harness';

let folder: TestFolder;
afterEach(() => {
  vi.useRealTimers();
  folder.cleanup();
});

/** A promise for the first status `predicate` accepts, and the hook that feeds it. */
function statusWhere(predicate: (status: NotesStatus) => boolean): { seen: Promise<NotesStatus>; onStatus: (status: NotesStatus) => void } {
  let found: (status: NotesStatus) => void = () => undefined;
  const seen = new Promise<NotesStatus>((resolve) => (found = resolve));
  return { seen, onStatus: (status) => predicate(status) && found(status) };
}

describe('openNotesStore: round trip', () => {
  it('writes only the edited notes block (UTF-8, LF), keeps the file mode, and deletes the journal after a clean save', async () => {
    folder = makeFolder();
    chmodSync(folder.deck, 0o640);
    const { store, sources } = await openTestStore(folder);
    expect(store.source()).toEqual({ text: DECK, hasBom: false, encoding: 'utf-8', hasInvalidBytes: false });
    store.edit(editOf('alpha', 'new alpha.', 'alpha notes.'));
    const status = await store.saveNow();
    const expected = DECK.replace('Note: alpha notes.', 'Note: new alpha.');
    expect(readFileSync(folder.deck)).toEqual(Buffer.from(expected));
    expect(statSync(folder.deck).mode & 0o777).toBe(0o640);
    expect(status).toMatchObject({ state: 'saved', unsaved: [], pending: {}, message: null });
    expect(status.savedAt).toEqual(expect.any(Number));
    expect(sources).toEqual([{ text: expected, hasBom: false, encoding: 'utf-8', hasInvalidBytes: false }]);
    expect(store.source().text).toBe(expected);
    expect(journalFiles(folder)).toEqual([]);
  });

  it('keeps a UTF-8 byte order mark and CRLF line breaks', async () => {
    const crlf = DECK.replace(/\n/g, '\r\n');
    folder = makeFolder(`\uFEFF${crlf}`);
    const { store } = await openTestStore(folder);
    store.edit(editOf('beta', 'new beta.', 'beta notes.'));
    await store.saveNow();
    const bytes = readFileSync(folder.deck);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes).toEqual(Buffer.from(`\uFEFF${crlf.replace('<!-- notes: beta notes. -->', '<!-- notes: new beta. -->')}`));
  });

  it('re-encodes UTF-16 LE and BE with their byte order marks', async () => {
    const utf16 = (text: string, be: boolean): Buffer => {
      const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
      return be ? bytes.swap16() : bytes;
    };
    for (const be of [false, true]) {
      folder = makeFolder(utf16(DECK, be));
      const { store } = await openTestStore(folder);
      expect(store.source()).toMatchObject({ hasBom: true, encoding: be ? 'utf-16be' : 'utf-16le' });
      store.edit(editOf('gamma', 'Salam 👋', ''));
      await store.saveNow();
      expect(readFileSync(folder.deck)).toEqual(utf16(DECK.replace('Gamma body.\n', 'Gamma body.\n\n<!-- notes: Salam 👋 -->\n'), be));
      if (!be) folder.cleanup();
    }
  });
});

describe('edit', () => {
  it('records the latest text per slide as pending, bumps the revision and reports the status', async () => {
    folder = makeFolder();
    const { store, statuses } = await openTestStore(folder);
    const first = await store.edit(editOf('alpha', 'one', 'alpha notes.'));
    expect(first).toMatchObject({ state: 'unsaved', unsaved: ['alpha'], pending: { alpha: 'one' }, revision: 1 });
    const second = await store.edit(editOf('alpha', 'one two', 'alpha notes.'));
    expect(second).toMatchObject({ unsaved: ['alpha'], pending: { alpha: 'one two' }, revision: 2 });
    expect(statuses).toEqual([first, second]);
    await store.close();
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('one two');
  });

  it('ignores an edit that matches the file\'s notes when nothing is pending for that slide', async () => {
    folder = makeFolder();
    const { store, statuses } = await openTestStore(folder);
    expect(await store.edit(editOf('alpha', '  alpha notes.\r\n', 'alpha notes.'))).toMatchObject({ state: 'saved', revision: 0 });
    expect(statuses).toEqual([]);
  });

  it('saves after the quiet time, which each new edit restarts', async () => {
    folder = makeFolder();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saved = statusWhere((status) => status.state === 'saved');
    const { store, statuses } = await openTestStore(folder, { quietMs: 100, onStatus: saved.onStatus });
    store.edit(editOf('alpha', 'one', 'alpha notes.'));
    vi.advanceTimersByTime(99);
    store.edit(editOf('alpha', 'one two', 'alpha notes.'));
    vi.advanceTimersByTime(99);
    await Promise.resolve();
    expect(statuses.map((status) => status.state)).toEqual(['unsaved', 'unsaved']);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await saved.seen;
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('one two');
  });
});

describe('saves in a queue', () => {
  it('runs a save asked for during another after it: both edits reach the file, one save at a time', async () => {
    folder = makeFolder();
    const saving = statusWhere((status) => status.state === 'saving');
    const { store, statuses } = await openTestStore(folder, { onStatus: saving.onStatus });
    store.edit(editOf('alpha', 'first edit', 'alpha notes.'));
    const one = store.saveNow();
    await saving.seen;
    store.edit(editOf('gamma', 'second edit', ''));
    const two = store.saveNow();
    expect(store.saveNow()).toBe(two);
    await Promise.all([one, two]);
    const notes = readNotes(readFileSync(folder.deck, 'utf8'));
    expect([notes.get('alpha'), notes.get('beta'), notes.get('gamma')]).toEqual(['first edit', 'beta notes.', 'second edit']);
    // The second save starts only after the first one reported its end.
    expect(statuses.map((status) => status.state)).toEqual(['unsaved', 'saving', 'unsaved', 'unsaved', 'saving', 'saved']);
  });

  it('keeps an edit typed while a save runs pending, and saves it next', async () => {
    folder = makeFolder();
    const saving = statusWhere((status) => status.state === 'saving');
    const { store } = await openTestStore(folder, { onStatus: saving.onStatus });
    store.edit(editOf('alpha', 'one', 'alpha notes.'));
    const first = store.saveNow();
    await saving.seen;
    store.edit(editOf('alpha', 'one two', 'alpha notes.'));
    expect(await first).toMatchObject({ state: 'unsaved', pending: { alpha: 'one two' } });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('one');
    expect(await store.close()).toMatchObject({ state: 'saved', pending: {} });
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe('one two');
  });
});
