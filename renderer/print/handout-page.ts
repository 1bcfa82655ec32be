/**
 * A handout page: `plan.grid` columns × rows of frames, each with its slide number under it and, for
 * handouts with writing lines, ruled lines beside it (portrait) or below it (landscape).
 */
import type { PrintFrame } from '../../app/contract/export';
import { createBox } from '../../renderer/shared/dom/create-box';
import type { BuiltPage, PageContext } from './notes-pages';
import { createPageBox } from './page-geometry';
import { createFrameSlot } from './slide-frame';

/** Ruled lines beside or below each frame of a handout with writing lines. */
const WRITING_LINES = 7;

function cell(context: PageContext, frame: PrintFrame): HTMLElement {
  const slide = createBox('handout-slide');
  slide.append(createFrameSlot(context, frame, null), createBox('handout-number', String(frame.slideNumber)));
  const box = createBox('handout-cell');
  box.append(slide);
  if (context.plan.grid.withLines) {
    const lines = createBox('handout-lines');
    for (let line = 0; line < WRITING_LINES; line++) lines.append(createBox('handout-line'));
    box.append(lines);
  }
  return box;
}

/** Handout page number `pageNumber` (1-based) with its frames. */
export function createHandoutPage(context: PageContext, frames: readonly PrintFrame[], pageNumber: number): BuiltPage {
  const { plan } = context;
  const page = createPageBox(plan, 'handout');
  page.classList.toggle('handout-with-lines', plan.grid.withLines);
  page.classList.toggle('handout-lines-below', plan.grid.withLines && plan.grid.columns > plan.grid.rows);
  const grid = createBox('handout-grid');
  // Grid tracks through the CSSOM: numbers from the plan, never deck text.
  grid.style.gridTemplateColumns = `repeat(${Math.max(1, Math.floor(plan.grid.columns))}, minmax(0, 1fr))`;
  grid.style.gridTemplateRows = `repeat(${Math.max(1, Math.floor(plan.grid.rows))}, minmax(0, 1fr))`;
  grid.append(...frames.map((frame) => cell(context, frame)));
  const footerText = [plan.title, context.messages.page(pageNumber)].filter((part) => part !== '').join(' — ');
  page.append(grid, createBox('page-footer', footerText));
  return { page, notes: null };
}
