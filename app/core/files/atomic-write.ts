/**
 * The one way Mimbar writes a file: complete or absent. The bytes go to a new temporary file in the same
 * folder, written in a loop until every byte is down (a nearly full disk or a file size limit makes the
 * kernel write fewer bytes than asked, without an error), synced, read back and compared (size and
 * sha256) before it is renamed over the target, and the folder is synced after the rename. Any failure
 * removes the temporary file and leaves the target as it was; a short write is reported as the disk-full
 * error it is (`ENOSPC`). Used for the deck, the notes journal, recent files, settings and exports.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chown, lstat, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Mode of a new file (default 0o666 less the umask); an existing file keeps its mode and owner. */
  mode?: number;
  /**
   * Runs after the temporary file is complete and verified, right before the rename: the last moment
   * to refuse (throw) because the target changed. The temporary file is removed when it throws.
   */
  beforeRename?: () => Promise<void>;
}

/** The temporary file beside `path`: hidden, named for the file, unique. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** An error like the system's own, for a write that could not complete. */
function diskFull(path: string, written: number, total: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, wrote ${written} of ${total} bytes to '${path}'`), {
    code: 'ENOSPC',
    syscall: 'write',
    path,
  });
}

/** Writes every byte of `bytes` at the start of `handle`, looping over short writes. */
export async function writeAll(handle: FileHandle, bytes: Uint8Array, path: string): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    // No progress and no error: the disk took nothing. Never loop forever on it.
    if (bytesWritten <= 0) throw diskFull(path, offset, bytes.length);
    offset += bytesWritten;
  }
}

/** Reads the whole file of `handle` back and throws unless it is exactly `bytes`. */
async function verify(handle: FileHandle, bytes: Uint8Array, path: string): Promise<void> {
  const { size } = await handle.stat();
  if (size !== bytes.length) throw diskFull(path, size, bytes.length);
  const back = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const { bytesRead } = await handle.read(back, read, size - read, read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  const digest = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');
  if (read !== size || digest(back) !== digest(bytes)) {
    throw Object.assign(new Error(`EIO: the file written to '${path}' does not read back as written`), { code: 'EIO', syscall: 'read', path });
  }
}

/** Syncs the folder `dir`, so the rename itself survives a power cut; platforms that cannot (Windows) are skipped. */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF' && code !== 'EACCES') throw error;
  } finally {
    await handle?.close();
  }
}

/** How long a rename the system keeps refusing for a moment (Windows: an antivirus or indexer holds the file) is retried. */
const RENAME_RETRY_MS = 2_000;

/**
 * Renames `from` over `to`, retrying with backoff for up to `RENAME_RETRY_MS` while the target is busy
 * (`EBUSY`; on Windows also `EPERM`/`EACCES`, which there mean a handle is open on it).
 */
export async function renameRetrying(from: string, to: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const started = Date.now();
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const isBusy = code === 'EBUSY' || (platform === 'win32' && (code === 'EPERM' || code === 'EACCES'));
      if (!isBusy || Date.now() - started > RENAME_RETRY_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Whether `name` is a temporary file this module made for `target` (see `temporaryPathFor`). */
export function isTemporaryFor(name: string, target: string): boolean {
  const prefix = `.${basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/** Mode and owner of the file now at `path` (never following a link), or null when there is none. */
async function existing(path: string): Promise<{ mode: number; uid: number; gid: number } | null> {
  try {
    const info = await lstat(path);
    return info.isFile() ? { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid } : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `bytes` to `path` completely or not at all (see the module comment) and resolves with the
 * identity (`device:inode`) of the file now at `path`. Rejects with the errno error of what failed
 * (`ENOSPC` for a short write), after removing the temporary file.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<string> {
  const temp = temporaryPathFor(path);
  const previous = await existing(path);
  const mode = previous?.mode ?? options.mode ?? 0o666;
  // O_EXCL: never reuse or follow anything already at the temporary name.
  const handle = await open(temp, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, mode);
  let isRenamed = false;
  let identity: string;
  try {
    try {
      await writeAll(handle, bytes, path);
      await handle.sync();
      if (previous) {
        await handle.chmod(previous.mode);
        if (process.getuid?.() === 0) await chown(temp, previous.uid, previous.gid).catch(() => undefined);
      }
      await verify(handle, bytes, path);
      const info = await handle.stat({ bigint: true });
      identity = `${info.dev}:${info.ino}`;
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await renameRetrying(temp, path);
    isRenamed = true;
    await syncFolder(dirname(path));
  } finally {
    if (!isRenamed) await rm(temp, { force: true }).catch(() => undefined);
  }
  return identity;
}
