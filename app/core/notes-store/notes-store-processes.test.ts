// Real processes on a real deck: a presenter typing when the process is killed with SIGKILL, and two
// Mimbar processes saving the same deck at once. `npm run test:faults` runs the kill loop many more times.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotesStatus } from '../../contract/notes';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { DECK, journalFiles, makeFolder, openTestStore, startTypingChild, type TestFolder } from '../../../tests/support/notes-store-harness';

let folders: TestFolder[] = [];
afterEach(() => {
  for (const folder of folders) folder.cleanup();
  folders = [];
});

function newFolder(): TestFolder {
  const folder = makeFolder();
  folders.push(folder);
  return folder;
}

/** How many kills and same-slide races the tests below make (more in npm run test:faults). */
const KILLS = Number(process.env['MIMBAR_FAULT_KILLS'] ?? 3);
const RACES = Number(process.env['MIMBAR_FAULT_RACES'] ?? 1);

describe('SIGKILL while the presenter types', () => {
  it(`every acknowledged edit is offered back on the next open (${KILLS} kills at random moments)`, { timeout: 30_000 + KILLS * 6_000 }, async () => {
    const lost: string[] = [];
    let acknowledged = 0;
    for (let round = 0; round < KILLS; round += 1) {
      const folder = newFolder();
      const go = join(folder.root, 'go');
      const typing = startTypingChild({ path: folder.deck, journalDir: folder.journalDir, go, slideId: 'alpha', base: 'alpha notes.', mode: 'type' });
      await typing.waitFor(/^ready$/m);
      writeFileSync(go, '');
      const target = 5 + Math.floor(Math.random() * 60);
      await typing.waitFor(new RegExp(`^acked ${target}$`, 'm'));
      const acked = Math.max(...[...typing.stdout().matchAll(/^acked (\d+)$/gm)].map((match) => Number(match[1])));
      acknowledged += acked;
      typing.child.kill('SIGKILL');
      expect((await typing.exited).signal).toBe('SIGKILL');
      expect(readFileSync(folder.deck, 'utf8')).toBe(DECK);
      const { store } = await openTestStore(folder);
      const text = store.status().recovered?.edits.find((edit) => edit.slideId === 'alpha')?.text ?? '';
      const words = Number(/w(\d+)$/.exec(text)?.[1] ?? 0);
      if (words < acked) lost.push(`round ${round}: acknowledged ${acked} edits, journal holds ${words}`);
      await store.recover(false);
    }
    console.log(`kill loop: ${KILLS} kills, ${acknowledged} acknowledged edits, ${lost.length} lost`);
    expect(lost).toEqual([]);
  });
});

describe('two Mimbar processes on one deck', () => {
  /** Starts two processes saving `texts` into `slides` at the same moment; resolves with their statuses. */
  async function saveAtOnce(folder: TestFolder, edits: { slideId: string; base: string; text: string }[]): Promise<NotesStatus[]> {
    const go = join(folder.root, 'go');
    const children = edits.map((edit) => startTypingChild({ path: folder.deck, journalDir: folder.journalDir, go, mode: 'save', ...edit }));
    await Promise.all(children.map((child) => child.waitFor(/^ready$/m)));
    writeFileSync(go, '');
    return Promise.all(
      children.map(async (child) => {
        const [line] = await child.waitFor(/^\{.*\}$/m);
        await child.exited;
        return JSON.parse(line) as NotesStatus;
      }),
    );
  }

  it(`the same slide: one saves, the other gets a conflict with both texts and keeps its edit journaled; nothing is overwritten unseen (${RACES} races)`, { timeout: 20_000 + RACES * 3_000 }, async () => {
    for (let race = 0; race < RACES; race += 1) {
      const folder = newFolder();
      const statuses = await saveAtOnce(folder, [
        { slideId: 'alpha', base: 'alpha notes.', text: 'from the first' },
        { slideId: 'alpha', base: 'alpha notes.', text: 'from the second' },
      ]);
      const saved = statuses.filter((status) => status.state === 'saved');
      const clashed = statuses.filter((status) => status.conflicts.length === 1);
      expect(saved).toHaveLength(1);
      expect(clashed).toHaveLength(1);
      const winner = statuses[0]?.state === 'saved' ? 'from the first' : 'from the second';
      const loser = winner === 'from the first' ? 'from the second' : 'from the first';
      expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe(winner);
      expect(clashed[0]?.conflicts[0]).toMatchObject({ slideId: 'alpha', mine: loser, theirs: winner });
      const journaled = journalFiles(folder).map((file) => readFileSync(file, 'utf8'));
      expect(journaled).toHaveLength(1);
      expect(journaled[0]).toContain(loser);
    }
  });

  it('different slides: both save, and the file holds both edits', async () => {
    const folder = newFolder();
    const statuses = await saveAtOnce(folder, [
      { slideId: 'alpha', base: 'alpha notes.', text: 'alpha from one' },
      { slideId: 'beta', base: 'beta notes.', text: 'beta from two' },
    ]);
    expect(statuses.map((status) => status.state)).toEqual(['saved', 'saved']);
    const notes = readNotes(readFileSync(folder.deck, 'utf8'));
    expect([notes.get('alpha'), notes.get('beta')]).toEqual(['alpha from one', 'beta from two']);
    expect(journalFiles(folder)).toEqual([]);
  });
});
