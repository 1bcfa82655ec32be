/**
 * A ` ```mermaid ` block's text made safe and plain before anything lays it out: bounded in size,
 * without `%%{init}%%` directives or a front matter config (settings that could loosen Mermaid's
 * security, ignored whole), without `click`/`callback`/`link` lines (handlers and links a slide must
 * never get), and with the diagram type read from its first line.
 */

/** The diagram types Mimbar draws, as their header words name them. */
export type DiagramKind = 'flowchart' | 'sequence' | 'class' | 'state' | 'er' | 'xychart' | 'pie';

/** A source that is refused or lays out too long is shown as text: past these it is not laid out. */
export const MAX_DIAGRAM_CHARACTERS = 20_000;
export const MAX_DIAGRAM_LINES = 500;

export type CleanSource = { kind: DiagramKind; text: string } | { error: string };

const HEADERS: ReadonlyArray<[RegExp, DiagramKind]> = [
  [/^(?:graph|flowchart)(?:\s|$)/i, 'flowchart'],
  [/^sequenceDiagram$/i, 'sequence'],
  [/^classDiagram(?:-v2)?$/i, 'class'],
  [/^stateDiagram(?:-v2)?$/i, 'state'],
  [/^erDiagram$/i, 'er'],
  [/^xychart(?:-beta)?(?:\s|$)/i, 'xychart'],
  [/^pie(?:\s|$)/i, 'pie'],
];

/** Lines that attach a handler or a link to a shape (flowchart, class, sequence menus). */
const INTERACTION_LINE = /^(?:click|callback|call|href|link|links)\s/i;

/** The diagram's lines without directives, comments, interactions and blank lines. */
function meaningfulLines(text: string): string[] {
  const lines: string[] = [];
  let inDirective = false;
  const all = text.split('\n');
  let start = 0;
  // A front matter block (`---` … `---`) holds Mermaid's config: ignored like a directive.
  if (all[0]?.trim() === '---') {
    const end = all.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end !== -1) start = end + 1;
  }
  for (const raw of all.slice(start)) {
    const line = raw.trim();
    if (inDirective) {
      if (line.includes('}%%')) inDirective = false;
      continue;
    }
    if (line.startsWith('%%{')) {
      inDirective = !line.includes('}%%');
      continue;
    }
    if (line === '' || line.startsWith('%%') || INTERACTION_LINE.test(line)) continue;
    lines.push(raw.replace(/;\s*$/, ''));
  }
  return lines;
}

/** Reads a block's text into its kind and the lines to lay out, or why it cannot be drawn. */
export function cleanMermaidSource(source: string): CleanSource {
  const text = source.replace(/\r\n?/g, '\n');
  if (text.length > MAX_DIAGRAM_CHARACTERS) return { error: `it is longer than ${MAX_DIAGRAM_CHARACTERS.toLocaleString('en')} characters` };
  if (text.split('\n').length > MAX_DIAGRAM_LINES) return { error: `it is longer than ${MAX_DIAGRAM_LINES} lines` };
  const lines = meaningfulLines(text);
  const header = lines[0]?.trim();
  if (header === undefined) return { error: 'the diagram is empty' };
  const kind = HEADERS.find(([pattern]) => pattern.test(header))?.[1];
  if (kind === undefined) {
    const word = /^\S{1,40}/.exec(header)?.[0] ?? header;
    return { error: `"${word}" diagrams are not drawn (Mimbar draws flowchart, sequence, class, state, ER, pie and xychart diagrams)` };
  }
  // Mermaid takes `graph` alone as top-down; the library wants the direction written.
  if (kind === 'flowchart' && /^\S+$/.test(header)) lines[0] = `${header} TD`;
  return { kind, text: lines.join('\n') };
}
