// Hostile Markdown must not hang or crash the build: the slide holding it becomes a placeholder,
// the rest of the deck works. (No timing asserts: the test runner's timeout is the hang detector.)
import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { guardMarkdown, MAX_HTML_DEPTH } from './guard';

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
      // Only the title: the views word the stand-in (renderer/shared/slide/slide-strings.ts).
      expect(bad?.html).toBe('<h2>Hostile</h2>\n');
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

describe('guardMarkdown: raw HTML nested too deep for the browser', () => {
  it('refuses 100,000 nested <div> on one slide, fast, and keeps the next slide', () => {
    const deck = buildDeck(`# Deep\n\n${'<div>'.repeat(100_000)}\n\n## Next\n\nok\n`);
    expect(deck.slides.map((slide) => [slide.id, slide.isPlaceholder])).toEqual([['deep', true], ['next', false]]);
    expect(deck.warnings[0]?.message).toBe(`Slide "Deep" shows a placeholder: it nests HTML more than ${MAX_HTML_DEPTH} levels deep.`);
  });

  it('lets ordinary HTML through: closed elements, void elements, and elements left open on earlier slides', () => {
    const slide = (n: number): string => `## S${n}\n\n<div class="box"><p>Text<br><img src="a.png"></p></div>\n\n<details><summary>More`;
    const deck = buildDeck(Array.from({ length: 400 }, (_, n) => slide(n)).join('\n\n'));
    expect(deck.slides.filter((entry) => entry.isPlaceholder)).toEqual([]);
  });
});

describe('buildDeck: one enormous section', () => {
  it('becomes a placeholder when it cannot be built within the time budget, and never overflows the stack', () => {
    // A content section (the title slide keeps only an introduction and puts the rest in its notes).
    const text = `# Deck\n\n## Big\n\n${'Kalimat.\n\n'.repeat(200_000)}`;
    const late = buildDeck(text, { budgetMs: 0 });
    expect(late.slides.map((slide) => slide.isPlaceholder)).toEqual([true, true]);
    const whole = buildDeck(text);
    expect(whole.slides).toHaveLength(1 + 33_334);
    expect(whole.slides.at(-1)?.title).toBe('Big (33334/33334)');
  });
});

describe('guardMarkdown: HTML comments (how notes are stored) are raw text', () => {
  const stars = '*a* '.repeat(1500);
  it('counts no emphasis markers inside a comment block, over several lines and blank lines', () => {
    expect(guardMarkdown(`## Slide\n\n<!-- notes: ${stars}\n\n${stars}\n-->\n\nBody.\n`).hazards).toEqual([]);
    expect(guardMarkdown(`Paragraph\n<!-- ${stars} -->\n`).hazards).toEqual([]);
  });
  it('still refuses the same markers outside a comment, also after one closes', () => {
    expect(guardMarkdown(`## Slide\n\n${stars}\n`).hazards).toHaveLength(1);
    expect(guardMarkdown(`<!-- note -->\n\n${stars}\n`).hazards).toHaveLength(1);
  });
});
