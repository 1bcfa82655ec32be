/** Test support for the notes store: a deck in a fresh temp folder, a store that records what it reports, and a child process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { NotesEdit, NotesStatus } from '../../app/contract/notes';
import { journalPath } from '../../app/core/notes-store/journal';
import { openNotesStore } from '../../app/core/notes-store/notes-store';
import type { LoadedSource, NotesStore, NotesStoreOptions } from '../../app/core/notes-store/notes-store-types';

/** A small deck: a title slide, two slides with notes in two syntaxes, one without notes. */
export const DECK = [
  '# Deck', '', '---', '', '## Alpha', '', 'Alpha body.', '', 'Note: alpha notes.', '', '---', '',
  '## Beta', '', 'Beta body.', '', '<!-- notes: beta notes. -->', '', '---', '', '## Gamma', '', 'Gamma body.', '',
].join('\n');

/** A temp folder holding `deck/deck.md` and `journal/`, open to every user so a child running as nobody can use it. */
export interface TestFolder {
  root: string;
  deckDir: string;
  deck: string;
  journalDir: string;
  cleanup(): void;
}

/** Creates a test folder with `bytes` as the deck. */
export function makeFolder(bytes: string | Uint8Array = DECK): TestFolder {
  const root = mkdtempSync(join(tmpdir(), 'mimbar-notes-'));
  const deckDir = join(root, 'deck');
  const journalDir = join(root, 'journal');
  mkdirSync(deckDir);
  mkdirSync(journalDir);
  for (const dir of [root, deckDir, journalDir]) chmodSync(dir, 0o777);
  const deck = join(deckDir, 'deck.md');
  writeFileSync(deck, bytes);
  chmodSync(deck, 0o666);
  const cleanup = (): void => {
    for (const dir of [root, deckDir]) if (existsSync(dir)) chmodSync(dir, 0o777);
    rmSync(root, { recursive: true, force: true });
  };
  return { root, deckDir, deck, journalDir, cleanup };
}

/** A store on a test folder, with every status and every new source it reported. */
export interface TestStore {
  store: NotesStore;
  statuses: NotesStatus[];
  sources: LoadedSource[];
}

/** Opens a store on `folder`'s deck; `options` may add hooks (called after the recording). */
export async function openTestStore(folder: TestFolder, options: Partial<NotesStoreOptions> = {}): Promise<TestStore> {
  const statuses: NotesStatus[] = [];
  const sources: LoadedSource[] = [];
  const store = await openNotesStore({
    path: folder.deck,
    journalDir: folder.journalDir,
    quietMs: 60_000,
    ...options,
    onStatus: (status) => {
      statuses.push(status);
      options.onStatus?.(status);
    },
    onSourceChanged: (source) => {
      sources.push(source);
      options.onSourceChanged?.(source);
    },
  });
  return { store, statuses, sources };
}

/** An edit of `slideId` from the notes `base`. */
export function editOf(slideId: string, text: string, base = ''): NotesEdit {
  return { slideId, text, base };
}

/** What the child process is asked to do. */
export interface ChildTask {
  path: string;
  journalDir: string;
  edit: NotesEdit;
  /** Kill the process with SIGKILL when the deck's temp file is about to be renamed over it. */
  killOnRename: boolean;
}

/**
 * Runs `save-child.ts` in a new Node process (as `uid` when given; with the kernel's file size
 * limit at `fileBlocks` × 512 bytes when given, so writes past it stop short) and returns its exit and output.
 */
export function runChild(task: ChildTask, uid?: number, fileBlocks?: number): { status: number | null; signal: string | null; stdout: string; stderr: string } {
  const script = new URL('./save-child.ts', import.meta.url).pathname;
  const cwd = new URL('../../', import.meta.url).pathname;
  const ids = uid === undefined ? {} : { uid, gid: uid };
  const node = [process.execPath, '--import', 'tsx', script, JSON.stringify(task)];
  // `ulimit -f` is POSIX sh; Node ignores the SIGXFSZ a write past the limit raises, and sees EFBIG.
  const [command, ...args] = fileBlocks === undefined ? node : ['/bin/sh', '-c', `ulimit -f ${fileBlocks} && exec "$@"`, 'sh', ...node];
  const result = spawnSync(command as string, args, { cwd, encoding: 'utf8', timeout: 15_000, ...ids });
  if (result.error) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The journal files of `folder`'s deck (one per store that had unsaved edits), full paths. */
export function journalFiles(folder: TestFolder): string[] {
  const prefix = basename(journalPath(folder.journalDir, folder.deck)).replace(/json$/, '');
  return readdirSync(folder.journalDir).filter((name) => name.startsWith(prefix)).map((name) => join(folder.journalDir, name));
}

/** The one journal of `folder`'s deck, parsed; throws (ENOENT) when there is none, and when there are several. */
export function readOnlyJournal(folder: TestFolder): unknown {
  const files = journalFiles(folder);
  if (files.length > 1) throw new Error(`${files.length} journals: ${files.join(', ')}`);
  const [file] = files;
  if (file === undefined) throw Object.assign(new Error(`ENOENT: no journal of ${folder.deck}`), { code: 'ENOENT' });
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** A child process started with `startChild`: its output so far, a way to wait for a line, and its end. */
export interface RunningChild {
  child: ChildProcess;
  stdout(): string;
  /** Resolves once stdout has a line matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `node --import tsx <script> <args…>` from the repository's root, with `env` added. */
export function startChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): RunningChild {
  const cwd = new URL('../../', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stderr: err })));
  const waitFor = (pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const look = (): void => {
        const match = pattern.exec(out);
        if (match) resolve(match);
        else if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > timeoutMs) reject(new Error(`no ${String(pattern)} in: ${out}\n${err}`));
        else setTimeout(look, 5);
      };
      look();
    });
  return { child, stdout: () => out, waitFor, exited };
}

/** Starts `typing-child.ts` on `task`. */
export function startTypingChild(task: object): RunningChild {
  return startChild(new URL('./typing-child.ts', import.meta.url).pathname, [JSON.stringify(task)]);
}
