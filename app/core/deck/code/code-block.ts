/** Highlighted code blocks (to be written). */
import type { RenderReport } from '../render-report';

/** Renders one fenced code block; `false` leaves it to Marked's default rendering. */
export function renderCodeBlock(_text: string, _info: string, _report: RenderReport): string | false {
  return false;
}
