/** Mermaid diagrams (to be written). */
import type { RenderReport } from '../render-report';

/** Renders one ` ```mermaid ` block; `false` leaves it to Marked's default rendering. */
export function renderDiagramBlock(_source: string, _report: RenderReport): string | false {
  return false;
}
