/**
 * Run in a child process (`node --import tsx`, as another user): builds the file with the CLI and opens
 * it with `openLiveDeck`, then prints a `ChildReport` as JSON. Used where root would ignore file modes.
 */
import { DeckInputError } from '../../app/core/files/read-source';
import { openLive, runBuildJson, type ChildReport, type ChildTask } from './bad-input';

const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;

const { code, out, err } = await runBuildJson(task.path);
let live: ChildReport['live'] = null;
try {
  await (await openLive(task.path, task.journalDir)).live.close();
} catch (error) {
  const { name, message } = error as Error;
  live = { name, code: error instanceof DeckInputError ? error.code : null, message };
}
const report: ChildReport = { uid: process.getuid?.() ?? -1, build: { code, out, err }, live };
process.stdout.write(`${JSON.stringify(report)}\n`);
