/**
 * Watches one file for changes with chokidar: plain writes, editors that save by writing a temporary
 * file and renaming it over, and tools that write in chunks (a change is reported once the size has
 * stayed the same for a moment, never in the middle of a write).
 */
import { watch } from 'chokidar';

export type FileEvent = 'changed' | 'removed';

/** Starts watching `path`; resolves once changes from now on are seen, with the way to stop. */
export async function watchFile(path: string, onEvent: (event: FileEvent) => void): Promise<() => Promise<void>> {
  const watcher = watch(path, {
    ignoreInitial: true,
    atomic: true,
    awaitWriteFinish: { stabilityThreshold: 80, pollInterval: 20 },
  });
  watcher.on('change', () => onEvent('changed'));
  watcher.on('add', () => onEvent('changed'));
  watcher.on('unlink', () => onEvent('removed'));
  watcher.on('error', (error) => console.warn('mimbar: watching', path, 'failed:', error));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return () => watcher.close();
}
