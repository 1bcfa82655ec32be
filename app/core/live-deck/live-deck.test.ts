import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
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
    await expect.poll(() => seen.errors.at(-1), { timeout: 5000 }).toMatch(/talk\.md was deleted or moved\. Mimbar keeps showing the last version/);
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

describe('openLiveDeck: faults on reload', () => {
  it('keeps the last deck and says why when the file is replaced by a folder', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n\n## One\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: join(dir, 'journal'), ...seen.callbacks });
    await unlink(path);
    await mkdir(path);
    await expect.poll(() => seen.errors.at(-1), { timeout: 5000 }).toMatch(/talk\.md is a folder, not a Markdown file\. Mimbar keeps showing the last version\./);
    expect(titles(live.deck())).toEqual(['Talk', 'One']);
    expect(seen.decks).toEqual([]);
  });

  it('renders a file written in chunks once, complete, not half-written', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: join(dir, 'journal'), ...seen.callbacks });
    const handle = await open(path, 'w');
    for (const chunk of ['# Talk\n\n## One\n\n', 'Half of a paragraph', ' and its end.\n\n## Two\n']) {
      await handle.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await handle.close();
    await expect.poll(() => titles(seen.decks.at(-1)), { timeout: 5000 }).toEqual(['Talk', 'One', 'Two']);
    expect(seen.decks.map(titles)).toEqual([['Talk', 'One', 'Two']]);
  });

  it('notices every link renamed over the deck, never shows what it points to, and shows the file again once it is back', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(path, '# Talk\n\n## One\n');
    const secret = join(dir, 'secret.md');
    await writeFile(secret, '# Secret\n\n## Not for the class\n');
    for (const journalDir of [join(dir, 'journal'), null]) {
      const seen = recorder();
      live = await openLiveDeck({ path, journalDir, ...seen.callbacks });
      for (let swap = 1; swap <= 5; swap += 1) {
        await symlink(secret, `${path}.link`);
        await rename(`${path}.link`, path);
        await expect.poll(() => seen.errors.length, { timeout: 5000 }).toBe(swap);
        expect(seen.errors.at(-1)).toBe('talk.md is now a link to another file; Mimbar does not follow it. Mimbar keeps showing the last version.');
        await writeFile(`${path}.new`, `# Talk\n\n## One\n\n## Swap ${swap}\n`);
        await rename(`${path}.new`, path);
        await expect.poll(() => titles(seen.decks.at(-1)), { timeout: 5000 }).toEqual(['Talk', 'One', `Swap ${swap}`]);
      }
      expect(seen.decks.flatMap(titles)).not.toContain('Secret');
      await live.close();
      live = null;
      await writeFile(path, '# Talk\n\n## One\n');
    }
  });

  it('refuses a FIFO and a link to /dev/zero at once, without blocking or reading forever', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'zero.md');
    await symlink('/dev/zero', zero);
    for (const path of [fifo, zero]) {
      await expect(openLiveDeck({ path, journalDir: join(dir, 'journal'), ...recorder().callbacks })).rejects.toThrow(/is not a regular file/);
    }
  });
});

describe('openLiveDeck: a file that is not valid UTF-8', () => {
  it('opens with a notice and read-only notes, and its bytes are never written', async () => {
    const path = join(dir, 'latin1.md');
    const bytes = Buffer.from('# Caf\xe9\n\n## Men\xfa\n\nTexte.\n', 'latin1');
    await writeFile(path, bytes);
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: join(dir, 'journal'), ...seen.callbacks });
    expect(live.notice()).toMatch(/^latin1\.md is not valid UTF-8 text/);
    expect(live.notes()).toBeNull();
    expect(live.notesStatus()).toMatchObject({ state: 'read-only', message: live.notice() });
    expect(titles(live.deck())).toEqual(['Caf\uFFFD', 'Men\uFFFD']);
    await live.close();
    live = null;
    expect(await readFile(path)).toEqual(bytes);
  });
});

describe('openLiveDeck: the images a deck shows', () => {
  it('shows the deck again with a new asset version when an image changes, also one copied in later', async () => {
    const path = join(dir, 'talk.md');
    await mkdir(join(dir, 'img'));
    await writeFile(join(dir, 'img', 'peta.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path, '# Talk\n\n## Map\n\n![Peta](img/peta.svg)\n\n## Chart\n\n![Chart](img/chart.svg)\n\n![Web](https://example.org/x.png)\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: null, ...seen.callbacks });
    expect(live.assetVersion()).toBe(0);

    await writeFile(join(dir, 'img', 'peta.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="2"/>');
    await expect.poll(() => live?.assetVersion(), { timeout: 5000 }).toBe(1);
    expect(seen.decks.at(-1)).toBe(live.deck());

    // The chart was missing: copying it in shows it.
    await writeFile(join(dir, 'img', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await expect.poll(() => live?.assetVersion(), { timeout: 5000 }).toBe(2);
  });

  it('follows the deck: an image no longer used is no longer watched', async () => {
    const path = join(dir, 'talk.md');
    await writeFile(join(dir, 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path, '# Talk\n\n![A](a.svg)\n');
    const seen = recorder();
    live = await openLiveDeck({ path, journalDir: null, ...seen.callbacks });
    await writeFile(path, '# Talk\n\nNo image now.\n');
    await expect.poll(() => seen.decks.length, { timeout: 5000 }).toBe(1);
    await writeFile(join(dir, 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="3"/>');
    // A later change of the deck file is seen, while the old image's change was not.
    await writeFile(path, '# Talk\n\nStill no image.\n');
    await expect.poll(() => seen.decks.length, { timeout: 5000 }).toBe(2);
    expect(live.assetVersion()).toBe(0);
  });
});
