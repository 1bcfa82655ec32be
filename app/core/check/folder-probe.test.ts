import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderProbe, type Probe } from './folder-probe';

let base: string;
let probe: Probe;

beforeAll(async () => {
  // realpath: on macOS the temp folder itself sits behind a symlink (/var -> /private/var).
  base = await realpath(await mkdtemp(join(tmpdir(), 'mimbar-check-probe-')));
  const deck = join(base, 'deck');
  await mkdir(join(deck, 'img'), { recursive: true });
  await writeFile(join(deck, 'img', 'chart.png'), 'png');
  await writeFile(join(deck, 'my pic.png'), 'png');
  await writeFile(join(deck, 'notes.txt'), 'text');
  await writeFile(join(base, 'secret.png'), 'outside');
  await symlink(join(base, 'secret.png'), join(deck, 'leak.png'));
  await symlink(base, join(deck, 'up'));
  await symlink(join(deck, 'img', 'chart.png'), join(deck, 'alias.png'));
  probe = createFolderProbe(deck);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('createFolderProbe', () => {
  it('finds media files inside the folder, also through a symlink that stays inside', async () => {
    expect(await probe('img/chart.png')).toBe('ok');
    expect(await probe('./img/chart.png?v=1')).toBe('ok');
    expect(await probe('my%20pic.png')).toBe('ok');
    expect(await probe('alias.png')).toBe('ok');
  });

  it('says missing for a file that is not there, or a folder', async () => {
    expect(await probe('img/missing.png')).toBe('missing');
    expect(await probe('img')).toBe('missing');
  });

  it('refuses ../, encoded traversal and absolute paths, even when the file exists', async () => {
    expect(await probe('../secret.png')).toBe('outside');
    expect(await probe('%2e%2e/secret.png')).toBe('outside');
    expect(await probe('img/%2E%2E/%2e%2e/secret.png')).toBe('outside');
    expect(await probe(join(base, 'secret.png'))).toBe('outside');
    expect(await probe(`file://${join(base, 'secret.png')}`)).toBe('outside');
  });

  it('refuses a symlink that leaves the folder (realpath)', async () => {
    expect(await probe('leak.png')).toBe('outside');
    expect(await probe('up/secret.png')).toBe('outside');
  });

  it('says unsupported for a file the deck route does not serve', async () => {
    expect(await probe('notes.txt')).toBe('unsupported');
  });
});
