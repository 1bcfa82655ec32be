/**
 * The PDF outline (bookmarks). Chromium builds it from the headings in the accessibility tree, so deck
 * headings are taken out of it (`role="none"`: adding a role keeps the sanitized markup inert) and each
 * slide gets exactly one heading of its own: a tiny transparent `<h1>` on the page of its first frame.
 */

/** Takes every heading under `root` out of the accessibility tree's headings (and so out of the outline). */
export function hideHeadingsFromOutline(root: ParentNode): void {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.setAttribute('role', 'none');
}

/** The one outline entry of a slide: an `<h1 class="outline-anchor">` with its title, set as text. */
export function createOutlineAnchor(title: string, slideId: string): HTMLElement {
  const anchor = document.createElement('h1');
  anchor.className = 'outline-anchor';
  anchor.dataset['slide'] = slideId;
  anchor.textContent = title.trim() === '' ? slideId : title;
  return anchor;
}
