/**
 * Support for the bad-input tests: each case is a file made in a temp folder, run through the real CLI
 * entry (`mimbar build <file> --json`) and opened with `openLiveDeck` (no watching, journals in the temp
 * folder); the file must come out unchanged. Also runs both in a child process as nobody (65534) when
 * file permissions must apply, since root ignores them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstat, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import type { DeckJson } from '../../app/cli/deck-json';
import { runCli } from '../../app/cli/run-cli';
import { openLiveDeck, type LiveDeck } from '../../app/core/live-deck/live-deck';
import { DeckInputError, type DeckInputErrorCode } from '../../app/core/files/read-source';

/** The hang guard of every case: no timing is asserted, a case that does not finish fails. */
export const HANG_GUARD_MS = 15_000;

/** What `mimbar build <path> --json` did: exit code, stdout, stderr, and stdout parsed when it exited 0. */
export interface BuildRun {
  code: number;
  out: string;
  err: string;
  json: DeckJson | null;
}

/** Runs the real CLI entry, `runCli(['build', path, '--json'])`, capturing its output. */
export async function runBuildJson(path: string): Promise<BuildRun> {
  let out = '';
  let err = '';
  const code = await runCli(['build', path, '--json'], { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err, json: code === 0 ? (JSON.parse(out) as DeckJson) : null };
}

/** A live deck with what it reported after opening. */
export interface OpenedLive {
  live: LiveDeck;
  errors: string[];
  decks: Deck[];
}

/** Opens `path` as the hosts do, with notes journaled in `journalDir` and no file watching. */
export async function openLive(path: string, journalDir: string): Promise<OpenedLive> {
  const errors: string[] = [];
  const decks: Deck[] = [];
  const live = await openLiveDeck({
    path,
    journalDir,
    watch: false,
    onDeck: (deck) => decks.push(deck),
    onNotesStatus: () => undefined,
    onError: (message) => errors.push(message),
  });
  return { live, errors, decks };
}

/**
 * What identifies the thing at `path` without following links or opening it: type, inode, size and
 * mtime, plus the sha256 of the bytes for a regular file (never read for FIFOs, devices or links).
 */
export async function fingerprint(path: string): Promise<string> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return 'missing';
  }
  const parts = [info.mode, info.ino, info.size, info.mtimeMs].join(' ');
  if (!info.isFile()) return parts;
  // A file this user may not read is identified by its metadata alone.
  const bytes = await readFile(path).catch(() => null);
  return bytes === null ? parts : `${parts} ${createHash('sha256').update(bytes).digest('hex')}`;
}

/** What the child process (`bad-input-child.ts`) is asked to open. */
export interface ChildTask {
  path: string;
  journalDir: string;
}

/** What the child reports: the CLI run and the error `openLiveDeck` rejected with (null if it opened). */
export interface ChildReport {
  uid: number;
  build: Omit<BuildRun, 'json'>;
  live: { name: string; code: string | null; message: string } | null;
}

/** Runs `bad-input-child.ts` in a new Node process as `uid`/`gid`; throws when it cannot start or fails. */
export function runChildAs(uid: number, task: ChildTask): ChildReport {
  const script = new URL('./bad-input-child.ts', import.meta.url).pathname;
  const cwd = new URL('../../', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, JSON.stringify(task)], { cwd, encoding: 'utf8', timeout: 15_000, uid, gid: uid });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`child exited with ${String(result.status ?? result.signal)}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ChildReport;
}

/** What a refused file must produce: one line on stderr from the CLI, the same sentence from `openLiveDeck`. */
export interface Refused {
  code: DeckInputErrorCode;
  message: string | RegExp;
}

/** What an opened file must produce, checked on the CLI's JSON and on the live deck. */
export interface Opened {
  cli(deck: DeckJson): void;
  live(live: LiveDeck): void;
}

/** Makes a case's file inside the test folder, each in a folder of its own. */
export interface Maker {
  readonly dir: string;
  /** Writes `bytes` to `<dir>/<name>/<file>` and returns its path. */
  file(name: string, bytes: string | Uint8Array, file?: string): Promise<string>;
  /** A sparse file of `size` zero bytes at `<dir>/<name>/big.md`: no disk space, no time to write. */
  sparse(name: string, size: number): Promise<string>;
  /** Creates `<dir>/<name>/` and returns the path `<dir>/<name>/deck.md`, for the case to make. */
  place(name: string): Promise<string>;
}

/** One bad input: how to make it, and what the user must see for the path it was made at. */
export interface BadInput {
  name: string;
  make(at: Maker): Promise<string>;
  expected(path: string): Refused | Opened;
}

const isRefused = (expected: Refused | Opened): expected is Refused => 'code' in expected;

async function expectCli(path: string, expected: Refused | Opened): Promise<void> {
  const run = await runBuildJson(path);
  if (isRefused(expected)) {
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^mimbar: [^\n]+\n$/);
    if (typeof expected.message === 'string') expect(run.err).toBe(`mimbar: ${expected.message}\n`);
    else expect(run.err.slice('mimbar: '.length, -1)).toMatch(expected.message);
  } else {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expected.cli(run.json as DeckJson);
  }
}

async function expectLive(path: string, journalDir: string, expected: Refused | Opened): Promise<void> {
  if (isRefused(expected)) {
    const opening = openLive(path, journalDir);
    await expect(opening).rejects.toBeInstanceOf(DeckInputError);
    await expect(opening).rejects.toMatchObject({ code: expected.code, message: expected.message });
    return;
  }
  const { live, errors, decks } = await openLive(path, journalDir);
  try {
    expected.live(live);
  } finally {
    await live.close();
  }
  expect(errors).toEqual([]);
  expect(decks).toEqual([]);
}

/** Declares two tests per case, `mimbar build --json` and `openLiveDeck`, in a temp folder removed afterwards. */
export function describeBadInputs(cases: BadInput[]): void {
  let dir = '';
  let journalDir = '';
  const at: Maker = {
    get dir() {
      return dir;
    },
    async file(name, bytes, file = 'deck.md') {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, file), bytes);
      return join(dir, name, file);
    },
    async sparse(name, size) {
      await mkdir(join(dir, name));
      const handle = await open(join(dir, name, 'big.md'), 'w');
      await handle.truncate(size);
      await handle.close();
      return join(dir, name, 'big.md');
    },
    async place(name) {
      await mkdir(join(dir, name));
      return join(dir, name, 'deck.md');
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mimbar-bad-input-'));
    journalDir = join(dir, 'journal');
    await mkdir(journalDir);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const badInput of cases) {
    describe(badInput.name, () => {
      let path = '';
      let before = '';

      beforeAll(async () => {
        path = await badInput.make(at);
        before = await fingerprint(path);
      }, HANG_GUARD_MS);

      it('mimbar build --json', async () => {
        await expectCli(path, badInput.expected(path));
        expect(await fingerprint(path)).toBe(before);
      }, HANG_GUARD_MS);

      it('openLiveDeck', async () => {
        await expectLive(path, journalDir, badInput.expected(path));
        expect(await fingerprint(path)).toBe(before);
      }, HANG_GUARD_MS);
    });
  }
}
