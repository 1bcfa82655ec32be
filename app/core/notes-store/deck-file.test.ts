import { describe, expect, it } from 'vitest';
import { decodeDeckBytes, DeckInputError } from '../files/read-source';
import { encodeSource, hashBytes } from './deck-file';
import { describeFault } from './save-errors';

describe('encodeSource', () => {
  it('encodes text back to the bytes it was decoded from, in every supported encoding', () => {
    const text = '# Salam 👋\r\nCatatan — ✓\n';
    const samples = [
      Buffer.from(text, 'utf8'),
      Buffer.from(`\uFEFF${text}`, 'utf8'),
      Buffer.from(`\uFEFF${text}`, 'utf16le'),
      Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(),
    ];
    for (const bytes of samples) expect(encodeSource(text, decodeDeckBytes(bytes))).toEqual(bytes);
  });
});

describe('hashBytes', () => {
  it('tells apart contents of the same size', () => {
    expect(hashBytes(Buffer.from('abc'))).not.toBe(hashBytes(Buffer.from('abd')));
    expect(hashBytes(Buffer.from('abc'))).toBe(hashBytes(new Uint8Array([0x61, 0x62, 0x63])));
  });
});

describe('describeFault', () => {
  const fault = (code: string, path = '/d/deck.md'): NodeJS.ErrnoException => Object.assign(new Error(code), { code, path });
  it('turns errno codes into the end of one sentence, telling the file from its folder', () => {
    expect(describeFault(fault('EACCES'), '/d/deck.md')).toBe('cannot be written because it is read-only');
    expect(describeFault(fault('EACCES', '/d/deck.md.12345'), '/d/deck.md')).toBe('cannot be written because its folder is read-only');
    expect(describeFault(fault('EPERM'), '/d/deck.md')).toBe('cannot be written because it is read-only');
    expect(describeFault(fault('EROFS'), '/d/deck.md')).toBe('cannot be written because the disk it is on is read-only');
    expect(describeFault(fault('ENOSPC'), '/d/deck.md')).toBe('cannot be written because the disk is full');
    expect(describeFault(fault('ENOENT'), '/d/deck.md')).toBe('was moved or deleted');
    expect(describeFault(fault('ENOENT'), '/d/deck.md', true)).toBe('cannot be written because its folder does not exist');
    expect(describeFault(fault('EIO'), '/d/deck.md')).toBe('could not be saved (EIO)');
    expect(describeFault(new DeckInputError('not-text', 'deck.md is not a text file.'), '/d/deck.md')).toBe('is no longer valid UTF-8 text, so Mimbar will not write into it');
  });
});
