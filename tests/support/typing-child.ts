/**
 * Run in a child process (`node --import tsx`): opens a notes store on a deck and, once the
 * file `task.go` exists, either types (an edit of one slide every few milliseconds, its text growing by
 * one word each time, printing `acked <n>` once each edit is acknowledged, until killed) or makes one
 * edit and saves it, printing the status as JSON. Prints `ready` once the store is open.
 */
import { existsSync } from 'node:fs';
import { openNotesStore } from '../../app/core/notes-store/notes-store';

export interface TypingTask {
  path: string;
  journalDir: string;
  go: string;
  slideId: string;
  base: string;
  /** 'type': edits until killed; 'save': the text `text`, saved once. */
  mode: 'type' | 'save';
  text?: string;
}

const task = JSON.parse(process.argv[2] ?? '{}') as TypingTask;
const store = await openNotesStore({ path: task.path, journalDir: task.journalDir, quietMs: 60_000, onStatus: () => undefined, onSourceChanged: () => undefined });
process.stdout.write('ready\n');
while (!existsSync(task.go)) await new Promise((resolve) => setTimeout(resolve, 2));
if (task.mode === 'save') {
  await store.edit({ slideId: task.slideId, text: task.text ?? '', base: task.base });
  process.stdout.write(`${JSON.stringify(await store.saveNow())}\n`);
} else {
  let words = '';
  for (let n = 1; ; n += 1) {
    words += ` w${n}`;
    await store.edit({ slideId: task.slideId, text: `typed${words}`, base: task.base });
    process.stdout.write(`acked ${n}\n`);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}
