/**
 * The print view: asks the host for the print job (plan + deck), lays every planned page out as a page
 * box, waits for fonts and images, fits slides and flows notes over continuation pages, then reports
 * ready (`print:ready`, `mimbar:print-ready`) so the printer prints. No reveal.js here: the pages are
 * laid out by this view, which plays the part of reveal.js's print mode and its `pdf-ready` event.
 */
import type { PrintJob } from '../../app/contract/export';
import { uiLanguage } from '../../app/contract/ui-language';
import { safeLang } from '../../renderer/shared/language';
import { applyTheme, knownTheme } from '../../renderer/shared/theme';
import { getBridge } from '../../renderer/shared/host/get-bridge';
import { layoutFrames } from '../../renderer/shared/slide/frame-layout';
import { buildPages } from './build-pages';
import { checkFit } from './fit-check';
import { fitSlides } from './fit-frames';
import { raiseSmallText } from './legible-type';
import type { PageContext } from './notes-pages';
import { flowNotes } from './notes-flow';
import { applyPageSize } from './page-geometry';
import { announcePrintError, announcePrintReady, exposePrintState } from './print-events';
import { printMessagesFor } from './print-messages';
import { preloadFonts, settleFonts, settleImages } from './settle-media';

/** Progress is reported after this many planned pages, and at the end. */
const PROGRESS_EVERY = 20;

function pagesRoot(): HTMLElement {
  const root = document.getElementById('print-pages');
  if (!root) throw new Error('print.html lacks #print-pages');
  return root;
}

function contextOf(job: PrintJob): PageContext {
  const { deck } = job.deck;
  const first = [...deck.slides].sort((a, b) => a.h - b.h || a.v - b.v)[0];
  return {
    plan: job.plan,
    payload: job.deck,
    slides: new Map(deck.slides.map((slide) => [slide.id, slide])),
    titleSlideId: first?.id ?? null,
    outlined: new Set(),
    messages: printMessagesFor(uiLanguage(job.plan.lang)),
  };
}

async function print(): Promise<void> {
  const root = pagesRoot();
  exposePrintState(() => checkFit(root));
  const bridge = getBridge('print');
  const job = await bridge.getPrintJob();
  const context = contextOf(job);
  const { plan } = job;
  document.documentElement.lang = safeLang(plan.lang);
  document.documentElement.dataset['layout'] = plan.layout;
  document.title = plan.title || 'Mimbar';
  applyPageSize(plan);
  // The plan's theme: the deck's, or its light twin on paper (ExportPlan.slideTheme).
  await applyTheme(knownTheme(plan.theme));

  const fontsLoaded = preloadFonts();
  const built = buildPages(context, plan.pages, root);
  await fontsLoaded;
  await settleFonts();
  let brokenImages = await settleImages(root, context.messages.imageMissing);
  layoutFrames(root);
  const overflowing = fitSlides(root);
  for (const id of raiseSmallText(root)) if (!overflowing.includes(id)) overflowing.push(id);
  for (const [index, page] of built.entries()) {
    if (page.notes) flowNotes(page.notes.blocks, page.notes.area, page.notes.nextArea);
    const done = index + 1;
    if (done % PROGRESS_EVERY === 0 && done < built.length) await bridge.reportPrintProgress({ done, total: built.length });
  }
  // The last report counts the page boxes (continuation pages too): the pages the PDF will have.
  const pages = root.querySelectorAll('.page').length;
  await bridge.reportPrintProgress({ done: pages, total: pages });
  // Cut notes are clones: wait for their images (from the cache) and any font their text needs.
  await settleFonts();
  brokenImages += await settleImages(root, context.messages.imageMissing);
  const ready = { pages, overflowing, brokenImages };
  await bridge.reportPrintReady(ready);
  announcePrintReady(ready);
}

print().catch((error: unknown) => {
  announcePrintError(error);
  // Tell the printer at once, so it does not wait for its timeout.
  getBridge('print')
    .reportPrintFailed(error instanceof Error ? error.message : String(error))
    .catch(() => undefined);
});
