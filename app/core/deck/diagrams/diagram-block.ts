/**
 * Mermaid diagrams, drawn to SVG while the deck is built (no request, no script on the slide): pie
 * charts by pie-chart.ts, the other types by beautiful-mermaid (loaded by diagram-library.ts), its SVG
 * tidied by tidy-svg.ts. A diagram that cannot be drawn shows its source under a one-line reason, and
 * the reason goes to the render report, which makes it a warning of the slide that `check` lists.
 */
import type { RenderReport } from '../render-report';
import type { MermaidGraph } from 'beautiful-mermaid';
import { mermaidLibrary } from './diagram-library';
import { unreadFlowchartLine } from './flowchart-lines';
import { cleanMermaidSource, type DiagramKind } from './mermaid-source';
import { parsePie, renderPieSvg } from './pie-chart';
import { escapeXml } from './svg-text';
import { diagramIdPrefix, tidyLibrarySvg } from './tidy-svg';

export type DrawnDiagram = { kind: DiagramKind; svg: string } | { error: string };

const MAX_REASON = 160;

/**
 * How many CSS pixels a unit of the drawing takes before diagram.css shrinks it to fit the slide:
 * the library writes labels 13 units high, pie-chart.ts 20; both come out about 26 px on a 1280×720
 * slide, readable from the back of a room. The drawing keeps its aspect ratio (`height: auto`).
 */
const SCALE: Readonly<Record<DiagramKind, number>> = { flowchart: 2, sequence: 2, class: 2, state: 2, er: 2, xychart: 2, pie: 1.3 };

/** The room a diagram has on a 1280×720 slide under its title (diagram.css: 100% wide, 12.5em high). */
const ROOM = { width: 1180, height: 520 };

function viewBoxSize(svg: string): { width: number; height: number } | null {
  const [, , width, height] = (/^<svg viewBox="([^"]*)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
  return width !== undefined && height !== undefined && width > 0 && height > 0 ? { width, height } : null;
}

/** The scale a drawing is shown at once fitted into the room. */
function shownScale(svg: string, kind: DiagramKind): number {
  const size = viewBoxSize(svg);
  return size === null ? 0 : Math.min(SCALE[kind], ROOM.width / size.width, ROOM.height / size.height);
}

/** Gives the drawing its natural size (attributes, not style: the page's CSP refuses style attributes). */
function sized(svg: string, kind: DiagramKind): string {
  const size = viewBoxSize(svg);
  if (size === null) return svg;
  return svg.replace(/^<svg viewBox="[^"]*"/, (open) => `${open} width="${Math.round(size.width * SCALE[kind])}" height="${Math.round(size.height * SCALE[kind])}"`);
}

/** The first line of what went wrong, bounded, without a trailing full stop. */
function reasonOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
  const reason = text === '' ? 'the diagram could not be read' : text;
  return (reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason).replace(/\.$/, '');
}

function clip(line: string): string {
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * Laying out a graph grows faster than its size (480 arrows took seconds), and no slide can show more
 * than these: past them a diagram is refused before it is laid out. Sequence diagrams are cheap.
 */
export const MAX_BOXES = 100;
export const MAX_ARROWS = 150;

/** Why a graph is too big to lay out, or null. Flowcharts and state diagrams are counted exactly. */
function oversized(kind: DiagramKind, text: string, parse: (text: string) => MermaidGraph): string | null {
  if (kind === 'flowchart' || kind === 'state') {
    const graph = parse(text);
    if (graph.nodes.size > MAX_BOXES || graph.edges.length > MAX_ARROWS) return `it has ${graph.nodes.size} boxes and ${graph.edges.length} arrows, more than a slide can show (at most ${MAX_BOXES} and ${MAX_ARROWS})`;
  } else if (kind === 'class' || kind === 'er') {
    const relations = text.split('\n').filter((line) => /--|\.\./.test(line)).length;
    if (relations > MAX_ARROWS) return `it has ${relations} relations, more than a slide can show (at most ${MAX_ARROWS})`;
  }
  return null;
}

/** Draws one diagram's source to SVG, or says why not; never throws. */
export function drawDiagram(source: string): DrawnDiagram {
  const clean = cleanMermaidSource(source);
  if ('error' in clean) return clean;
  const lines = clean.text.split('\n');
  try {
    if (clean.kind === 'pie') return { kind: 'pie', svg: sized(renderPieSvg(parsePie(lines)), 'pie') };
    const library = mermaidLibrary();
    if (library === null) return { error: 'the diagram library was not loaded before the deck was built' };
    if (clean.kind === 'flowchart') {
      const unread = unreadFlowchartLine(lines[0] ?? '', lines.slice(1), library.parseFlowchart);
      if (unread !== null) return { error: `the line "${clip(unread)}" is not understood` };
    }
    const tooBig = oversized(clean.kind, clean.text, library.parseFlowchart);
    if (tooBig !== null) return { error: tooBig };
    // Colours are CSS variables set by diagram.css; the library's own ones are dropped with its style.
    // Its margin (40 units) shrinks to 12: the slide has margins of its own, and the drawing grows.
    const render = (text: string): string => tidyLibrarySvg(library.renderSvg(text, { bg: 'transparent', fg: 'currentColor', transparent: true, padding: 12 }), diagramIdPrefix(source));
    let svg = render(clean.text);
    // A state diagram runs top to bottom unless told otherwise; a long one is then too tall for a wide
    // slide and its labels too small to read. Without a direction of its own it runs left to right then.
    if (clean.kind === 'state' && !lines.some((line) => /^\s*direction\s/i.test(line)) && shownScale(svg, 'state') < SCALE.state) {
      const across = render([lines[0], 'direction LR', ...lines.slice(1)].join('\n'));
      if (shownScale(across, 'state') > shownScale(svg, 'state')) svg = across;
    }
    return { kind: clean.kind, svg: sized(svg, clean.kind) };
  } catch (error) {
    return { error: reasonOf(error) };
  }
}

/**
 * Renders one ` ```mermaid ` block: the drawing, or its source under the reason it is not drawn.
 * `written` is the whole fence as written, so a problem is reported at the fence's first line.
 */
export function renderDiagramBlock(source: string, report: RenderReport, written: string = source): string {
  const drawn = drawDiagram(source);
  if ('svg' in drawn) return `<div class="mimbar-diagram mimbar-diagram-${drawn.kind}">${drawn.svg}</div>\n`;
  report.add({ kind: 'diagram', message: `A diagram could not be drawn: ${drawn.error}; its source is shown.`, raw: written });
  // "Diagram not drawn:" comes from diagram.css, in the deck's language (the reason is the engine's, in English).
  return `<div class="mimbar-diagram-error"><p class="mimbar-diagram-reason">${escapeXml(drawn.error)}.</p><pre><code>${escapeXml(source)}</code></pre></div>\n`;
}
