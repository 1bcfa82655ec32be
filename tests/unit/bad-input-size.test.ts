// Big and deeply nested input files, each through the real CLI entry (`mimbar build <file> --json`) and
// through `openLiveDeck`: refused above the size cap with one clear line, opened at the cap, and a
// placeholder slide (the rest of the deck working) where the Markdown is too deep. No timing asserts:
// the per-test timeout is the hang detector. docs/reliability.md §5 B1, B2, B4–B6.
import { expect } from 'vitest';
import type { DeckJson } from '../../app/cli/deck-json';
import { MAX_DECK_BYTES } from '../../app/core/files/read-source';
import { describeBadInputs, type Opened } from '../support/bad-input';

const MB = 1024 * 1024;
const titles = (deck: DeckJson): string[] => deck.slides.map((slide) => slide.title);

/** A deck with a harmless slide before and after the hostile Markdown. */
const around = (hostile: string): string => `# Deck\n\n## Before\n\nFine.\n\n## Hostile\n\n${hostile}\n\n## After\n\nStill fine.\n`;

/** The deck `around` makes, with its hostile slide turned into a placeholder with the nesting warning. */
function placeholderAround(): Opened {
  const warnings = [{ slide: 'hostile', line: 9, message: 'Slide "Hostile" shows a placeholder: it is nested more than 48 levels deep.' }];
  return {
    cli: (deck) => {
      expect(titles(deck)).toEqual(['Deck', 'Before', 'Hostile', 'After']);
      expect(deck.slides.map((slide) => slide.placeholder)).toEqual([false, false, true, false]);
      expect(deck.warnings).toEqual(warnings);
    },
    live: (live) => {
      const { slides, warnings: liveWarnings } = live.deck();
      expect(slides.map((slide) => [slide.title, slide.isPlaceholder])).toEqual([['Deck', false], ['Before', false], ['Hostile', true], ['After', false]]);
      expect(liveWarnings).toEqual(warnings);
      expect(slides[2]?.html).toBe('<h2>Hostile</h2>\n');
      expect(slides[3]?.html).toContain('Still fine.');
    },
  };
}

describeBadInputs([
  {
    name: 'a 50 MB file',
    make: (at) => at.sparse('fifty', 50 * MB),
    expected: () => ({ code: 'too-large', message: 'big.md is 50.0 MB; Mimbar opens decks up to 20.0 MB.' }),
  },
  {
    name: 'a file one byte over the cap',
    make: (at) => at.sparse('over-cap', MAX_DECK_BYTES + 1),
    expected: () => ({ code: 'too-large', message: /^big\.md is 20\.0 MB; Mimbar opens decks up to 20\.0 MB\.$/ }),
  },
  {
    // Slides of a heading, a line and a listing of short lines, cut off mid-slide at the cap.
    name: 'a file of exactly the cap',
    make: (at) => at.file('at-cap', Buffer.alloc(MAX_DECK_BYTES, `## Slide\n\nA short line.\n\n\`\`\`\n${'short line\n'.repeat(400)}\`\`\`\n\n`)),
    expected: () => ({
      cli: (deck) => {
        expect(deck.slides.length).toBeGreaterThan(4000);
        expect(deck.slides.every((slide) => /^Slide \([12]\/2\)$/.test(slide.title) && !slide.placeholder)).toBe(true);
      },
      live: (live) => {
        expect(live.deck().slides.length).toBeGreaterThan(4000);
        expect(live.deck().slides.some((slide) => slide.isPlaceholder)).toBe(false);
      },
    }),
  },
  {
    // One paragraph of short lines: marked cannot parse it (RangeError), so the slide is a placeholder.
    name: 'a 19 MB paragraph of short lines',
    make: (at) => at.file('short-lines', Buffer.alloc(19 * MB, 'short line\n').fill('# Big\n\n', 0, 7)),
    expected: () => ({
      cli: (deck) => {
        expect(titles(deck)).toEqual(['Big']);
        expect(deck.slides[0]?.placeholder).toBe(true);
        expect(deck.warnings[0]?.message).toMatch(/^Slide "Big" shows a placeholder: /);
      },
      live: (live) => expect(live.deck().slides.map((slide) => [slide.title, slide.isPlaceholder])).toEqual([['Big', true]]),
    }),
  },
  {
    name: 'a 1 MB single line',
    make: (at) => at.file('one-line', 'a '.repeat(MB / 2)),
    expected: () => ({
      cli: (deck) => {
        expect(deck.slides).toHaveLength(1);
        expect(deck.slides[0]).toMatchObject({ title: 'a a a a a a…', placeholder: false, lines: { start: 1, end: 1 } });
      },
      live: (live) => {
        const [slide] = live.deck().slides;
        expect(slide?.isPlaceholder).toBe(false);
        // A cue on the slide, the whole megabyte in the notes.
        expect(slide?.html.length).toBeLessThan(300);
        expect(slide?.notes.markdown.length).toBeGreaterThan(MB - 2);
      },
    }),
  },
  {
    name: '10,000 headings',
    make: (at) => at.file('headings', Array.from({ length: 10_000 }, (_, i) => `## H${i}\n\nText ${i}.\n`).join('\n')),
    expected: () => ({
      cli: (deck) => {
        expect(deck.slides).toHaveLength(10_000);
        expect(deck.slides[9999]).toMatchObject({ id: 'h9999', title: 'H9999', h: 9999, placeholder: false });
      },
      live: (live) => {
        expect(live.deck().slides).toHaveLength(10_000);
        expect(live.deck().slides.some((slide) => slide.isPlaceholder)).toBe(false);
      },
    }),
  },
  {
    // One level per line needs two more spaces per level: 10,000 levels would be 95 MB, over the cap,
    // so the deepest such file that fits is about 4,000 levels (16 MB). 10,000 levels fit on one line.
    name: 'a list nested 4,000 levels deep, one level per line (16 MB)',
    make: (at) => at.file('nested-list', around(Array.from({ length: 4_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))),
    expected: placeholderAround,
  },
  {
    name: "'- '.repeat(10000)",
    make: (at) => at.file('dashes', around('- '.repeat(10_000))),
    expected: placeholderAround,
  },
  {
    name: 'an ordered list nested 10,000 levels deep on one line',
    make: (at) => at.file('ordered', around(`${'1. '.repeat(10_000)}x`)),
    expected: placeholderAround,
  },
  {
    name: 'quotes nested 10,000 levels deep',
    make: (at) => at.file('quotes', around(`${'>'.repeat(10_000)} deep`)),
    expected: placeholderAround,
  },
  {
    // The engine passes raw HTML through untouched; the renderer sanitizes it when it shows the slide.
    name: '100,000 nested <div> elements',
    make: (at) => at.file('divs', around(`${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`)),
    expected: () => ({
      cli: (deck) => {
        expect(titles(deck)).toEqual(['Deck', 'Before', 'Hostile', 'After']);
        expect(deck.warnings).toEqual([]);
      },
      live: (live) => {
        expect(live.deck().slides.map((slide) => [slide.title, slide.isPlaceholder])).toEqual([['Deck', false], ['Before', false], ['Hostile', false], ['After', false]]);
        expect(live.deck().slides[3]?.html).toContain('Still fine.');
      },
    }),
  },
]);
