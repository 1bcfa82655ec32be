import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createImportReader, MAX_IMPORT_BYTES } from './deck-imports';

const root = mkdtempSync(join(tmpdir(), 'mimbar-imports-'));
const deckFolder = join(root, 'deck');
mkdirSync(join(deckFolder, 'pages'), { recursive: true });
writeFileSync(join(deckFolder, 'pages', 'intro.md'), '# Pengantar\n');
writeFileSync(join(root, 'secret.md'), '# Secret\n');
writeFileSync(join(deckFolder, 'pages', 'big.md'), 'x'.repeat(MAX_IMPORT_BYTES + 1));
writeFileSync(join(deckFolder, 'pages', 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
symlinkSync(join(root, 'secret.md'), join(deckFolder, 'pages', 'link-out.md'));
execFileSync('mkfifo', [join(deckFolder, 'pages', 'fifo.md')]);
const read = createImportReader(join(deckFolder, 'slides.md'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createImportReader', () => {
  it('reads a Markdown file inside the deck folder', () => {
    expect(read('./pages/intro.md')).toBe('# Pengantar\n');
    expect(read('pages/intro.md')).toBe('# Pengantar\n');
  });

  it('refuses every way out of the deck folder', () => {
    for (const path of ['../secret.md', 'pages/../../secret.md', join(root, 'secret.md'), '/etc/hostname', 'pages/link-out.md', 'C:/x.md', '%2e%2e/secret.md']) {
      expect(read(path), path).toBeNull();
    }
  });

  it('refuses what is not a small Markdown text file, without blocking on a FIFO', () => {
    for (const path of ['pages/missing.md', 'pages', 'pages/big.md', 'pages/binary.md', 'pages/fifo.md', 'pages/intro.txt']) expect(read(path), path).toBeNull();
  });
});
