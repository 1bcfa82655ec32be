import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, type BuildOptions } from '../build-deck';
import { createIncrementalBuilder } from './build-deck-incremental';
import { EDGE_BLOCKS, randomEdit, randomEncoding, repeatDeck, seededRandom } from '../../../../tests/support/random-edits';

const root = new URL('../../../../', import.meta.url).pathname;
const markdownFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name))
    .sort();
const files = [...markdownFiles('slides'), ...markdownFiles('tests/fixtures')];
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const article = read('slides/manfaat-hubungan-internasional.md');
const OPTIONS: BuildOptions[] = [{}, { fallbackTitle: 'file.md' }, { hasBom: true }];

describe('the incremental builder gives the deck buildDeck gives', () => {
  it('finds the decks it is checked on', () => {
    expect(files).toContain('slides/manfaat-hubungan-internasional.md');
    expect(files.filter((file) => file.startsWith('tests/fixtures/')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('for %s, as is, with CRLF, with a BOM, with each option', (file) => {
    const text = read(file);
    const builder = createIncrementalBuilder();
    for (const variant of [text, text.replace(/\r?\n/g, '\r\n'), `\uFEFF${text}`]) {
      for (const options of OPTIONS) expect(builder.build(variant, options)).toStrictEqual(buildDeck(variant, options));
    }
  });

  it('for every deck built in turn by one builder, twice', () => {
    const builder = createIncrementalBuilder();
    for (let round = 0; round < 2; round += 1) {
      for (const file of files) expect(builder.build(read(file)), file).toStrictEqual(buildDeck(read(file)));
    }
  });

  it.each(EDGE_BLOCKS.map((block, index) => [index, block(index)]))('after edge block %i is put into the article, then edited around', (_, block) => {
    const builder = createIncrementalBuilder();
    builder.build(article);
    const headings = [...article.matchAll(/^## /gm)].map((match) => match.index);
    for (const at of [headings[1] ?? 0, headings[headings.length - 1] ?? 0]) {
      const text = `${article.slice(0, at)}${block}\n${article.slice(at)}`;
      expect(builder.build(text)).toStrictEqual(buildDeck(text));
      const edited = text.replace('Latihan militer bersama', 'Latihan bersama');
      expect(builder.build(edited)).toStrictEqual(buildDeck(edited));
    }
  });

  it('over 150 seeded random edits of the article', () => {
    checkEdits(article, 1, 150);
  });

  it('over 40 seeded random edits of the article repeated 10 times', () => {
    checkEdits(repeatDeck(article, 10), 2, 40);
  });
});

/** Edits `base` step by step (sometimes back to `base`), comparing each build with a full build. */
function checkEdits(base: string, seed: number, steps: number): void {
  const random = seededRandom(seed);
  const builder = createIncrementalBuilder();
  let text = base;
  for (let step = 0; step < steps; step += 1) {
    text = random() < 0.05 ? base : randomEdit(text, random, step);
    const variant = randomEncoding(text, random);
    const options = OPTIONS[Math.floor(random() * OPTIONS.length)];
    expect(builder.build(variant, options), `seed ${seed}, step ${step}`).toStrictEqual(buildDeck(variant, options));
  }
}

describe('the incremental builder, on edits that move things around', () => {
  const deck = '---\ntitle: Talk\nauthor: Ann\n---\n\n# Talk\n\n## Intro\n\nHello there. More text.\n\n## Body\n\nText.\n\nNote: notes here.\n\n## Intro\n\nAgain.\n';
  const same = (builder: ReturnType<typeof createIncrementalBuilder>, text: string, options: BuildOptions = {}): void => {
    expect(builder.build(text, options)).toStrictEqual(buildDeck(text, options));
  };

  it('gives shifted ids when a heading above is renamed to a title that exists', () => {
    const builder = createIncrementalBuilder();
    same(builder, deck);
    const renamed = deck.replace('## Body', '## Intro');
    same(builder, renamed);
    // The renamed slide is built again; the others are reused with the ids their new places give them.
    expect(builder.stats()).toMatchObject({ slidesBuilt: 1, slidesReused: 3 });
    expect(builder.build(renamed).slides.map((slide) => slide.id)).toEqual(['talk', 'intro', 'intro-2', 'intro-3']);
  });

  it('moves source lines and notes lines when lines are added above', () => {
    const builder = createIncrementalBuilder();
    same(builder, deck);
    same(builder, deck.replace('Hello there.', 'Hello there.\n\nA new paragraph.\n\nAnd one more.'));
  });

  it('rebuilds what front matter changes: the author on the title slide, condensing everywhere', () => {
    const builder = createIncrementalBuilder();
    same(builder, deck);
    same(builder, deck.replace('author: Ann', 'author: Bob'));
    expect(builder.stats()).toMatchObject({ slidesBuilt: 1, slidesReused: 3 });
    same(builder, deck.replace('author: Ann', 'condense: false'));
    expect(builder.stats().slidesBuilt).toBe(4);
  });

  it('places a slide again when it becomes a vertical one', () => {
    const builder = createIncrementalBuilder();
    const slides = '# One\n\nA.\n\n---\n\n## Two\n\nB.\n\n---\n\n## Three\n\nC.\n';
    same(builder, slides);
    same(builder, slides.replace('---\n\n## Three', '----\n\n## Three'));
    same(builder, slides);
  });

  it('shows the same placeholders when out of time, and does not keep them', () => {
    const builder = createIncrementalBuilder();
    same(builder, deck);
    // A budget already spent: every slide is late, in a full build and here, cached or not.
    same(builder, deck, { budgetMs: -1 });
    expect(builder.build(deck, { budgetMs: -1 }).slides.every((slide) => slide.isPlaceholder)).toBe(true);
    same(builder, `${deck}\nMore.\n`);
    expect(builder.stats().slidesBuilt).toBe(1);
  });

  it('keeps placeholders for hazards, with their lines, when an edit moves them', () => {
    const builder = createIncrementalBuilder();
    const hazardous = `${deck}\n## Deep\n\n${'>'.repeat(60)} deep\n\n## After\n\nText.\n`;
    same(builder, hazardous);
    same(builder, hazardous.replace('Hello there.', 'Hello\n\nthere.'));
    same(builder, hazardous.replace('## After', '## After\n\nSome more.\n\n## Later'));
  });

  it('reuses slides when a link definition makes it lex the whole text', () => {
    const builder = createIncrementalBuilder();
    // The link is used on one slide and defined on another.
    const linked = `${deck.replace('Text.', '- See [the site][site].')}\n## Links\n\n[site]: https://example.com\n`;
    same(builder, linked);
    same(builder, linked.replace('Again.', 'Once again.'));
    expect(builder.stats()).toMatchObject({ piecesLexed: 1, piecesReused: 0, slidesBuilt: 1 });
    same(builder, linked.replace('https://example.com', 'https://example.org'));
    expect(builder.build(linked.replace('https://example.com', 'https://example.org')).slides[2]?.html).toContain('https://example.org');
  });
});

describe('the incremental builder, on a large deck', () => {
  const large = repeatDeck(article, 20);

  it('lexes and renders only the section a one-word edit touched', () => {
    const builder = createIncrementalBuilder();
    builder.build(large);
    const at = large.indexOf('Latihan militer bersama memperkuat', large.length / 2);
    const edited = `${large.slice(0, at)}Latihan-latihan${large.slice(at + 'Latihan'.length)}`;
    const deck = builder.build(edited);
    expect(builder.stats()).toMatchObject({ piecesLexed: 1, slidesBuilt: 1, isCached: true });
    // Every other raw slide (a section with its grouped sub-sections is one) is reused.
    expect(builder.stats().slidesReused).toBeGreaterThan(300);
    expect(deck).toStrictEqual(buildDeck(edited));
  });
});
