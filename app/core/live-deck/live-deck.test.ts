import { mkdtemp, rename, rm, unlink, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../contract/deck';
import type { NotesStatus } from '../../contract/notes';
import { openLiveDeck, type LiveDeck } from './live-deck';

let dir: string;
let live: LiveDeck | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-live-'));
});

afterEach(async () => {
  await live?.close();
  live = null;
  await rm(dir, { recursive: true, force: true });
});

/** Records what a live deck reports, with a way to wait for the next report of each kind. */
function recorder() {
  const decks: Deck[] = [];
  const errors: string[] = [];
  const statuses: NotesStatus[] = [];
  return {
    decks,
    errors,
    statuses,
    callbacks: {
      onDeck: (deck: Deck) => decks.push(deck),
      onError: (message: string) => errors.push(message),
      onNotesStatus: (status: NotesStatus) => statuses.push(status),
    },
  };
}

const titles = (deck: Deck | undefined): string[] => deck?.slides.map((slide) => slide.title) ?? [];

describe('openLiveDeck: watching the file', () => {
  it('rebuilds after a plain write and after an editor saves by renaming a temporary file over it', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n\n## One\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: null, ...seen.callbacks });
    expect(titles(live.deck())).toEqual(['Talk', 'One']);

    await writeFile(path, '# Talk\n\n## One\n\n## Two\n');
    await expect.poll(() => titles(seen.decks.at(-1)), { timeout: 5000 }).toEqual(['Talk', 'One', 'Two']);

    const temporary = join(dir, '.talk.md.tmp');
    await writeFile(temporary, '# Talk\n\n## Renamed\n');
    await rename(temporary, path);
    await expect.poll(() => titles(seen.decks.at(-1)), { timeout: 5000 }).toEqual(['Talk', 'Renamed']);
    expect(live.deck().slides.map((slide) => slide.title)).toEqual(['Talk', 'Renamed']);
  });

  it('keeps the last deck and says so when the file is deleted', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n\n## One\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: null, ...seen.callbacks });
    await unlink(path);
    await expect.poll(() => seen.errors.at(-1), { timeout: 5000 }).toMatch(/talk\.md was deleted or moved; Mimbar keeps showing the last version/);
    expect(titles(live.deck())).toEqual(['Talk', 'One']);
  });

  it('coalesces a storm of writes into a deck equal to the last write', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: null, ...seen.callbacks });
    for (let i = 1; i <= 100; i += 1) await writeFile(path, `# Talk\n\n## Slide ${i}\n`);
    await expect.poll(() => titles(seen.decks.at(-1)), { timeout: 5000 }).toEqual(['Talk', 'Slide 100']);
    expect(seen.decks.length).toBeLessThan(100);
    expect(await readFile(path, 'utf8')).toContain('Slide 100');
  });
});
