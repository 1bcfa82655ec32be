/**
 * Paper geometry: one `@page` rule for the whole document, built with the CSSOM (a constructed
 * stylesheet: the page CSP allows no inline `<style>`, and constructed sheets are not inline markup),
 * and page boxes of exactly the planned size.
 */
import type { ExportPlan, PrintPage } from '../../app/contract/export';

/** The kinds of page box: the planned kinds, and a page continuing the notes of the one before. */
export type PageKind = PrintPage['kind'] | 'notes-continued';

// Sizes in mm with at most 3 decimals: a CSS length, never anything the deck controls.
function millimetres(value: number): string {
  if (!Number.isFinite(value) || value <= 0 || value > 10_000) throw new Error(`Invalid page size: ${value} mm`);
  return `${Math.round(value * 1000) / 1000}mm`;
}

/** Sets the document's `@page` size to the plan's page, with no margin (pages are laid out whole). */
export function applyPageSize(plan: ExportPlan): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${millimetres(plan.page.widthMm)} ${millimetres(plan.page.heightMm)}; margin: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Creates an empty page box of the plan's size (not yet in the document). */
export function createPageBox(plan: ExportPlan, kind: PageKind): HTMLElement {
  const page = document.createElement('div');
  page.className = `page page-${kind}`;
  // CSSOM writes are allowed by style-src 'self'; style attributes in markup are not.
  page.style.width = millimetres(plan.page.widthMm);
  page.style.height = millimetres(plan.page.heightMm);
  return page;
}
