/**
 * One writer of a deck at a time, across every Mimbar process: an advisory lock beside the deck, held
 * for the whole read, merge, write and rename of a save. The lock is a folder made with `mkdir` (atomic
 * on every file system, network ones too) holding the owner's pid and host; its time is refreshed while
 * held, so a lock whose holder died (killed, crashed) is taken over once it is stale, or at once when
 * its holder was a process of this machine that is no longer running. Editors outside Mimbar ignore
 * it: the save re-checks the file right before its rename for them.
 */
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isProcessRunning } from './process-running';

/** A lock not refreshed for this long belongs to a holder that is gone. */
export const STALE_MS = 5_000;
/** How often a held lock's time is refreshed. */
const REFRESH_MS = 1_000;
/** Waiting for a lock that another Mimbar holds gives up after this long: past a dead holder's stale time. */
const WAIT_MS = STALE_MS + 3_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The lock folder of the deck at `path`: hidden, beside it (the deck's folder must be writable to save anyway). */
export function deckLockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.mimbar-lock`);
}

/** An error like the system's own, for a lock that never came free. */
function lockedError(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ELOCKED: ${path} is being saved by another process`), { code: 'ELOCKED', path });
}

/** Whether the lock folder `lock` belongs to a holder that is gone (too old, or a dead process of this machine). */
async function isStale(lock: string): Promise<boolean> {
  try {
    const { mtimeMs } = await stat(lock);
    if (Date.now() - mtimeMs > STALE_MS) return true;
    const owner = JSON.parse(await readFile(join(lock, 'owner.json'), 'utf8')) as { pid?: unknown; host?: unknown };
    return owner.host === hostname() && typeof owner.pid === 'number' && owner.pid !== process.pid && !isProcessRunning(owner.pid);
  } catch {
    // A lock folder just made has no owner file yet (or is gone already): not stale.
    return false;
  }
}

/** Takes the lock, waiting only while another holds it: any other error (a read-only folder) fails at once. */
async function acquire(path: string): Promise<() => Promise<void>> {
  const lock = deckLockPath(path);
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lock)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > WAIT_MS) throw lockedError(path);
      await sleep(pause);
    }
  }
  await writeFile(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: hostname() })).catch(() => undefined);
  const timer = setInterval(() => {
    const now = new Date();
    void utimes(lock, now, now).catch(() => undefined);
  }, REFRESH_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await rm(lock, { recursive: true, force: true });
  };
}

/**
 * Runs `task` holding the lock of the deck at `path`, waiting for another holder (up to a little longer
 * than a dead holder's lock takes to go stale). Rejects with the errno error of the lock folder
 * (`EACCES` in a read-only folder) or `ELOCKED` when it never came free.
 */
export async function withDeckLock<T>(path: string, task: () => Promise<T>): Promise<T> {
  const release = await acquire(path);
  try {
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}
