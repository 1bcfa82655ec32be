import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../build-deck';
import { createDeckBuilder } from './deck-builder';
import { repeatDeck } from '../../../../tests/support/random-edits';

describe('createDeckBuilder', () => {
  it('returns the same deck for the same text and options, and a fresh one when either differs', () => {
    const { build } = createDeckBuilder();
    const text = '# Talk\n\n## One\n';
    const first = build(text);
    expect(build(text)).toBe(first);
    expect(build(text, { hasBom: true })).not.toBe(first);
    expect(build(text, { hasBom: true }).meta.hasBom).toBe(true);
    expect(build(`${text}\n## Two\n`).slides.map((slide) => slide.title)).toEqual(['Talk', 'One', 'Two']);
  });

  it('forgets the oldest text once it holds more than a few', () => {
    const { build } = createDeckBuilder();
    const first = build('# A\n');
    for (let i = 0; i < 6; i += 1) build(`# B${i}\n`);
    expect(build('# A\n')).not.toBe(first);
    expect(build('# A\n').slides[0]?.title).toBe('A');
  });

  it('shares nothing between builders', () => {
    const text = '# Talk\n';
    expect(createDeckBuilder().build(text)).not.toBe(createDeckBuilder().build(text));
  });
});

describe('DeckBuilder.build: same result as buildDeck', () => {
  it('for decks with and without a title, with and without a BOM', () => {
    const { build } = createDeckBuilder();
    for (const text of ['# Talk\n\n## One\n', 'Only a paragraph.\n', '---\ntitle: ""\n---\n\nText.\n', '---\ntitle: Named\n---\n\n## One\n']) {
      for (const options of [{}, { hasBom: true }, { fallbackTitle: 'file.md' }]) {
        expect(build(text, options), `${JSON.stringify(text)} ${JSON.stringify(options)}`).toEqual(buildDeck(text, options));
      }
    }
  });
});

describe('DeckBuilder.build: a text not seen before', () => {
  const article = readFileSync(new URL('../../../../slides/manfaat-hubungan-internasional.md', import.meta.url), 'utf8');
  const large = repeatDeck(article, 10);

  it('renders again only the section an edit touched, and gives the deck buildDeck gives', () => {
    const builder = createDeckBuilder();
    builder.build(large);
    const edited = large.replace('Latihan militer bersama memperkuat', 'Latihan militer gabungan memperkuat');
    const deck = builder.build(edited, { fallbackTitle: 'deck.md' });
    expect(builder.stats()).toMatchObject({ piecesLexed: 1, slidesBuilt: 1 });
    expect(deck).toStrictEqual(buildDeck(edited, { fallbackTitle: 'deck.md' }));
  });
});
