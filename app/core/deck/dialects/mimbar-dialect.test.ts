import { describe, expect, it } from 'vitest';
import { buildDeck } from '../build-deck';

describe("Mimbar's own dialects", () => {
  it('makes no slide of a comment above the first heading, and says so', () => {
    const deck = buildDeck('<!-- licence: CC-BY, Bu Sari -->\n\n# Judul\n\nIsi pertama.\n\n## Dua\n\nTeks.\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Judul', 'Dua']);
    expect(deck.warnings).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringContaining('comment above the first heading') }));
  });

  it('never takes a title from the notes of a slide without a heading', () => {
    const deck = buildDeck('# A\n\n---\n\nFoo\n\nNote: test note\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['A', 'Foo']);
    expect(deck.slides[1]?.notes.text).toBe('test note');
  });

  it('warns, by line, when a `---` right under text makes a heading instead of a new slide', () => {
    for (const text of ['# A\n\ntext\n\n---\n\nFoo\n---\n\nBar\n', '# A\n\n## B\n\nFoo\n---\n\nBar\n']) {
      const deck = buildDeck(text);
      expect(deck.warnings).toContainEqual(expect.objectContaining({ line: text.split('\n').indexOf('Foo') + 2, message: expect.stringContaining('makes that line a heading') }));
    }
    expect(buildDeck('# A\n\ntext\n\n---\n\nFoo\n\n---\n\nBar\n').warnings).toEqual([]);
  });

  it('adds no title slide to a deck of another tool that has a front matter title and no heading', () => {
    const deck = buildDeck('---\nmarp: true\ntitle: Ekosistem\n---\n\nHanya teks.\n\n---\n\nLagi.\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Hanya teks.', 'Lagi.']);
    expect(deck.meta.title).toBe('Ekosistem');
  });
});
