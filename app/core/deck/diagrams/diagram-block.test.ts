/** Mermaid blocks as the engine builds them into a deck's slides (tests/unit/diagram-sanitize.test.ts takes them through the sanitizer). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../contract/deck';
import { buildDeck } from '../build-deck';
import { MAX_ARROWS, MAX_BOXES } from './diagram-block';
import { loadDiagramLibrary } from './diagram-library';
import { MAX_DIAGRAM_LINES } from './mermaid-source';

const deckOf = (...blocks: string[]): Deck => buildDeck(`---\ndialect: mimbar\n---\n\n# Diagrams\n\n${blocks.map((block) => `\`\`\`mermaid\n${block}\n\`\`\`\n`).join('\n')}`);
const htmlOf = (...blocks: string[]): string => deckOf(...blocks).slides.map((slide) => slide.html).join('\n');
const diagramWarnings = (deck: Deck): Array<[string, number | null]> => deck.warnings.filter((warning) => warning.kind === 'diagram').map((warning) => [warning.message, warning.line]);

describe('before the library is loaded', () => {
  it('shows the source with the reason, and never throws', () => {
    const deck = deckOf('graph TD\n  A --> B');
    expect(deck.slides[0]?.html).toContain('<p class="mimbar-diagram-reason">the diagram library was not loaded before the deck was built.</p>');
    expect(diagramWarnings(deck)).toEqual([['A diagram could not be drawn: the diagram library was not loaded before the deck was built; its source is shown.', 7]]);
  });
});

describe('mermaid blocks', () => {
  beforeAll(() => loadDiagramLibrary());

  const samples: Array<[string, string, string[]]> = [
    ['flowchart', 'flowchart LR\n  Ask[Ask a question] -->|think| Answer(Give an answer)', ['Ask a question', 'Give an answer', 'think']],
    ['sequence', 'sequenceDiagram\n  Student->>Teacher: Hands in the essay\n  Teacher-->>Student: Marks', ['Student', 'Teacher', 'Hands in the essay']],
    ['class', 'classDiagram\n  class Shape {\n    +area() float\n  }\n  Shape <|-- Circle', ['Shape', 'Circle', 'area()']],
    ['state', 'stateDiagram-v2\n  [*] --> Placed\n  Placed --> Paid: payment\n  Paid --> [*]', ['Placed', 'Paid', 'payment']],
    ['pie', 'pie title Votes\n  "Maths" : 3\n  "Art" : 1', ['Votes', 'Maths', 'Art']],
    ['er', 'erDiagram\n  PUPIL ||--o{ ESSAY : writes', ['PUPIL', 'ESSAY', 'writes']],
    ['xychart', 'xychart-beta\n  title "Marks"\n  x-axis [term1, term2]\n  y-axis "Mark" 0 --> 100\n  bar [60, 80]', ['Marks', 'term1', 'Mark']],
  ];

  it.each(samples)('a %s diagram becomes an SVG with shapes and its labels, no style and nothing to fetch', (kind, source, labels) => {
    const deck = deckOf(source);
    const html = deck.slides[0]?.html ?? '';
    expect(html).toMatch(new RegExp(`<div class="mimbar-diagram mimbar-diagram-${kind}"><svg viewBox="[^"]+" width="\\d+" height="\\d+" role="img">`));
    expect(html).toMatch(/<(?:rect|path|polygon|line|polyline|circle)\b/);
    for (const label of labels) expect(html).toContain(label);
    expect(html).not.toMatch(/<style|\sstyle=|http|@import|data-|<a\b|onclick|<foreignObject/i);
    expect(diagramWarnings(deck)).toEqual([]);
  });

  it('keeps an author\'s colours but nothing that would fetch', () => {
    const html = htmlOf('graph TD\n  A --> B\n  style A fill:#f96,stroke:url(https://example.org/x.svg#p)\n  classDef hot fill:#f00,color:#fff\n  class B hot');
    expect(html).toContain('fill="#f96"');
    expect(html).toContain('fill="#f00"');
    expect(html).not.toMatch(/example\.org|url\((?!#)/);
  });

  it('ignores init directives and click lines: no handler, no link, no loosened settings', () => {
    const html = htmlOf('%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%\ngraph TD\n  A --> B\n  click A callback "Tip"\n  click B href "javascript:alert(1)"');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/click|callback|javascript|securityLevel|<a\b|href/);
  });

  it('writes hostile labels as text', () => {
    const html = htmlOf('graph TD\n  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(1)</script>"]\n  B --> C[javascript:alert(1)]', 'sequenceDiagram\n  A->>B: <img src=x onerror=alert(2)>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('shows the source with a one-line reason for what it cannot draw, and reports it at the diagram line', () => {
    const deck = deckOf('flowchart TD\n  Start --> Middle\n  Middle -->', 'gantt\n  title Plan', '', 'pie\n  Dogs : 3', 'graph XY\n  A --> B', `graph TD\n${'  A --> B\n'.repeat(MAX_DIAGRAM_LINES)}`);
    const html = deck.slides.map((slide) => slide.html).join('\n');
    expect(html).not.toContain('<svg');
    expect(html.match(/<div class="mimbar-diagram-error"><p class="mimbar-diagram-reason">[^<\n]+\.<\/p><pre><code>/g)).toHaveLength(6);
    expect(html).toContain('<pre><code>flowchart TD\n  Start --&gt; Middle\n  Middle --&gt;</code></pre>');
    const warnings = diagramWarnings(deck);
    expect(warnings.map(([message]) => message)).toEqual([
      'A diagram could not be drawn: the line "Middle -->" is not understood; its source is shown.',
      'A diagram could not be drawn: "gantt" diagrams are not drawn (Mimbar draws flowchart, sequence, class, state, ER, pie and xychart diagrams); its source is shown.',
      'A diagram could not be drawn: the diagram is empty; its source is shown.',
      'A diagram could not be drawn: the line "Dogs : 3" is not a slice ("Label" : 42); its source is shown.',
      expect.stringMatching(/^A diagram could not be drawn: Invalid mermaid header: "graph XY"[^\n]*; its source is shown\.$/),
      `A diagram could not be drawn: it is longer than ${MAX_DIAGRAM_LINES} lines; its source is shown.`,
    ]);
    expect(warnings.map(([, line]) => line)).toEqual([7, 13, 18, 22, 27, 32]);
    for (const [message] of warnings) expect(message.length).toBeLessThan(260);
  });

  it('refuses a graph too big to lay out or read, before laying it out', () => {
    const arrows = Array.from({ length: MAX_ARROWS + 1 }, (_, index) => `  N${index % 40} --> N${(index * 7 + 3) % 40}`).join('\n');
    expect(diagramWarnings(deckOf(`graph TD\n${arrows}`))[0]?.[0]).toBe(`A diagram could not be drawn: it has 40 boxes and ${MAX_ARROWS + 1} arrows, more than a slide can show (at most ${MAX_BOXES} and ${MAX_ARROWS}); its source is shown.`);
    const relations = Array.from({ length: MAX_ARROWS + 1 }, (_, index) => `  C${index} <|-- D${index}`).join('\n');
    expect(diagramWarnings(deckOf(`classDiagram\n${relations}`))[0]?.[0]).toBe(`A diagram could not be drawn: it has ${MAX_ARROWS + 1} relations, more than a slide can show (at most ${MAX_ARROWS}); its source is shown.`);
  });

  it('flags a line of a flowchart that draws nothing, which the library would skip', () => {
    expect(diagramWarnings(deckOf('graph TD\n  A --> B\n  this is nonsense'))[0]?.[0]).toBe('A diagram could not be drawn: the line "this is nonsense" is not understood; its source is shown.');
    expect(diagramWarnings(deckOf('graph TD\n  subgraph One\n    A[Alone]\n  end\n  classDef hot fill:#f96\n  class A hot\n  B:::hot --> A'))).toEqual([]);
  });

  it('lays a tall state diagram out left to right unless it names a direction', () => {
    const states = 'stateDiagram-v2\n  [*] --> One\n  One --> Two\n  Two --> Three\n  Three --> Four\n  Four --> [*]';
    const size = (html: string): [number, number] => {
      const match = /width="(\d+)" height="(\d+)"/.exec(html);
      return [Number(match?.[1]), Number(match?.[2])];
    };
    const [width, height] = size(htmlOf(states));
    expect(width).toBeGreaterThan(height);
    const [downWidth, downHeight] = size(htmlOf(states.replace('stateDiagram-v2', 'stateDiagram-v2\n  direction TB')));
    expect(downHeight).toBeGreaterThan(downWidth);
  });
});
