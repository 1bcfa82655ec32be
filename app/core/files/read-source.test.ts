import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDeck } from './load-deck';
import { decodeDeckBytes, readDeckText } from './read-source';

const dir = mkdtempSync(join(tmpdir(), 'mimbar-read-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readDeckText', () => {
  it('reads UTF-8 with a BOM, removing it and remembering it', async () => {
    const source = await readDeckText(file('bom.md', '\uFEFF# Judul\r\n'));
    expect(source).toMatchObject({ text: '# Judul\r\n', hasBom: true, encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Halo 👋', 'utf16le')]);
    expect(decodeDeckBytes(le)).toMatchObject({ text: '# Halo 👋', encoding: 'utf-16le', hasBom: true });
  });

  it('decodes invalid UTF-8 (Latin-1) with U+FFFD and flags it, so the deck opens but is never written back', async () => {
    const source = await readDeckText(file('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])));
    expect(source).toMatchObject({ text: 'caf\uFFFD\n', encoding: 'utf-8', hasInvalidBytes: true });
    const deck = await loadDeck(join(dir, 'latin1.md'));
    expect(deck.warnings[0]?.message).toMatch(/^latin1\.md is not valid UTF-8 text: .* Mimbar will not write into the file/);
  });

  it('refuses binary files, folders, missing files, FIFOs and links to devices with one clear line', async () => {
    const png = file('logo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expect(readDeckText(png)).rejects.toMatchObject({ code: 'not-text', message: 'logo.md is not a text file (it contains binary data).' });
    mkdirSync(join(dir, 'folder.md'));
    await expect(readDeckText(join(dir, 'folder.md'))).rejects.toMatchObject({ code: 'is-directory' });
    await expect(readDeckText(join(dir, 'missing.md'))).rejects.toMatchObject({ code: 'not-found' });
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    await expect(readDeckText(fifo)).rejects.toMatchObject({ code: 'not-regular' });
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    await expect(readDeckText(join(dir, 'zero.md'))).rejects.toMatchObject({ code: 'not-regular', message: `${join(dir, 'zero.md')} is not a regular file.` });
  });
});
