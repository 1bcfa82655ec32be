/**
 * A background image path an author gave a reveal.js or Quarto slide, checked before it goes into a look:
 * a path inside the deck's folder, or an http(s) address (kept as written: the views show a stand-in for
 * remote images). Anything else (a `url(…)`, `javascript:`, `file:`, `data:`, an absolute path, a path
 * that climbs out of the folder with `..`) is refused. The views confine the path once more.
 */

/** Why `value` cannot be a background image, or null when it can. */
export function imageSrcProblem(value: string): string | null {
  const src = value.trim();
  if (src === '' || src.length > 2000) return 'it is empty or too long';
  if (/[\s"'()<>\\]/.test(src)) return 'it is not a plain path';
  if (/^https?:\/\/[^/]/i.test(src)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return 'it is not a path in the deck\'s folder';
  if (src.startsWith('/') || src.startsWith('~')) return 'it is an absolute path, outside the deck\'s folder';
  let depth = 0;
  for (const segment of src.split(/[?#]/)[0]?.split('/') ?? []) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return 'it climbs out of the deck\'s folder';
  }
  return null;
}
