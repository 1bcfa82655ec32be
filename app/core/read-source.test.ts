import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeDeckBytes, readDeckSource } from './read-source';

const dir = mkdtempSync(join(tmpdir(), 'mimbar-read-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readDeckSource', () => {
  it('reads UTF-8 with a BOM, removing it and remembering it', async () => {
    const source = await readDeckSource(file('bom.md', '\uFEFF# Judul\r\n'));
    expect(source).toMatchObject({ text: '# Judul\r\n', hasBom: true, encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Halo 👋', 'utf16le')]);
    expect(decodeDeckBytes(le)).toMatchObject({ text: '# Halo 👋', encoding: 'utf-16le', hasBom: true });
  });

  it('refuses binary files, invalid UTF-8, folders, missing files and FIFOs with one clear line', async () => {
    const png = file('logo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expect(readDeckSource(png)).rejects.toMatchObject({ code: 'not-text', message: 'logo.md is not a text file (it contains binary data).' });
    await expect(readDeckSource(file('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9])))).rejects.toMatchObject({ code: 'not-text' });
    mkdirSync(join(dir, 'folder.md'));
    await expect(readDeckSource(join(dir, 'folder.md'))).rejects.toMatchObject({ code: 'is-directory' });
    await expect(readDeckSource(join(dir, 'missing.md'))).rejects.toMatchObject({ code: 'not-found' });
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    await expect(readDeckSource(fifo)).rejects.toMatchObject({ code: 'not-regular' });
  });
});
