// The hostile formulas, code and diagrams of tests/fixtures/hostile/formulas-code-diagrams.md leave the
// deck presentable: every slide builds (no placeholder), refused formulas and diagrams show their source
// and are reported at their lines, and nothing in the HTML could load, link or run before the sanitizer
// even sees it. (tests/browser/hostile-corpus.test.ts walks the same file in every window.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { loadDiagramLibrary } from '../../app/core/deck/diagrams/diagram-library';

const text = readFileSync(fileURLToPath(new URL('../fixtures/hostile/formulas-code-diagrams.md', import.meta.url)), 'utf8');
let deck: Deck;

beforeAll(async () => {
  await loadDiagramLibrary();
  deck = buildDeck(text);
});

describe('hostile formulas, code and diagrams', () => {
  it('leave every slide presentable, with its title and content', () => {
    expect(deck.slides.map((slide) => slide.isPlaceholder)).not.toContain(true);
    expect(deck.slides.map((slide) => slide.title)).toEqual([
      'Hostile formulas, code and diagrams',
      'Formulas that link, load or restyle',
      'Formulas that never end',
      'MathML written by hand',
      'Code fences that break out',
      'Diagrams that call back',
    ]);
  });

  it('report each refused formula at its own line, and draw the harmless ones', () => {
    const formulas = deck.warnings.filter((warning) => warning.kind === 'formula');
    const lines = text.split('\n');
    for (const warning of formulas) expect(lines[(warning.line ?? 0) - 1], warning.message).toMatch(/\$|\\\[/);
    for (const command of ['\\href', '\\url', '\\includegraphics', '\\htmlClass', '\\htmlStyle', '\\htmlId', '\\htmlData', '\\def\\a']) {
      expect(formulas.some((warning) => warning.message.includes(command)), command).toBe(true);
    }
    const slide = deck.slides.find((candidate) => candidate.title === 'Formulas that never end');
    // The huge rule is drawn, capped; the nested braces are drawn; the loops are refused.
    expect(slide?.html).toContain('width="20em"');
    expect(slide?.html).toContain('<munder>');
  });

  it('write no link, handler, style, script or remote address into the slides', () => {
    for (const slide of deck.slides) {
      const tags = slide.html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      for (const tag of tags) {
        // Hand-written MathML is the author's raw HTML and is left to the sanitizer; the engine's own output is checked.
        if (/^<(?:math|mi|maction|mtext|mglyph|semantics|annotation-xml|img|table|style)\b/.test(tag) && slide.title === 'MathML written by hand') continue;
        expect(tag, slide.title).not.toMatch(/\son[a-z]+=|\sstyle=|\shref=|\ssrc=|<script|javascript:|127\.0\.0\.1/i);
      }
    }
  });

  it('draw the diagrams without their callbacks, and the hostile labels as text', () => {
    const slide = deck.slides.find((candidate) => candidate.title === 'Diagrams that call back');
    const html = slide?.html ?? '';
    expect(html.match(/<div class="mimbar-diagram mimbar-diagram-/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).not.toMatch(/<a\b|<img|<script|<iframe/);
  });
});
