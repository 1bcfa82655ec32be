import { describe, expect, it } from 'vitest';
import { MAX_DIAGRAM_CHARACTERS, MAX_DIAGRAM_LINES, cleanMermaidSource } from './mermaid-source';

describe('cleanMermaidSource', () => {
  it('reads the type from the first line', () => {
    const kinds = ['flowchart LR', 'graph TD', 'sequenceDiagram', 'classDiagram', 'stateDiagram-v2', 'stateDiagram', 'erDiagram', 'xychart-beta', 'pie title X'].map((header) => {
      const clean = cleanMermaidSource(`${header}\n  A`);
      return 'kind' in clean ? clean.kind : clean.error;
    });
    expect(kinds).toEqual(['flowchart', 'flowchart', 'sequence', 'class', 'state', 'state', 'er', 'xychart', 'pie']);
  });

  it('drops init directives (also over several lines), a config front matter, comments and click, callback and link lines', () => {
    const source = [
      '---',
      'config:',
      '  securityLevel: loose',
      '---',
      '%%{init: {"securityLevel": "loose"}}%%',
      'graph TD',
      '%%{init: {',
      '  "flowchart": {"htmlLabels": true}',
      '}}%%',
      '  %% a comment',
      '  A --> B;',
      '  click A callback "Tip"',
      '  click B href "javascript:alert(1)"',
      '  callback A alert',
      '  link B "https://example.org"',
    ].join('\n');
    expect(cleanMermaidSource(source)).toEqual({ kind: 'flowchart', text: 'graph TD\n  A --> B' });
  });

  it('takes a lone `graph` or `flowchart` as top-down, as Mermaid does', () => {
    expect(cleanMermaidSource('graph\n A --> B')).toEqual({ kind: 'flowchart', text: 'graph TD\n A --> B' });
  });

  it('refuses an empty diagram, an unknown type and sources past the bounds', () => {
    expect(cleanMermaidSource('%% only a comment\n\n')).toEqual({ error: 'the diagram is empty' });
    expect(cleanMermaidSource('gantt\n  title Plan')).toEqual({ error: '"gantt" diagrams are not drawn (Mimbar draws flowchart, sequence, class, state, ER, pie and xychart diagrams)' });
    expect(cleanMermaidSource(`graph TD\n${'  A --> B\n'.repeat(MAX_DIAGRAM_LINES)}`)).toEqual({ error: `it is longer than ${MAX_DIAGRAM_LINES} lines` });
    expect(cleanMermaidSource(`graph TD\n  A[${'x'.repeat(MAX_DIAGRAM_CHARACTERS)}]`)).toEqual({ error: 'it is longer than 20,000 characters' });
  });
});
