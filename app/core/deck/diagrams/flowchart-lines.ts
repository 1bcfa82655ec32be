/**
 * beautiful-mermaid skips what it does not understand: `A -->` draws a lone box A, `this is nonsense`
 * a box "this". Mermaid would refuse both. This check parses each line of a flowchart on its own and
 * names the first that draws neither an edge nor the one node it spells out, so a typo shows as an
 * error rather than as a quietly wrong drawing. Parsing is cheap (no layout); sources are bounded.
 */
import type { MermaidGraph } from 'beautiful-mermaid';

/** Lines that set up the drawing rather than draw: subgraphs, classes, styles, directions. */
const SETUP_LINE = /^(?:subgraph\b|end$|classDef\s|class\s|style\s|linkStyle\s|direction\s)/;
/** One node as written alone: an id, then perhaps a shape with its label and a `:::class`. */
const NODE_LINE = /^[\w.-]+\s*(?:[[({>][\s\S]*[\])}])?\s*(?::::[\w-]+)?$/;

/** The first line of a flowchart (lines without the header) that draws nothing it says, or null; throws on a bad header. */
export function unreadFlowchartLine(header: string, lines: readonly string[], parse: (text: string) => MermaidGraph): string | null {
  // A header the library refuses throws here, with the library's own reason.
  parse(header);
  for (const raw of lines) {
    const line = raw.trim();
    if (SETUP_LINE.test(line)) continue;
    let graph: MermaidGraph;
    try {
      graph = parse(`${header}\n${line}`);
    } catch {
      return line;
    }
    if (graph.edges.length > 0) continue;
    if (graph.nodes.size === 1 && NODE_LINE.test(line)) continue;
    return line;
  }
  return null;
}
