import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { DECK, editOf, makeFolder, openTestStore, readOnlyJournal, type TestFolder } from '../../../tests/support/notes-store-harness';

let folder: TestFolder;
afterEach(() => folder.cleanup());

/** Replaces the deck on disk as another editor would; `keepTimes` puts the old mtime back. */
function editOutside(change: (text: string) => string, keepTimes = false): string {
  const before = statSync(folder.deck);
  const text = change(readFileSync(folder.deck, 'utf8'));
  writeFileSync(folder.deck, text);
  if (keepTimes) utimesSync(folder.deck, before.atime, before.mtime);
  return text;
}

const journal = (): unknown => readOnlyJournal(folder);

describe('a file changed outside Mimbar between load and save', () => {
  it('re-applies the edit and keeps their change, even when they kept the size and the mtime', async () => {
    folder = makeFolder();
    const { store, sources } = await openTestStore(folder);
    store.edit(editOf('alpha', 'new alpha.', 'alpha notes.'));
    const theirs = editOutside((text) => text.replace('Beta body.', 'Beta bodY.'), true);
    expect(theirs.length).toBe(DECK.length);
    expect(await store.saveNow()).toMatchObject({ state: 'saved', conflicts: [], message: null });
    const expected = theirs.replace('Note: alpha notes.', 'Note: new alpha.');
    expect(readFileSync(folder.deck, 'utf8')).toBe(expected);
    expect(sources.at(-1)?.text).toBe(expected);
  });

  it('reports a slide removed outside as a conflict with theirs null, and keeps the edit pending and journaled', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    store.edit(editOf('gamma', 'gamma notes', ''));
    const theirs = editOutside((text) => text.slice(0, text.indexOf('\n---\n\n## Gamma')) + '\n');
    const status = await store.saveNow();
    expect(status).toMatchObject({ state: 'unsaved', unsaved: ['gamma'], conflicts: [{ slideId: 'gamma', title: 'Gamma', mine: 'gamma notes', theirs: null }] });
    expect(status.message).toBe('deck.md was changed outside Mimbar and no longer has the slide "Gamma"; your notes for it are kept until you choose what to do.');
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs);
    expect(store.source().text).toBe(theirs);
    expect(journal()).toMatchObject({ version: 2, deckPath: folder.deck, edits: [{ slideId: 'gamma', text: 'gamma notes', base: '' }] });
    expect(store.sourceWithEdits()).toBe(theirs);
  });

  it('reports notes changed on both sides as a conflict; "mine" writes the edit', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    store.edit(editOf('alpha', 'mine.', 'alpha notes.'));
    const theirs = editOutside((text) => text.replace('Note: alpha notes.', 'Note: theirs.'));
    const status = await store.saveNow();
    expect(status.conflicts).toEqual([{ slideId: 'alpha', title: 'Alpha', mine: 'mine.', theirs: 'theirs.' }]);
    expect(status.message).toContain('the notes of "Alpha" changed there too');
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs);
    // A later save does not write over their text while the conflict is open.
    expect(await store.saveNow()).toMatchObject({ conflicts: [{ slideId: 'alpha' }] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs);
    expect(await store.resolve('alpha', 'mine')).toMatchObject({ state: 'saved', conflicts: [], pending: {}, message: null });
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs.replace('Note: theirs.', 'Note: mine.'));
  });

  it('"theirs" drops the edit, leaves the file as they wrote it and deletes the journal', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    store.edit(editOf('alpha', 'mine.', 'alpha notes.'));
    const theirs = editOutside((text) => text.replace('Note: alpha notes.', 'Note: theirs.'));
    await store.saveNow();
    expect(await store.resolve('alpha', 'theirs')).toMatchObject({ state: 'saved', conflicts: [], pending: {}, unsaved: [] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs);
    expect(() => journal()).toThrow(/ENOENT/);
  });
});

describe('fileChanged', () => {
  it('ignores its own write, adopts a change when nothing is pending, and merges when edits are pending', async () => {
    folder = makeFolder();
    const { store, sources } = await openTestStore(folder);
    store.edit(editOf('alpha', 'new alpha.', 'alpha notes.'));
    await store.saveNow();
    await store.fileChanged();
    expect(sources).toHaveLength(1);

    const theirs = editOutside((text) => text.replace('Gamma body.', 'Gamma body, longer.'));
    await store.fileChanged();
    expect(sources.at(-1)?.text).toBe(theirs);
    expect(store.source().text).toBe(theirs);

    store.edit(editOf('beta', 'new beta.', 'beta notes.'));
    const again = editOutside((text) => text.replace('# Deck', '# Deck, renamed'));
    await store.fileChanged();
    expect(readFileSync(folder.deck, 'utf8')).toBe(again.replace('notes: beta notes.', 'notes: new beta.'));
    expect(store.status()).toMatchObject({ state: 'saved', pending: {} });
  });
});

describe('edits that cannot be stored, sourceWithEdits and saveAs', () => {
  it('keeps an edit the patch refuses pending with its message while the other edits save', async () => {
    folder = makeFolder('---\ntitle: From front matter\n---\n\n## First\n\nText.\n');
    const { store } = await openTestStore(folder);
    const [titleId] = readNotes(store.source().text).keys();
    store.edit(editOf(titleId as string, 'title notes', ''));
    store.edit(editOf('first', 'first notes', ''));
    const status = await store.saveNow();
    expect(status).toMatchObject({ state: 'error', unsaved: [titleId], pending: { [titleId as string]: 'title notes' } });
    expect(status.message).toMatch(/cannot be stored in the file/);
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('first')).toBe('first notes');
    expect(journal()).toMatchObject({ edits: [{ slideId: titleId, text: 'title notes' }] });
  });

  it('writes the deck with every pending edit to another file, encoded like the original, and keeps editing the original', async () => {
    folder = makeFolder(`\uFEFF${DECK}`);
    const { store } = await openTestStore(folder);
    store.edit(editOf('alpha', 'new alpha.', 'alpha notes.'));
    // An id the file never had is no edit at all (a renderer bug or an attack): nothing is kept.
    expect((await store.edit(editOf('no-such-slide', 'lost?', ''))).unsaved).toEqual(['alpha']);
    const expected = DECK.replace('Note: alpha notes.', 'Note: new alpha.');
    expect(store.sourceWithEdits()).toBe(expected);
    const copy = join(folder.root, 'copy.md');
    await store.saveAs(copy);
    expect(readFileSync(copy)).toEqual(Buffer.from(`\uFEFF${expected}`));
    expect(store.status().unsaved).toEqual(['alpha']);
    expect(readFileSync(folder.deck, 'utf8')).toBe(`\uFEFF${DECK}`);
    const status = await store.saveNow();
    expect(readFileSync(folder.deck, 'utf8')).toBe(`\uFEFF${expected}`);
    expect(status).toMatchObject({ state: 'saved', unsaved: [] });
    await expect(store.saveAs(join(folder.root, 'missing', 'copy.md'))).rejects.toThrow('copy.md cannot be written because its folder does not exist.');
  });
});
