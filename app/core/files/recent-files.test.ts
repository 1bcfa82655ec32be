import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT } from './recent-files';

let dir: string;
const deck = async (name: string): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, '# Deck\n');
  return path;
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-recent-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createRecentFiles', () => {
  it('lists decks newest first, without duplicates, and remembers them across instances', async () => {
    const store = join(dir, 'recent.json');
    const recent = createRecentFiles(store);
    const [a, b] = [await deck('a.md'), await deck('b.md')];
    await recent.add(a);
    await recent.add(b);
    expect(await recent.add(a)).toEqual([a, b]);
    expect(await createRecentFiles(store).list()).toEqual([a, b]);
  });

  it('drops decks that are gone when listing, and keeps at most the maximum', async () => {
    const recent = createRecentFiles(join(dir, 'recent.json'));
    const paths: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i += 1) {
      paths.push(await deck(`d${i}.md`));
      await recent.add(paths[i] as string);
    }
    expect(await recent.list()).toEqual(paths.slice(-MAX_RECENT).reverse());
    await unlink(paths.at(-1) as string);
    expect(await recent.list()).toEqual(paths.slice(-MAX_RECENT, -1).reverse());
  });

  it('ignores a store that is not valid JSON or not the expected shape, and clears', async () => {
    const store = join(dir, 'recent.json');
    await writeFile(store, '{ not json');
    expect(await createRecentFiles(store).list()).toEqual([]);
    await writeFile(store, JSON.stringify({ version: 1, paths: [42, { __proto__: {} }] }));
    expect(await createRecentFiles(store).list()).toEqual([]);
    const recent = createRecentFiles(store);
    await recent.add(await deck('a.md'));
    await recent.clear();
    expect(await recent.list()).toEqual([]);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ version: 1, paths: [] });
  });

  it('keeps both of two opens made at once', async () => {
    const recent = createRecentFiles(join(dir, 'recent.json'));
    const [a, b] = [await deck('a.md'), await deck('b.md')];
    await Promise.all([recent.add(a), recent.add(b)]);
    expect(await recent.list()).toEqual([b, a]);
  });
});
