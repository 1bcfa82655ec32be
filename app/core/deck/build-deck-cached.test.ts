import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { buildDeckCached, cachedBuildStats } from './build-deck-cached';
import { repeatDeck } from '../../../tests/support/random-edits';

describe('buildDeckCached', () => {
  it('returns the same deck for the same text and options, and a fresh one when either differs', () => {
    const text = '# Talk\n\n## One\n';
    const first = buildDeckCached(text);
    expect(buildDeckCached(text)).toBe(first);
    expect(buildDeckCached(text, { hasBom: true })).not.toBe(first);
    expect(buildDeckCached(text, { hasBom: true }).meta.hasBom).toBe(true);
    expect(buildDeckCached(`${text}\n## Two\n`).slides.map((slide) => slide.title)).toEqual(['Talk', 'One', 'Two']);
  });

  it('forgets the oldest text once it holds more than a few', () => {
    const first = buildDeckCached('# A\n');
    for (let i = 0; i < 6; i += 1) buildDeckCached(`# B${i}\n`);
    expect(buildDeckCached('# A\n')).not.toBe(first);
    expect(buildDeckCached('# A\n').slides[0]?.title).toBe('A');
  });
});

describe('buildDeckCached: same result as buildDeck', () => {
  it('for decks with and without a title, with and without a BOM', () => {
    for (const text of ['# Talk\n\n## One\n', 'Only a paragraph.\n', '---\ntitle: ""\n---\n\nText.\n', '---\ntitle: Named\n---\n\n## One\n']) {
      for (const options of [{}, { hasBom: true }, { fallbackTitle: 'file.md' }]) {
        expect(buildDeckCached(text, options), `${JSON.stringify(text)} ${JSON.stringify(options)}`).toEqual(buildDeck(text, options));
      }
    }
  });
});

describe('buildDeckCached: a text not seen before', () => {
  const article = readFileSync(new URL('../../../slides/manfaat-hubungan-internasional.md', import.meta.url), 'utf8');
  const large = repeatDeck(article, 10);

  it('renders again only the section an edit touched, and gives the deck buildDeck gives', () => {
    buildDeckCached(large);
    const edited = large.replace('Latihan militer bersama memperkuat', 'Latihan militer gabungan memperkuat');
    const deck = buildDeckCached(edited, { fallbackTitle: 'deck.md' });
    expect(cachedBuildStats()).toMatchObject({ piecesLexed: 1, slidesBuilt: 1 });
    expect(deck).toStrictEqual(buildDeck(edited, { fallbackTitle: 'deck.md' }));
  });
});
