/** Builds the page box of each planned page, by kind; notes are flowed later (`notes-flow.ts`). */
import type { PrintPage } from '../../app/contract/export';
import { createHandoutPage } from './handout-page';
import { createNotesPage, createSlideNotesPage } from './notes-pages';
import type { BuiltPage, PageContext } from './notes-pages';
import { createPageBox } from './page-geometry';
import { createFrameSlot } from './slide-frame';

/** Builds every planned page in order, appending each to `root`. */
export function buildPages(context: PageContext, pages: readonly PrintPage[], root: HTMLElement): BuiltPage[] {
  let handoutNumber = 0;
  return pages.map((planned) => {
    const [frame] = planned.frames;
    let built: BuiltPage;
    if (planned.kind === 'handout') {
      handoutNumber += 1;
      built = createHandoutPage(context, planned.frames, handoutNumber);
    } else if (!frame) {
      throw new Error(`A planned ${planned.kind} page has no frame`);
    } else if (planned.kind === 'slide') {
      const page = createPageBox(context.plan, 'slide');
      const label = context.payload.deck.meta.slideNumber ? `${frame.slideNumber} / ${context.plan.slideCount}` : null;
      page.append(createFrameSlot(context, frame, label));
      built = { page, notes: null };
    } else if (planned.kind === 'slide-notes') {
      built = createSlideNotesPage(context, frame);
    } else {
      built = createNotesPage(context, frame);
    }
    root.append(built.page);
    return built;
  });
}
