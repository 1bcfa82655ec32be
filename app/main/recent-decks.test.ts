import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../contract/deck';
import { createRecentFiles } from '../core/files/recent-files';
import { app, electronMock } from '../../tests/mocks/electron';
import { liveFrom } from '../../tests/mocks/live-deck';
import { createMainHost } from './main-host';
import { followRecentDecks } from './recent-decks';

let dir: string;
let stop: () => void = () => undefined;
const deck = { meta: { title: 'T' }, slides: [], warnings: [] } as unknown as Deck;

beforeEach(async () => {
  electronMock.reset();
  dir = await mkdtemp(join(tmpdir(), 'mimbar-recent-main-'));
});

afterEach(async () => {
  stop();
  await rm(dir, { recursive: true, force: true });
});

describe('followRecentDecks', () => {
  it('records each opened deck once (not the bundled one, not on notes saves) and hands the menu the list', async () => {
    const [bundled, talk] = [join(dir, 'bundled.md'), join(dir, 'talk.md')];
    await writeFile(bundled, '# B\n');
    await writeFile(talk, '# T\n');
    const host = createMainHost({ bundledPath: bundled, openDeck: liveFrom(async () => deck) });
    const lists: string[][] = [];
    const listed = vi.fn((paths: string[]) => lists.push(paths));
    stop = followRecentDecks(host, bundled, createRecentFiles(join(dir, 'recent.json')), listed);
    await vi.waitFor(() => expect(lists).toEqual([[]]));

    await host.open(bundled);
    await host.open(talk);
    await vi.waitFor(() => expect(lists.at(-1)).toEqual([talk]));
    // A notes save shows the same file's deck again.
    const current = host.decks.current();
    if (current) host.show(current.deck);
    expect(app.addRecentDocument.mock.calls).toEqual([[talk]]);
    expect(lists).toHaveLength(2);
  });
});
