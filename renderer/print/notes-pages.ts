/**
 * Pages that print notes: a frame with its notes below (`slide-notes`, notes-below), a notes page
 * (`notes`, notes-pages: the slide's picture on the top half, its notes below, PowerPoint's notes page),
 * and the continuation pages either one grows when its notes do not fit.
 */
import type { ExportPlan, PrintFrame } from '../../app/contract/export';
import { createBox } from '../../renderer/shared/dom/create-box';
import { noNotesLine, notesBlocks } from './notes-content';
import { createPageBox } from './page-geometry';
import type { PageKind } from './page-geometry';
import type { PrintMessages } from './print-messages';
import { createFrameSlot, slideOf } from './slide-frame';
import type { FrameContext } from './slide-frame';

/** What the print view needs to lay out pages. */
export interface PageContext extends FrameContext {
  plan: ExportPlan;
  messages: PrintMessages;
}

/** A page with notes still to flow: its notes blocks, its first notes area, and where more pages go. */
export interface NotesJob {
  blocks: HTMLElement[];
  area: HTMLElement;
  nextArea(): HTMLElement;
}

/** A built page box and, on notes pages, the notes to flow once fonts and images are in. */
export interface BuiltPage {
  page: HTMLElement;
  notes: NotesJob | null;
}

function headerText(context: PageContext, frame: PrintFrame): string {
  return `${frame.slideNumber} / ${context.plan.slideCount} · ${frame.title}`;
}

function notesJob(context: PageContext, frame: PrintFrame, page: HTMLElement, area: HTMLElement): NotesJob {
  const slide = slideOf(context, frame.slideId);
  const blocks = notesBlocks(slide.notes.html, context.payload.assetBase);
  let last = page;
  return {
    blocks: blocks.length > 0 ? blocks : [noNotesLine(context.messages.noNotes)],
    area,
    nextArea() {
      const continued = createPageBox(context.plan, 'notes-continued');
      const next = createBox('notes-area');
      continued.append(createBox('page-header', `${headerText(context, frame)} ${context.messages.continued}`), next);
      last.after(continued);
      last = continued;
      return next;
    },
  };
}

function notesPage(context: PageContext, frame: PrintFrame, kind: PageKind, top: HTMLElement[]): BuiltPage {
  const page = createPageBox(context.plan, kind);
  const area = createBox('notes-area');
  page.append(...top, area);
  // The blocks sit in the first area until they flow, so that their fonts and images load.
  const job = notesJob(context, frame, page, area);
  area.append(...job.blocks);
  return { page, notes: job };
}

/** A slide frame in the top part of the page and its notes below. */
export function createSlideNotesPage(context: PageContext, frame: PrintFrame): BuiltPage {
  const header = createBox('page-header', headerText(context, frame));
  return notesPage(context, frame, 'slide-notes', [header, createFrameSlot(context, frame, null)]);
}

/**
 * A notes page: a header naming the slide, the slide's picture on the top half and its notes below
 * (a short "no notes" line under the picture when it has none, so that slide takes one page).
 */
export function createNotesPage(context: PageContext, frame: PrintFrame): BuiltPage {
  const header = createBox('page-header', headerText(context, frame));
  return notesPage(context, frame, 'notes', [header, createFrameSlot(context, frame, null)]);
}
