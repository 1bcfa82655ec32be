import { describe, expect, it } from 'vitest';
import { buildDeck } from '../build-deck';
import { detectDialect } from './detect-dialect';

describe('detectDialect', () => {
  it('takes the tool a front matter key names, and `dialect:` over everything', () => {
    expect(detectDialect({ marp: true }, '# A').dialect).toBe('marp');
    expect(detectDialect({ format: 'revealjs' }, '## A').dialect).toBe('quarto');
    expect(detectDialect({ format: { revealjs: { incremental: true } } }, '## A').dialect).toBe('quarto');
    expect(detectDialect({ separator: '<!--s-->' }, '# A').dialect).toBe('reveal');
    expect(detectDialect({ revealOptions: { transition: 'fade' } }, '# A').dialect).toBe('reveal');
    expect(detectDialect({ theme: 'seriph' }, '# A').dialect).toBe('slidev');
    expect(detectDialect({ layout: 'cover' }, '# A').dialect).toBe('slidev');
    expect(detectDialect({ marp: true, dialect: 'mimbar' }, '# A')).toEqual({ dialect: 'mimbar', reason: 'front matter `dialect:`' });
  });

  it('reads a deck body for constructs only one tool writes, outside code fences', () => {
    expect(detectDialect({}, '# A\n\n---\nlayout: center\nclass: text-center\n---\n\n# B\n').dialect).toBe('slidev');
    expect(detectDialect({}, '# A\n\n<!-- _class: lead -->\n\n---\n\n# B\n').dialect).toBe('marp');
    expect(detectDialect({}, '# A\n\n<!--\npaginate: true\n-->\n\n---\n\n# B\n').dialect).toBe('marp');
    expect(detectDialect({}, '# A\n<!-- .slide: data-background="#000" -->\n\n---\n\n# B\n').dialect).toBe('reveal');
    expect(detectDialect({}, '## A {background-color="#123"}\n\n---\n\n## B\n').dialect).toBe('quarto');
    expect(detectDialect({}, '```md\n<!-- _class: lead -->\n---\nlayout: center\n---\n```\n\n---\n\n# B\n').dialect).toBe('mimbar');
  });

  it('leaves an article an article when it borrows another tool’s comments, except a heading divider', () => {
    expect(detectDialect({}, '# A\n\n<!-- .slide: data-background="#000" -->\n\n## B\n').dialect).toBe('mimbar');
    // A `---` inside a comment is no separator.
    expect(detectDialect({}, '# A\n\n<!-- .slide: x -->\n\n<!--\n---\n-->\n').dialect).toBe('mimbar');
    expect(detectDialect({}, '<!-- headingDivider: 2 -->\n\n# A\n\n## B\n').dialect).toBe('marp');
  });
});

describe('the dialect a built deck reports', () => {
  it('names the dialect and why, in the deck', () => {
    const deck = buildDeck('---\nmarp: true\n---\n\n# A\n');
    expect(deck.meta).toMatchObject({ dialect: 'marp', dialectReason: 'front matter `marp: true`', style: 'deck' });
    expect(buildDeck('# A\n\n## B\n').meta).toMatchObject({ dialect: 'article', style: 'article' });
    expect(buildDeck('# A\n\n---\n\n# B\n').meta).toMatchObject({ dialect: 'mimbar', style: 'deck' });
    expect(buildDeck('---\ndialect: article\n---\n\n# A\n\n---\n\n## B\n').meta).toMatchObject({ dialect: 'article', style: 'article' });
  });

  it('refuses a dialect it does not know, with a warning, and reads the deck as Mimbar’s', () => {
    const deck = buildDeck('---\ndialect: keynote\n---\n\n# A\n\n## B\n');
    expect(deck.meta.dialect).toBe('article');
    expect(deck.warnings.map((warning) => warning.message)).toContain('Front matter `dialect` should be one of article, mimbar, slidev, marp, reveal, quarto; it was ignored.');
  });

  it('does not warn about a tool’s own keys, nor check its theme against Mimbar’s', () => {
    const deck = buildDeck('---\nmarp: true\ntheme: gaia\npaginate: true\n---\n\n# A\n');
    expect(deck.warnings.filter((warning) => warning.kind === 'front-matter')).toEqual([]);
  });
});
