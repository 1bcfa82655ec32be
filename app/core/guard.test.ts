// Hostile Markdown must not hang or crash the build: the slide holding it becomes a placeholder,
// the rest of the deck works. (No timing asserts: the test runner's timeout is the hang detector.)
import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { guardMarkdown } from './guard';

const around = (hostile: string): string => `# Deck\n\n## Before\n\nFine.\n\n## Hostile\n\n${hostile}\n\n## After\n\nStill fine.\n`;

const cases: [string, string][] = [
  ['3,000 nested quotes', '>'.repeat(3000) + ' deep'],
  ['10,000 nested list levels on one line', '- '.repeat(10000) + 'x'],
  ['10,000 nested list levels, one per line', Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
  ['quadratic emphasis (80 KB of _a)', '_a'.repeat(40000)],
  ['quadratic emphasis (1 MB of *a)', '*a'.repeat(500000)],
];

describe('pathological Markdown', () => {
  for (const [name, hostile] of cases) {
    it(`turns ${name} into a placeholder slide and keeps the others`, () => {
      const deck = buildDeck(around(hostile));
      expect(deck.slides.map((slide) => slide.title)).toEqual(['Deck', 'Before', 'Hostile', 'After']);
      const [, before, bad, after] = deck.slides;
      expect(bad?.isPlaceholder).toBe(true);
      expect(bad?.html).toContain('too complex');
      expect(before?.html).toContain('Fine.');
      expect(after?.html).toContain('Still fine.');
      expect(after?.range.start).toBe(before && bad ? bad.range.end + 2 : -1);
      expect(deck.warnings.map((warning) => warning.slide)).toContain('hostile');
    });
  }

  it('leaves ordinary Markdown untouched and keeps line numbers when it neutralises a block', () => {
    const ordinary = '# T\n\n> quote\n> > nested\n\n- a\n  - b\n\n```\n' + '*'.repeat(5000) + '\n```\n';
    expect(guardMarkdown(ordinary)).toEqual({ text: ordinary, hazards: [] });
    const hostile = `a\n\n${'>'.repeat(100)}\n${'>'.repeat(100)}\n\nb\n`;
    const guarded = guardMarkdown(hostile);
    expect(guarded.hazards).toEqual([{ line: 3, reason: 'it is nested more than 48 levels deep' }]);
    expect(guarded.text.split('\n')).toHaveLength(hostile.split('\n').length);
  });

  it('renders a 1 MB single line and 10,000 headings', () => {
    expect(buildDeck(`## Long\n\n${'a '.repeat(500000)}`).slides).toHaveLength(1);
    const many = Array.from({ length: 10000 }, (_, i) => `## H${i}\n\nText ${i}.\n`).join('\n');
    const deck = buildDeck(many);
    expect(deck.slides).toHaveLength(10000);
    expect(deck.slides[9999]?.id).toBe('h9999');
  });

  it('turns slides it did not reach within the time budget into placeholders', () => {
    const deck = buildDeck('## A\n\nx\n\n## B\n\ny\n', { budgetMs: -1 });
    expect(deck.slides.every((slide) => slide.isPlaceholder)).toBe(true);
    expect(deck.warnings[0]?.message).toBe('Slide "A" shows a placeholder: the deck took longer than -1 ms to build.');
  });
});
