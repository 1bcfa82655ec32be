/**
 * Watches files for changes with chokidar: plain writes, editors that save by writing a temporary file
 * and renaming it over, tools that write in chunks (a change is reported once the size has stayed the
 * same for a moment, never in the middle of a write), removal, and a folder made in its place. What
 * changed is for the reader to find out: every event is the same "look again".
 */
import { lstat } from 'node:fs/promises';
import { watch, type FSWatcher } from 'chokidar';

/** How often the deck's own directory entry is looked at, beside chokidar's events. */
export const IDENTITY_POLL_MS = 100;

/** A watched set of files whose members can change (the images of a deck that was edited). */
export interface FileSetWatcher {
  /** Watches exactly `paths` from now on. */
  set(paths: readonly string[]): void;
  close(): Promise<void>;
}

function createWatcher(paths: string | string[], onChange: () => void): FSWatcher {
  const watcher = watch(paths, {
    ignoreInitial: true,
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 20 },
  });
  for (const event of ['change', 'add', 'unlink', 'addDir'] as const) watcher.on(event, () => onChange());
  watcher.on('error', (error) => console.warn('mimbar: watching', paths, 'failed:', error));
  return watcher;
}

function ready(watcher: FSWatcher): Promise<void> {
  return new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
}

/** What the directory entry at `path` is now (a link is itself, never its target), or `gone`. */
async function entryState(path: string): Promise<string> {
  try {
    const info = await lstat(path, { bigint: true });
    // Size and time too: an inode freed by one swap can come back in the next file.
    return `${info.isSymbolicLink() ? 'link' : info.isFile() ? 'file' : 'other'}:${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch {
    return 'gone';
  }
}

/**
 * Polls the directory entry at `path` (its kind, identity, size and time) and reports a change once it
 * has held for one more poll (a file still being written is not reported half-way). chokidar follows
 * links and watches the file it first saw, so a link or another file renamed over the deck can pass it
 * by; this never does. A change chokidar saw too is reported twice: readers compare what they read.
 */
function pollEntry(path: string, initial: string, onChange: () => void): () => void {
  let reported = initial;
  let previous = initial;
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const tick = async (): Promise<void> => {
    const now = await entryState(path);
    if (isStopped) return;
    if (now !== reported && now === previous) {
      reported = now;
      onChange();
    }
    previous = now;
    timer = setTimeout(() => void tick(), IDENTITY_POLL_MS);
    timer.unref();
  };
  timer = setTimeout(() => void tick(), IDENTITY_POLL_MS);
  timer.unref();
  return () => {
    isStopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** Starts watching `path`; resolves once changes from now on are seen, with the way to stop. */
export async function watchFile(path: string, onChange: () => void): Promise<() => Promise<void>> {
  const watcher = createWatcher(path, onChange);
  await ready(watcher);
  const stopPolling = pollEntry(path, await entryState(path), onChange);
  return async () => {
    stopPolling();
    await watcher.close();
  };
}

/** Starts watching `paths`; resolves once changes from now on are seen. */
export async function watchFileSet(paths: readonly string[], onChange: () => void): Promise<FileSetWatcher> {
  let watched = new Set(paths);
  const watcher = createWatcher([...watched], onChange);
  // chokidar never says it is ready when it starts with nothing to watch.
  if (watched.size > 0) await ready(watcher);
  return {
    set(next) {
      const wanted = new Set(next);
      const gone = [...watched].filter((path) => !wanted.has(path));
      const added = [...wanted].filter((path) => !watched.has(path));
      if (gone.length > 0) watcher.unwatch(gone);
      if (added.length > 0) watcher.add(added);
      watched = wanted;
    },
    close: () => watcher.close(),
  };
}
