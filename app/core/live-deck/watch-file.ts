/**
 * Watches files for changes with chokidar: plain writes, editors that save by writing a temporary file
 * and renaming it over, tools that write in chunks (a change is reported once the size has stayed the
 * same for a moment, never in the middle of a write), removal, and a folder made in its place. What
 * changed is for the reader to find out: every event is the same "look again".
 */
import { watch, type FSWatcher } from 'chokidar';

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

/** Starts watching `path`; resolves once changes from now on are seen, with the way to stop. */
export async function watchFile(path: string, onChange: () => void): Promise<() => Promise<void>> {
  const watcher = createWatcher(path, onChange);
  await ready(watcher);
  return () => watcher.close();
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
