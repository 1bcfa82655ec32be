// Two `mimbar serve` processes on one deck (two terminals, one data folder), each with the presenter's
// edit of the same slide, saving at the same moment: one saves, the other reports the clash with both
// texts and keeps its edit; neither reports "saved" for an edit the other overwrote. Needs dist/.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotesStatus } from '../../app/contract/notes';
import { readNotes } from '../../app/core/deck/notes-patch/apply-notes-patch';
import { makeFolder, startChild, type RunningChild, type TestFolder } from '../support/notes-store-harness';

let folder: TestFolder;
let hosts: RunningChild[] = [];
afterEach(async () => {
  for (const host of hosts) host.child.kill('SIGKILL');
  await Promise.all(hosts.map((host) => host.exited));
  hosts = [];
  folder.cleanup();
});

const CLI = new URL('../../app/cli/mimbar.ts', import.meta.url).pathname;

async function call(origin: string, channel: string, body: object): Promise<NotesStatus> {
  const response = await fetch(`${origin}/api/invoke/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify(body) });
  return (await response.json()) as NotesStatus;
}

describe('two mimbar serve processes on one deck', () => {
  it('the same slide saved by both at once: one "saved", one conflict, the file holds exactly one of them', { timeout: 60_000 }, async () => {
    folder = makeFolder();
    hosts = [0, 1].map(() => startChild(CLI, ['serve', folder.deck, '--port', '0'], { MIMBAR_DATA_DIR: folder.root }));
    const origins = await Promise.all(hosts.map(async (host) => (await host.waitFor(/^Audience: (http:\/\/127\.0\.0\.1:\d+)\/$/m))[1] ?? ''));
    const texts = ['from the first terminal', 'from the second terminal'];
    await Promise.all(origins.map((origin, i) => call(origin, 'notes:edit', { slideId: 'alpha', text: texts[i] ?? '', base: 'alpha notes.' })));
    const statuses = await Promise.all(origins.map((origin) => call(origin, 'notes:save-now', {})));
    const saved = statuses.findIndex((status) => status.state === 'saved');
    expect(saved, JSON.stringify(statuses)).toBeGreaterThanOrEqual(0);
    const other = statuses[1 - saved];
    expect(other?.state).not.toBe('saved');
    expect(other?.conflicts).toEqual([expect.objectContaining({ slideId: 'alpha', mine: texts[1 - saved], theirs: texts[saved] })]);
    expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe(texts[saved]);
  });
});
