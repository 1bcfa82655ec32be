/**
 * Watches one file for changes with chokidar: plain writes, editors that save by writing a temporary
 * file and renaming it over, tools that write in chunks (a change is reported once the size has stayed
 * the same for a moment, never in the middle of a write), removal, and a folder made in its place.
 * What changed is for the reader to find out: every event is the same "look again".
 */
import { watch } from 'chokidar';

/** Starts watching `path`; resolves once changes from now on are seen, with the way to stop. */
export async function watchFile(path: string, onChange: () => void): Promise<() => Promise<void>> {
  const watcher = watch(path, {
    ignoreInitial: true,
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 20 },
  });
  for (const event of ['change', 'add', 'unlink', 'addDir'] as const) watcher.on(event, () => onChange());
  watcher.on('error', (error) => console.warn('mimbar: watching', path, 'failed:', error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return () => watcher.close();
}
