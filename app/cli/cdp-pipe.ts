/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: commands
 * on fd 3, replies on fd 4, each message JSON ended by a NUL byte). The few commands the CLI's printer
 * needs, typed, without a browser driver library: importing one took longer than printing a deck.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** Page.printToPDF's parameters that Mimbar sets (https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-printToPDF). */
export interface PrintToPdfParams {
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateDocumentOutline: boolean;
  generateTaggedPDF: boolean;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

type NoResult = Record<string, never>;

/** The commands used, with their parameters and results. */
export interface CdpCommands {
  'Target.createTarget': { params: { url: string }; result: { targetId: string } };
  'Target.attachToTarget': { params: { targetId: string; flatten: true }; result: { sessionId: string } };
  'Fetch.enable': { params: { patterns: { urlPattern: string }[] }; result: NoResult };
  'Fetch.continueRequest': { params: { requestId: string }; result: NoResult };
  'Fetch.failRequest': { params: { requestId: string; errorReason: 'BlockedByClient' }; result: NoResult };
  'Page.navigate': { params: { url: string }; result: { frameId: string; errorText?: string } };
  'Page.printToPDF': { params: PrintToPdfParams; result: { data: string } };
  'Browser.close': { params: Record<string, never>; result: NoResult };
}

/** The events listened to, with their parameters. */
export interface CdpEvents {
  'Fetch.requestPaused': { requestId: string; request: { url: string } };
}

/** A listener for one event, told the session it came from. */
export type CdpListener<E extends keyof CdpEvents> = (params: CdpEvents[E], sessionId: string | undefined) => void;

export interface CdpBrowser {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<M extends keyof CdpCommands>(method: M, params: CdpCommands[M]['params'], sessionId?: string): Promise<CdpCommands[M]['result']>;
  /** Calls `listener` for every `event` (the protocol's events are only those of enabled domains). */
  on<E extends keyof CdpEvents>(event: E, listener: CdpListener<E>): void;
  /**
   * Rejects when Chromium exits before `close()` (a crash, a kill, a failed start) with a
   * `ChromiumExitedError` giving the reason: `exit code 1: <its last line of output>`, `signal SIGKILL`,
   * `spawn … ENOENT`. Commands still waiting reject with the same error. Never resolves.
   */
  readonly exited: Promise<never>;
  /** Closes Chromium (killing it if it lingers) and removes its temporary profile. */
  close(): Promise<void>;
}

/** Chromium went away before `close()`: what `exited` rejects with, and every command still waiting for a reply. */
export class ChromiumExitedError extends Error {}

interface Message {
  id?: number;
  result?: unknown;
  error?: { message?: string };
  method?: string;
  params?: unknown;
  sessionId?: string;
}

/** How long a closing Chromium may take before it is killed. */
const CLOSE_GRACE_MS = 3_000;

/** Starts headless Chromium at `executablePath` with `args` and a fresh temporary profile. */
export async function launchCdpBrowser(executablePath: string, args: readonly string[]): Promise<CdpBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'mimbar-chromium-'));
  const child = spawn(executablePath, [...args, '--headless', '--remote-debugging-pipe', '--no-startup-window', `--user-data-dir=${profile}`], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  const commands = child.stdio[3] as Writable;
  const replies = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => (stderr = `${stderr}${text}`.slice(-4_000)));

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, ((params: unknown, sessionId: string | undefined) => void)[]>();
  let nextId = 0;
  let closing = false;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const call of pending.values()) call.reject(failure);
    pending.clear();
  };

  const exitedNaturally = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new ChromiumExitedError(error.message)));
    child.once('exit', (code, signal) => {
      if (!closing) reject(new ChromiumExitedError(`${signal === null ? `exit code ${code}` : `signal ${signal}`}${lastLine(stderr)}`));
    });
  });
  exited.catch((error: Error) => fail(error));
  commands.on('error', () => undefined);

  // Messages end with a NUL byte. Only the new chunk is searched for it, so a reply of many chunks (a
  // PDF of hundreds of pages) is read in linear time.
  let parts: string[] = [];
  const dispatch = (text: string): void => {
    const message = JSON.parse(text) as Message;
    if (message.method !== undefined) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params, message.sessionId);
      return;
    }
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (!call || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) call.reject(new Error(message.error.message ?? 'DevTools error'));
    else call.resolve(message.result);
  };
  replies.setEncoding('utf8');
  replies.on('data', (chunk: string) => {
    let start = 0;
    for (let end = chunk.indexOf('\0'); end !== -1; end = chunk.indexOf('\0', start)) {
      parts.push(chunk.slice(start, end));
      const text = parts.join('');
      parts = [];
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  });

  const browser: CdpBrowser = {
    send(method, params, sessionId) {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      const reply = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
      commands.write(`${JSON.stringify(sessionId === undefined ? { id, method, params } : { id, method, params, sessionId })}\0`);
      return reply as Promise<CdpCommands[typeof method]['result']>;
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener as (params: unknown, sessionId: string | undefined) => void]);
    },
    exited,
    async close() {
      closing = true;
      if (child.exitCode === null && child.signalCode === null) {
        // Asked to close; a Chromium that does not answer (or is not Chromium) is killed after the grace time.
        browser.send('Browser.close', {}).catch(() => undefined);
        await killAfter(child, exitedNaturally, CLOSE_GRACE_MS);
      }
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return browser;
}

async function killAfter(child: ChildProcess, exit: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  if ((await Promise.race([exit, late])) === 'late') {
    child.kill('SIGKILL');
    await exit;
  }
  clearTimeout(timer);
}

function lastLine(stderr: string): string {
  const line = stderr.trim().split('\n').at(-1)?.trim();
  return line ? `: ${line}` : '';
}
