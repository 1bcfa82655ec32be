/**
 * Run in a child process (`node --import tsx`): opens a notes store, makes one edit, saves,
 * and prints the status as JSON. With `killOnRename` it dies by SIGKILL just before the deck's temp file
 * is renamed over the deck, like a crash or power cut at the worst moment.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { openNotesStore } from '../../app/core/notes-store/notes-store';
import type { ChildTask } from './notes-store-harness';

const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;

if (task.killOnRename) {
  const deck = fs.realpathSync(task.path);
  const { rename } = fs.promises;
  // The atomic writer imports `rename` from node:fs/promises: syncing the builtin's exports replaces it there too.
  fs.promises.rename = async (from: fs.PathLike, to: fs.PathLike) => {
    if (String(to) === deck) process.kill(process.pid, 'SIGKILL');
    else await rename(from, to);
  };
  syncBuiltinESMExports();
}

const store = await openNotesStore({ path: task.path, journalDir: task.journalDir, onStatus: () => undefined, onSourceChanged: () => undefined });
await store.edit(task.edit);
const status = await store.saveNow();
process.stdout.write(`${JSON.stringify(status)}\n`);
