/**
 * Waits until the page can print as it will look: fonts loaded (the theme's and the emoji font) and
 * every image loaded or failed. A failed image is replaced by a visible box naming its
 * file, so a printed page never shows an empty gap where a picture was meant to be.
 */

/** Class of the box that stands in for an image that failed to load. */
export const BROKEN_IMAGE_CLASS = 'print-broken-image';

function fileNameOf(image: HTMLImageElement): string {
  try {
    const path = new URL(image.src).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || image.src;
  } catch {
    return image.getAttribute('src') ?? '';
  }
}

function placeholderFor(image: HTMLImageElement, label: string): HTMLElement {
  const box = document.createElement('span');
  box.className = BROKEN_IMAGE_CLASS;
  box.setAttribute('role', 'img');
  const title = document.createElement('span');
  title.className = 'print-broken-image-label';
  title.textContent = label;
  const file = document.createElement('span');
  file.className = 'print-broken-image-file';
  file.textContent = fileNameOf(image);
  box.append(title, file);
  const alt = image.alt.trim();
  if (alt !== '') box.setAttribute('aria-label', alt);
  return box;
}

async function settleImage(image: HTMLImageElement, label: string): Promise<boolean> {
  // An image the sanitizer refused has no src and nothing to wait for.
  if (!image.hasAttribute('src')) return true;
  image.loading = 'eager';
  try {
    await image.decode();
    if (image.naturalWidth > 0 || image.naturalHeight > 0) return true;
  } catch {
    // decode() rejects for an image that failed to load or decode: the placeholder below.
  }
  image.replaceWith(placeholderFor(image, label));
  return false;
}

/** Waits for every image under `root`; returns how many failed and were replaced. */
export async function settleImages(root: ParentNode, label: string): Promise<number> {
  const images = Array.from(root.querySelectorAll('img'));
  const results = await Promise.all(images.map((image) => settleImage(image, label)));
  return results.filter((isLoaded) => !isLoaded).length;
}

/**
 * Starts loading every font face the page declares (the theme's and the emoji font). Decoding them
 * takes about a tenth of a second; started before the pages are built, they are ready for the first
 * layout, so the pages are laid out once instead of once with fallback fonts and again with these.
 */
export function preloadFonts(): Promise<void> {
  return Promise.all(Array.from(document.fonts, (face) => face.load().catch(() => undefined))).then(() => undefined);
}

/** Lays the page out (which starts the font loads its text needs) and waits for those fonts. */
export async function settleFonts(): Promise<void> {
  document.body.getBoundingClientRect();
  await document.fonts.ready;
}
