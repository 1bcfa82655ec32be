// What the notes store promises whatever happens to the file: never written through a link, never
// holding a character that would make it unreadable, line endings and mode bits respected, a journal
// that is never behind and whose failure the presenter sees, and no false conflict after a restore.
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDeck } from '../deck/build-deck';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { DECK, editOf, makeFolder, openTestStore, readOnlyJournal, type TestFolder } from '../../../tests/support/notes-store-harness';

let folder: TestFolder;
afterEach(() => {
  vi.restoreAllMocks();
  folder.cleanup();
});

const EDIT = editOf('alpha', 'new alpha.', 'alpha notes.');
const KEPT = '; your notes are kept — use Save notes as… to keep them in another file.';
const notesIn = (path: string): Map<string, string> => readNotes(readFileSync(path, 'utf8'));

describe('never through a link', () => {
  it('a deck replaced by a link to another file after opening: nothing written there, the edit kept and journaled, one sentence', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    const elsewhere = join(folder.root, 'elsewhere.md');
    writeFileSync(elsewhere, DECK);
    const passwd = join(folder.root, 'passwd');
    writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\n');
    for (const target of [elsewhere, passwd]) {
      // The way a swap is done: a link made beside the deck, renamed over it.
      symlinkSync(target, `${folder.deck}.link`);
      renameSync(`${folder.deck}.link`, folder.deck);
      const status = await store.saveNow();
      expect(status).toMatchObject({ state: 'error', unsaved: ['alpha'] });
      expect(status.message).toBe(`deck.md was replaced by a link to another file, and Mimbar never writes through a link (open the deck again to edit the file it points to)${KEPT}`);
      expect(readFileSync(elsewhere, 'utf8')).toBe(DECK);
      expect(readFileSync(passwd, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n');
      expect(lstatSync(folder.deck).isSymbolicLink()).toBe(true);
      expect(readOnlyJournal(folder)).toMatchObject({ edits: [EDIT] });
    }
    // Put back as a file, the deck saves again.
    rmSync(folder.deck);
    writeFileSync(folder.deck, DECK);
    expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
    expect(notesIn(folder.deck).get('alpha')).toBe('new alpha.');
  });

  it('another file renamed over the deck (a new identity, other slides): nothing is written, the edit is kept, the choice is the presenter\'s', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    const passwd = 'root:x:0:0:root:/root:/bin/bash\n';
    writeFileSync(`${folder.deck}.other`, passwd);
    renameSync(`${folder.deck}.other`, folder.deck);
    const status = await store.saveNow();
    expect(status).toMatchObject({ state: 'unsaved', unsaved: ['alpha'], conflicts: [{ slideId: 'alpha', theirs: null }] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(passwd);
    expect(readOnlyJournal(folder)).toMatchObject({ edits: [EDIT] });
    // The deck back (an editor's save, renamed over it): the clash now shows both texts; "mine" writes the edit into it.
    const edited = DECK.replace('Beta body.', 'Beta body, edited.');
    writeFileSync(`${folder.deck}.other`, edited);
    renameSync(`${folder.deck}.other`, folder.deck);
    await store.fileChanged();
    expect(store.status().conflicts).toEqual([{ slideId: 'alpha', title: 'Alpha', mine: 'new alpha.', theirs: 'alpha notes.' }]);
    expect(readFileSync(folder.deck, 'utf8')).toBe(edited);
    expect(await store.resolve('alpha', 'mine')).toMatchObject({ state: 'saved', conflicts: [] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(edited.replace('Note: alpha notes.', 'Note: new alpha.'));
  });

  it('an editor\'s save renamed over the deck (this deck, edited): the pending notes are merged into it', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    const edited = DECK.replace('Beta body.', 'Beta body, edited.');
    writeFileSync(`${folder.deck}.other`, edited);
    renameSync(`${folder.deck}.other`, folder.deck);
    expect(await store.saveNow()).toMatchObject({ state: 'saved', conflicts: [] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(edited.replace('Note: alpha notes.', 'Note: new alpha.'));
  });

  it('a deck opened through a link is resolved once: the real file is read and written, the link stays a link', async () => {
    folder = makeFolder();
    const link = join(folder.root, 'link.md');
    symlinkSync(folder.deck, link);
    const { store } = await openTestStore(folder, { path: link });
    expect(store.path()).toBe(realpathSync(folder.deck));
    await store.edit(EDIT);
    expect(await store.saveNow()).toMatchObject({ state: 'saved' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(notesIn(folder.deck).get('alpha')).toBe('new alpha.');
  });

  it('a deck folder replaced by a link since opening: nothing is written into the folder it points to', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    const other = join(folder.root, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'deck.md'), DECK);
    renameSync(folder.deckDir, join(folder.root, 'moved'));
    symlinkSync(other, folder.deckDir);
    expect(await store.saveNow()).toMatchObject({ state: 'error', message: `deck.md was moved or deleted${KEPT}` });
    expect(readFileSync(join(other, 'deck.md'), 'utf8')).toBe(DECK);
    expect(readdirSync(other)).toEqual(['deck.md']);
  });
});

describe('text that always round-trips', () => {
  for (const [name, text, code] of [
    ['a NUL', 'before\u0000after', 'U+0000'],
    ['another control character', 'bell\u0007', 'U+0007'],
    ['a lone surrogate', 'broken \uD83D emoji', 'U+D83D'],
  ] as const) {
    it(`refuses ${name} at edit time, in words; the file stays readable; nothing is lost`, async () => {
      folder = makeFolder();
      const { store } = await openTestStore(folder);
      const refused = await store.edit(editOf('alpha', text, 'alpha notes.'));
      expect(refused).toMatchObject({ state: 'error', unsaved: ['alpha'], pending: { alpha: text } });
      expect(refused.message).toContain(`The notes of "Alpha" contain a character a text file cannot keep (${code}`);
      expect(await store.saveNow()).toMatchObject({ state: 'error', unsaved: ['alpha'] });
      expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
      expect(readOnlyJournal(folder)).toMatchObject({ edits: [{ slideId: 'alpha', text }] });
      // Other slides still save meanwhile.
      await store.edit(editOf('beta', 'new beta.', 'beta notes.'));
      expect(await store.saveNow()).toMatchObject({ state: 'error', unsaved: ['alpha'] });
      expect(notesIn(folder.deck).get('beta')).toBe('new beta.');
      // Typing on removes it: saved.
      expect(await store.edit(editOf('alpha', 'before after', 'alpha notes.'))).toMatchObject({ state: 'unsaved', message: null });
      expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
      expect(notesIn(folder.deck).get('alpha')).toBe('before after');
    });
  }

  it('saves notes with thousands of emphasis markers (the guard does not count inside a notes comment)', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    const stars = Array.from({ length: 1500 }, (_, i) => `*kata${i}*`).join(' ');
    await store.edit(editOf('gamma', stars));
    expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
    expect(notesIn(folder.deck).get('gamma')).toBe(stars);
  });

  it('a deck with CR-only line breaks keeps CR in the notes it gains', async () => {
    const cr = DECK.replace(/\n/g, '\r');
    folder = makeFolder(cr);
    const { store } = await openTestStore(folder);
    await store.edit(editOf('gamma', 'baris satu\nbaris dua'));
    expect(await store.saveNow()).toMatchObject({ state: 'saved' });
    const saved = readFileSync(folder.deck, 'utf8');
    expect(saved).not.toContain('\n');
    expect(saved.startsWith(cr.replace(/Gamma body\.\r$/, ''))).toBe(true);
    expect(buildDeck(saved).slides.find((slide) => slide.id === 'gamma')?.notes.markdown).toBe('baris satu\nbaris dua');
  });
});

describe('mode bits', () => {
  it('refuses a deck marked read-only (0444) for every user, root included', async () => {
    folder = makeFolder();
    chmodSync(folder.deck, 0o444);
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    expect(await store.saveNow()).toMatchObject({ state: 'error', message: `deck.md cannot be written because it is read-only${KEPT}` });
    expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
  });
});

describe('the journal', () => {
  it('holds an edit once it is acknowledged, before any save', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(editOf('alpha', 'typed', 'alpha notes.'));
    expect(readOnlyJournal(folder)).toMatchObject({ version: 2, edits: [{ slideId: 'alpha', text: 'typed', saw: 'alpha notes.' }] });
    await store.edit(editOf('alpha', 'typed more', 'alpha notes.'));
    expect(readOnlyJournal(folder)).toMatchObject({ edits: [{ slideId: 'alpha', text: 'typed more' }] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
    // How long typing waits for its acknowledgement (printed, not asserted: speed lives in benchmarks).
    const waits: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const started = performance.now();
      await store.edit(editOf('alpha', `typed ${i}`, 'alpha notes.'));
      waits.push(performance.now() - started);
      expect(readOnlyJournal(folder)).toMatchObject({ edits: [{ text: `typed ${i}` }] });
    }
    waits.sort((a, b) => a - b);
    console.log(`journal: an edit is acknowledged ${waits[25]?.toFixed(1)} ms after it arrives (median of 50; slowest ${waits[49]?.toFixed(1)} ms)`);
  });

  it('that cannot be written shows as a warning in the status, not only in the log', async () => {
    folder = makeFolder();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The journal folder is a file: nothing can be written under it.
    const { store } = await openTestStore(folder, { journalDir: join(folder.deck, 'journal') });
    const status = await store.edit(EDIT);
    expect(status.state).toBe('unsaved');
    expect(status.message).toMatch(/^Mimbar cannot keep a safety copy of your unsaved notes in .*: if Mimbar stopped now they would be lost, so save them soon\.$/);
    // A save that works makes the warning moot.
    expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
  });

  it('a restore after Mimbar\'s own save is not taken for a change made outside', async () => {
    folder = makeFolder();
    const first = await openTestStore(folder);
    await first.store.edit(editOf('alpha', 'saved once', 'alpha notes.'));
    await first.store.saveNow();
    // The window's base is still what it loaded; the process then dies with this edit journaled only.
    await first.store.edit(editOf('alpha', 'saved once, then more', 'alpha notes.'));
    const second = await openTestStore(folder);
    expect(second.store.status().recovered?.edits).toEqual([{ slideId: 'alpha', title: 'Alpha', text: 'saved once, then more' }]);
    expect(await second.store.recover(true)).toMatchObject({ state: 'saved', conflicts: [] });
    expect(notesIn(folder.deck).get('alpha')).toBe('saved once, then more');
  });
});

describe('a file still being written', () => {
  it('is merged only once it stops changing: an editor writing in chunks is never cut short', async () => {
    folder = makeFolder();
    const { store } = await openTestStore(folder);
    await store.edit(EDIT);
    const theirs = `${DECK}\n## Delta\n\n${'Isi yang ditulis sedikit demi sedikit. '.repeat(300)}\n`;
    const bytes = Buffer.from(theirs);
    const chunks = 4;
    const size = Math.ceil(bytes.length / chunks);
    // Truncate, then write a quarter every 60 ms, into the same file, like an editor saving in place.
    const handle = await open(folder.deck, 'w');
    await handle.write(bytes, 0, size, 0);
    const writing = (async () => {
      for (let i = 1; i < chunks; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        await handle.write(bytes, i * size, Math.min(size, bytes.length - i * size), i * size);
      }
      await handle.close();
    })();
    const status = await store.saveNow();
    await writing;
    expect(status).toMatchObject({ state: 'saved', conflicts: [] });
    expect(readFileSync(folder.deck, 'utf8')).toBe(theirs.replace('Note: alpha notes.', 'Note: new alpha.'));
  });
});

describe('an outside editor saving while Mimbar saves', () => {
  const ROUNDS = Number(process.env['MIMBAR_FAULT_RACES'] ?? 8);
  it(`never loses their save, and "saved" means the file holds ours too (${ROUNDS} races, 0–80 ms apart)`, { timeout: 10_000 + ROUNDS * 2_000 }, async () => {
    const broken: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      folder?.cleanup();
      folder = makeFolder();
      const { store } = await openTestStore(folder);
      await store.edit(EDIT);
      const theirs = `${DECK}\n## Delta ${round}\n\nAdded in another editor.\n`;
      const delay = Math.floor(Math.random() * 80);
      // The other editor saves the way most do: a temporary file renamed over the deck.
      let outsideAt = 0;
      const outside = new Promise<void>((resolve) =>
        setTimeout(() => {
          writeFileSync(`${folder.deck}.outside`, theirs);
          renameSync(`${folder.deck}.outside`, folder.deck);
          outsideAt = performance.now();
          resolve();
        }, delay),
      );
      await store.saveNow();
      const savedAt = performance.now();
      await outside;
      // The watcher would report their save; without one, the next save sees it.
      await store.fileChanged();
      const status = store.status();
      const text = readFileSync(folder.deck, 'utf8');
      if (!text.includes(`## Delta ${round}`)) broken.push(`round ${round} (${delay} ms): their save was overwritten`);
      // A save the other editor replaced after it had finished is theirs to answer for; one they raced is ours.
      const isRaced = outsideAt < savedAt;
      if (isRaced && status.state === 'saved' && notesIn(folder.deck).get('alpha') !== 'new alpha.') broken.push(`round ${round} (${delay} ms): "saved" without our edit`);
    }
    expect(broken).toEqual([]);
  });
});
