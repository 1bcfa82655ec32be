import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDroppedPath, findDeckArgument, hasDeckExtension } from './deck-path';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-deck-path-'));
  await writeFile(join(dir, 'talk.md'), '# Talk');
  await writeFile(join(dir, 'TALK.MARKDOWN'), '# Talk');
  await writeFile(join(dir, 'picture.png'), 'png');
  await mkdir(join(dir, 'folder.md'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hasDeckExtension', () => {
  it('accepts .md and .markdown in any case, nothing else', () => {
    for (const name of ['a.md', 'a.MD', 'a.Markdown', '/x/y.markdown']) expect(hasDeckExtension(name), name).toBe(true);
    for (const name of ['a.mdx', 'a.md.png', 'md', 'a.txt', 'a.md ']) expect(hasDeckExtension(name), name).toBe(false);
  });
});

describe('checkDroppedPath', () => {
  it('accepts an absolute path to a Markdown file', async () => {
    expect(await checkDroppedPath(join(dir, 'talk.md'))).toBeNull();
    expect(await checkDroppedPath(join(dir, 'TALK.MARKDOWN'))).toBeNull();
  });

  it('refuses other extensions', async () => {
    expect(await checkDroppedPath(join(dir, 'picture.png'))).toMatch(/Markdown files/);
  });

  it('refuses relative paths and NUL', async () => {
    expect(await checkDroppedPath('talk.md')).toMatch(/where that file is/);
    expect(await checkDroppedPath('../talk.md')).toMatch(/where that file is/);
    expect(await checkDroppedPath(`${join(dir, 'talk.md')}\0.md`)).toMatch(/where that file is/);
  });

  it('refuses directories and missing files', async () => {
    expect(await checkDroppedPath(join(dir, 'folder.md'))).toMatch(/not folders/);
    expect(await checkDroppedPath(join(dir, 'gone.md'))).toMatch(/no longer exists/);
  });
});

describe('findDeckArgument', () => {
  it('finds the deck after the app path in development (electron . deck.md)', () => {
    expect(findDeckArgument(['/x/electron', '.', 'slides/talk.md'], true, '/repo')).toBe('/repo/slides/talk.md');
  });

  it('finds the deck after the executable when packaged', () => {
    expect(findDeckArgument(['/Applications/Mimbar', '/Users/a/talk.markdown'], false, '/')).toBe('/Users/a/talk.markdown');
  });

  it('skips switches and other arguments and takes the first deck', () => {
    const argv = ['/x/electron', '.', '--inspect=9229', '--some-flag=a.md', 'notes.txt', 'one.MD', 'two.md'];
    expect(findDeckArgument(argv, true, '/cwd')).toBe('/cwd/one.MD');
  });

  it('does not take the app path or the executable for a deck', () => {
    expect(findDeckArgument(['/x/readme.md', 'app.md'], true, '/cwd')).toBeNull();
    expect(findDeckArgument(['/x/electron', '.'], true, '/cwd')).toBeNull();
    expect(findDeckArgument(['/Applications/Mimbar'], false, '/cwd')).toBeNull();
  });
});
