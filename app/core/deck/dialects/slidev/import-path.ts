/**
 * The path a Slidev `src:` names, as a path inside the deck's folder. Slidev resolves `src: ./x.md`
 * against the folder of the file that imports it and `src: /x.md` against the deck's own folder
 * (sli.dev/features/importing-slides); `src: x.md#2-3` imports only those slides. A path that climbs
 * out of the deck's folder, names a drive or a scheme, is refused here before the host is even asked
 * (and the host's `readImport` refuses it again).
 */

export interface ImportTarget {
  /** The file, relative to the deck's folder, `/`-separated, never starting with `..`. */
  path: string;
  /** The 1-based slide numbers to import, or null for all. */
  range: string | null;
}

/** Resolves `src` written in a file at `fromDir` (relative to the deck's folder, '' for the deck's own). */
export function resolveImport(src: string, fromDir: string): ImportTarget | null {
  const hash = src.indexOf('#');
  const rawPath = (hash === -1 ? src : src.slice(0, hash)).trim().replace(/\\/g, '/');
  const range = hash === -1 ? null : src.slice(hash + 1).trim() || null;
  if (rawPath === '' || hasControlCharacter(rawPath)) return null;
  // `C:/x`, `file:`, `https:`: nothing outside the deck's folder is read.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(rawPath) || rawPath.startsWith('//')) return null;
  const joined = rawPath.startsWith('/') ? rawPath.slice(1) : `${fromDir}/${rawPath}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length === 0 ? null : { path: parts.join('/'), range };
}

/** The folder of a path inside the deck's folder ('' for the deck's own folder). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * The slide numbers of a range (`2`, `1-3`, `1,4-5`) in a file of `count` slides, as Slidev reads them;
 * every slide when the range says nothing readable.
 */
export function slidesInRange(range: string | null, count: number): number[] {
  const all = Array.from({ length: count }, (_, index) => index + 1);
  if (range === null) return all;
  const picked: number[] = [];
  for (const piece of range.split(',')) {
    const match = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})?\s*)?$/.exec(piece);
    if (match === null) continue;
    const from = Number(match[1]);
    const to = piece.includes('-') ? (match[2] === undefined ? count : Number(match[2])) : from;
    for (let n = from; n <= Math.min(to, from + 1000); n += 1) picked.push(n);
  }
  return picked.length > 0 ? picked : all;
}

/** Whether `text` holds a control character (a NUL or a line break has no place in a path). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
