import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, safeSegments } from './confine-path';

let base: string;
let root: string;

beforeAll(async () => {
  // realpath: on macOS the temp folder itself sits behind a symlink (/var -> /private/var).
  base = await realpath(await mkdtemp(join(tmpdir(), 'mimbar-confine-')));
  root = join(base, 'deck');
  await mkdir(join(root, 'img', 'nested'), { recursive: true });
  await writeFile(join(root, 'slide.png'), 'png');
  await writeFile(join(root, 'my image.png'), 'png');
  await writeFile(join(root, '..hidden.png'), 'png');
  await writeFile(join(root, 'img', 'nested', 'a.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await mkdir(join(base, 'deck-evil'));
  await writeFile(join(base, 'deck-evil', 'x.png'), 'evil');
  await symlink(join(base, 'secret.txt'), join(root, 'leak.png'));
  await symlink(join(base, 'deck-evil'), join(root, 'sibling'));
  await symlink(base, join(root, 'up'));
  await symlink(join(root, 'slide.png'), join(root, 'alias.png'));
  await symlink(join(root, 'img'), join(base, 'link-to-img'));
  await symlink(root, join(base, 'deck-link'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('returns the real path of a file inside the root', async () => {
    expect(await resolveInside(root, 'slide.png')).toBe(join(root, 'slide.png'));
    expect(await resolveInside(root, 'img/nested/a.svg')).toBe(join(root, 'img', 'nested', 'a.svg'));
    expect(await resolveInside(root, './img//nested/a.svg')).toBe(join(root, 'img', 'nested', 'a.svg'));
  });

  it('decodes percent-encoding exactly once', async () => {
    expect(await resolveInside(root, 'my%20image.png')).toBe(join(root, 'my image.png'));
    // `%252e%252e` decodes once to the literal name `%2e%2e`, which does not exist: not a parent.
    expect(await resolveInside(root, '%252e%252e/secret.txt')).toBeNull();
  });

  it('accepts names that merely start with two dots', async () => {
    expect(await resolveInside(root, '..hidden.png')).toBe(join(root, '..hidden.png'));
  });

  it('refuses parent segments, raw or encoded', async () => {
    for (const path of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', 'img/../../secret.txt', '..']) {
      expect(await resolveInside(root, path), path).toBeNull();
    }
  });

  it('refuses absolute paths, drive letters, backslashes, colons and NUL', async () => {
    const refused = [
      join(base, 'secret.txt'),
      encodeURIComponent(join(base, 'secret.txt')),
      '/etc/passwd',
      '%2Fetc%2Fpasswd',
      '//server/share/x.png',
      'C:/Windows/win.ini',
      'c:%5Cwindows',
      '..\\secret.txt',
      '..%5Csecret.txt',
      'img\\nested\\a.svg',
      'slide.png:stream',
      'slide.png%00.md',
      'slide.png\0',
    ];
    for (const path of refused) expect(await resolveInside(root, path), path).toBeNull();
  });

  it('refuses malformed escapes and empty paths', async () => {
    expect(await resolveInside(root, '%E0%A4%A')).toBeNull();
    expect(await resolveInside(root, '%')).toBeNull();
    expect(await resolveInside(root, '')).toBeNull();
    expect(await resolveInside(root, '/')).toBeNull();
    expect(await resolveInside(root, '.')).toBeNull();
  });

  it('refuses symlinks that leave the root, including to a sibling with the same prefix', async () => {
    expect(await resolveInside(root, 'leak.png')).toBeNull();
    expect(await resolveInside(root, 'sibling/x.png')).toBeNull();
    expect(await resolveInside(root, 'up/secret.txt')).toBeNull();
  });

  it('follows symlinks that stay inside the root and returns the target', async () => {
    expect(await resolveInside(root, 'alias.png')).toBe(join(root, 'slide.png'));
  });

  it('works when the root itself is reached through a symlink', async () => {
    expect(await resolveInside(join(base, 'deck-link'), 'slide.png')).toBe(join(root, 'slide.png'));
    expect(await resolveInside(join(base, 'link-to-img'), 'nested/a.svg')).toBe(join(root, 'img', 'nested', 'a.svg'));
  });

  it('returns null for directories, missing files and a missing root', async () => {
    expect(await resolveInside(root, 'img')).toBeNull();
    expect(await resolveInside(root, 'img/nested/')).toBeNull();
    expect(await resolveInside(root, 'nope.png')).toBeNull();
    expect(await resolveInside(join(base, 'no-such-root'), 'slide.png')).toBeNull();
  });
});

describe('safeSegments', () => {
  it('splits and normalizes a clean path', () => {
    expect(safeSegments('a/./b//c.png')).toEqual(['a', 'b', 'c.png']);
  });

  it('refuses what could escape', () => {
    expect(safeSegments('a/../b')).toBeNull();
    expect(safeSegments('D:%2Fx')).toBeNull();
  });
});
