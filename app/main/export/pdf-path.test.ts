import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPdfPath, fileNameOf, withPdfExtension } from './pdf-path';

describe('PDF paths', () => {
  it('proposes <deck name>.pdf next to the deck', () => {
    expect(defaultPdfPath(join('/decks', 'talk.md'), 'The Talk', '/docs')).toBe(join('/decks', 'talk.pdf'));
    expect(defaultPdfPath(join('/decks', 'kuliah.umum.markdown'), 'x', '/docs')).toBe(join('/decks', 'kuliah.umum.pdf'));
  });

  it('proposes <title>.pdf in the fallback folder for a deck without a file', () => {
    expect(defaultPdfPath(null, 'Manfaat: Hubungan / Internasional?', '/docs')).toBe(join('/docs', 'Manfaat Hubungan Internasional.pdf'));
    expect(fileNameOf('  ..  ')).toBe('slides');
    expect(fileNameOf('a\u0000b')).toBe('a b');
  });

  it('appends .pdf when the chosen name lacks it, but keeps a Markdown name for the export to refuse', () => {
    expect(withPdfExtension('/out/talk')).toBe('/out/talk.pdf');
    expect(withPdfExtension('/out/talk.txt')).toBe('/out/talk.txt.pdf');
    expect(withPdfExtension('/out/talk.md')).toBe('/out/talk.md');
    expect(withPdfExtension('/out/talk.Markdown')).toBe('/out/talk.Markdown');
    expect(withPdfExtension('/out/talk.PDF')).toBe('/out/talk.PDF');
  });
});
