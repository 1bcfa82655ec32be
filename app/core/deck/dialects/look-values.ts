/**
 * The values a dialect may put in a slide's look, checked against closed grammars: a colour is a hex
 * colour, an `rgb()`/`rgba()`/`hsl()`/`hsla()` of plain numbers, or a colour name, so no `url()`, no
 * `var()`, no `;`; a class is a plain name that never borrows Mimbar's own `mimbar-` prefix; a
 * percentage is a number from 5 to 95. Every dialect checks its authors' values here, and the views
 * check colours once more before setting them (through CSSOM, never a style attribute).
 */

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION = /^(?:rgba?|hsla?)\(\s*[-+]?[\d.]+(?:deg|%)?(?:\s*[,\s/]\s*[-+]?[\d.]+%?){2,3}\s*\)$/i;
const NAME = /^[a-z]{3,24}$/i;
const CLASS = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `value` as a CSS colour of the closed grammar, trimmed, or null. */
export function cssColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length > 64) return null;
  return HEX.test(text) || FUNCTION.test(text) || NAME.test(text) ? text : null;
}

/** The plain class names in `value` (a space-separated string or a list of them), at most 16. */
export function plainClasses(value: unknown): string[] {
  const words = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').join(' ') : typeof value === 'string' ? value : '';
  return [...new Set(words.split(/\s+/).filter((word) => CLASS.test(word) && !word.startsWith('mimbar-')))].slice(0, 16);
}

/** A percentage written `40%` or `40`, rounded and clamped to 5–95; null when it is not a number. */
export function percent(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d{1,3}(?:\.\d+)?)%?$/.exec(text);
  if (match === null) return null;
  return Math.min(95, Math.max(5, Math.round(Number(match[1]))));
}

/** The `mimbar-w-N` class of a column width, N a multiple of 5 (what the views' CSS draws). */
export function widthClass(width: number): string {
  return `mimbar-w-${Math.min(95, Math.max(5, Math.round(width / 5) * 5))}`;
}
