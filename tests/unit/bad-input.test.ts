// Bad input files (encoding, format, filesystem), each through the real CLI entry (`mimbar build <file>
// --json`) and through `openLiveDeck` (what Electron and the browser host open): what the user sees
// (exit code, the one line on stderr, slides, the notice) and that the file is never written.
// docs/reliability.md §5 A1–A4, A6, E1, E2, E4, E5. Size and complexity: bad-input-size.test.ts.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckJson } from '../../app/cli/deck-json';
import { invalidTextNotice } from '../../app/core/files/read-source';
import { HANG_GUARD_MS, describeBadInputs, fingerprint, openLive, runBuildJson, runChildAs, type BadInput } from '../support/bad-input';

const titles = (deck: DeckJson): string[] => deck.slides.map((slide) => slide.title);
const NOT_TEXT = 'deck.md is not a text file (it contains binary data).';

const utf16 = (encoding: 'utf16le' | 'utf16be'): BadInput => ({
  name: `UTF-16 ${encoding.slice(-2).toUpperCase()} with a BOM`,
  make: (at) => {
    const le = Buffer.from('\uFEFF# Judul\n\n## Bagian Ä 👋\n\nIsi.\n', 'utf16le');
    return at.file(encoding, encoding === 'utf16le' ? le : le.swap16());
  },
  expected: () => ({
    cli: (deck) => {
      expect(titles(deck)).toEqual(['Judul', 'Bagian Ä 👋']);
      expect(deck.warnings).toEqual([]);
    },
    live: (live) => {
      expect(live.deck().slides.map((slide) => slide.title)).toEqual(['Judul', 'Bagian Ä 👋']);
      expect(live.notice()).toBeNull();
      // Write-back keeps UTF-16 and the BOM, so notes stay editable.
      expect(live.notes()).not.toBeNull();
    },
  }),
});

describeBadInputs([
  {
    name: 'an empty file',
    make: (at) => at.file('empty', ''),
    expected: () => ({
      cli: (deck) => expect(deck).toMatchObject({ slides: [], warnings: [] }),
      live: (live) => {
        expect(live.deck()).toMatchObject({ slides: [], warnings: [], meta: { title: 'deck.md' } });
        expect(live.notice()).toBeNull();
        expect(live.notes()).not.toBeNull();
      },
    }),
  },
  {
    name: 'whitespace only',
    make: (at) => at.file('blank', ' \n\t\n   \n\n'),
    expected: () => ({
      cli: (deck) => expect(deck).toMatchObject({ slides: [], warnings: [] }),
      live: (live) => expect(live.deck().slides).toEqual([]),
    }),
  },
  {
    name: 'only --- separators',
    make: (at) => at.file('separators', '\n\n---\n---\n'),
    expected: () => ({
      cli: (deck) => expect(deck).toMatchObject({ slides: [], warnings: [] }),
      live: (live) => expect(live.deck().slides).toEqual([]),
    }),
  },
  {
    name: 'a PNG renamed .md',
    make: (at) => at.file('png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
    expected: () => ({ code: 'not-text', message: NOT_TEXT }),
  },
  {
    name: 'a ZIP renamed .md',
    make: (at) => at.file('zip', Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'), Buffer.alloc(64, 'x')])),
    expected: () => ({ code: 'not-text', message: NOT_TEXT }),
  },
  {
    name: 'invalid UTF-8 (Latin-1)',
    make: (at) => at.file('latin1', Buffer.from('# Caf\xe9\n\n## Men\xfa\n\nTexte.\n', 'latin1')),
    expected: () => ({
      cli: (deck) => {
        expect(titles(deck)).toEqual(['Caf\uFFFD', 'Men\uFFFD']);
        expect(deck.warnings).toEqual([{ slide: null, line: null, message: invalidTextNotice('deck.md') }]);
      },
      live: (live) => {
        expect(live.deck().slides.map((slide) => slide.title)).toEqual(['Caf\uFFFD', 'Men\uFFFD']);
        expect(live.notice()).toBe(invalidTextNotice('deck.md'));
        expect(live.notice()).toMatch(/^deck\.md is not valid UTF-8 text: .*Mimbar will not write into the file/);
        expect(live.deck().warnings[0]?.message).toBe(invalidTextNotice('deck.md'));
        expect(live.notes()).toBeNull();
        expect(live.notesStatus()).toMatchObject({ state: 'read-only', message: invalidTextNotice('deck.md') });
      },
    }),
  },
  utf16('utf16le'),
  utf16('utf16be'),
  {
    name: 'a symlink to /dev/zero',
    make: async (at) => {
      const path = await at.place('zero');
      await symlink('/dev/zero', path);
      return path;
    },
    expected: (path) => ({ code: 'not-regular', message: `${path} is not a regular file.` }),
  },
  {
    name: 'a FIFO',
    make: async (at) => {
      const path = await at.place('fifo');
      execFileSync('mkfifo', [path]);
      return path;
    },
    expected: (path) => ({ code: 'not-regular', message: `${path} is not a regular file.` }),
  },
  {
    name: 'a folder',
    make: async (at) => {
      const path = await at.place('folder');
      await mkdir(path);
      return path;
    },
    expected: (path) => ({ code: 'is-directory', message: `${path} is a folder, not a Markdown file.` }),
  },
  {
    name: 'a missing path',
    make: async (at) => join(at.dir, 'no-such-folder', 'deck.md'),
    expected: (path) => ({ code: 'not-found', message: `${path} does not exist.` }),
  },
]);

describe('a file without read permission', () => {
  // Root reads files whatever their mode: as root, the CLI and openLiveDeck run in a child process as
  // nobody (65534). If that child cannot start, the test fails; it is never skipped.
  const NOBODY = 65534;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mimbar-bad-input-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused with "cannot be read (permission denied)" by the CLI and openLiveDeck, and left untouched', async () => {
    const journalDir = join(dir, 'journal');
    const path = join(dir, 'deck.md');
    const readable = join(dir, 'readable.md');
    await mkdir(journalDir);
    await writeFile(path, '# Secret\n');
    await writeFile(readable, '# Fine\n');
    await chmod(path, 0o000);
    await chmod(readable, 0o644);
    // The folders are open to the child, so only the file's own mode can refuse it.
    for (const folder of [dir, journalDir]) await chmod(folder, 0o777);
    const before = await fingerprint(path);
    const message = `${path} cannot be read (permission denied).`;

    if (process.getuid?.() === 0) {
      // The control: the same child reads a readable file next to it.
      const control = runChildAs(NOBODY, { path: readable, journalDir });
      expect(control.uid).toBe(NOBODY);
      expect(control.build.code, control.build.err).toBe(0);
      expect(control.live).toBeNull();

      const report = runChildAs(NOBODY, { path, journalDir });
      expect(report.build).toEqual({ code: 1, out: '', err: `mimbar: ${message}\n` });
      expect(report.live).toEqual({ name: 'DeckInputError', code: 'unreadable', message });
    } else {
      const run = await runBuildJson(path);
      expect({ code: run.code, out: run.out, err: run.err }).toEqual({ code: 1, out: '', err: `mimbar: ${message}\n` });
      await expect(openLive(path, journalDir)).rejects.toMatchObject({ name: 'DeckInputError', code: 'unreadable', message });
    }
    expect(await fingerprint(path)).toBe(before);
  }, HANG_GUARD_MS);
});
