/**
 * beautiful-mermaid, loaded only when a deck has a diagram: importing it costs more than a whole
 * `mimbar --help`. The CLI's ES module bundle keeps it in a chunk of its own (scripts/build.mjs,
 * `splitting`), which this dynamic `import()` loads; the Electron main bundle is CommonJS, so there
 * esbuild inlines it, still evaluated only on the first call. Rendering is synchronous (Marked's
 * renderers are), so hosts await `prepareDeckRendering` before they build a deck that needs it.
 */
import type { MermaidGraph, RenderOptions } from 'beautiful-mermaid';

/** What the engine uses of the library: its SVG renderer, and its flowchart parser to check lines. */
export interface MermaidLibrary {
  renderSvg(text: string, options: RenderOptions): string;
  parseFlowchart(text: string): MermaidGraph;
}

let renderer: MermaidLibrary | null = null;
let loading: Promise<void> | null = null;

/** Loads the diagram library once; later calls share the first load. */
export function loadDiagramLibrary(): Promise<void> {
  loading ??= import('beautiful-mermaid').then((library) => {
    renderer = { renderSvg: library.renderMermaidSVG, parseFlowchart: library.parseMermaid };
  });
  return loading;
}

/** The library, or null while it is not loaded. */
export function mermaidLibrary(): MermaidLibrary | null {
  return renderer;
}

/** Whether the diagram library is loaded (then any deck can be built at once). */
export function isDiagramLibraryLoaded(): boolean {
  return renderer !== null;
}

/**
 * Whether a deck's text may hold a diagram: any mention of `mermaid` (a fence, also inside a list or a
 * quote), or a Slidev `src:` import, whose file the engine reads while it builds.
 */
export function mayHoldDiagrams(text: string): boolean {
  return /mermaid/i.test(text) || /^\s*src\s*:/m.test(text);
}

/** Loads what building `text` needs (the diagram library when it may hold a diagram); call it before each build. */
export async function prepareDeckRendering(text: string): Promise<void> {
  if (renderer === null && mayHoldDiagrams(text)) await loadDiagramLibrary();
}
