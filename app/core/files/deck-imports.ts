/**
 * The files a deck imports (Slidev's `src: ./pages/intro.md`), read for the engine while it builds. The
 * engine is synchronous, so this reader is too; it is as strict as the deck's own reader: the path is
 * relative to the deck's folder and must stay inside it (`..`, absolute paths, drive letters, and links
 * leading out are refused), only a regular Markdown file of at most `MAX_IMPORT_BYTES` is read (a FIFO
 * or device is refused before it can block), and it must be text.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { safeSegments } from './confine-path';
import { decodeDeckBytes } from './read-source';

/** An imported page is a few slides: far below a deck's own cap. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Reads one import: its text, or null when it is refused, missing or unreadable. */
export type ImportReader = (path: string) => string | null;

/** A reader of the files the deck at `deckPath` imports, confined to the deck's folder. */
export function createImportReader(deckPath: string): ImportReader {
  const folder = dirname(deckPath);
  return (path) => readImport(folder, path);
}

function readImport(folder: string, path: string): string | null {
  // Written as in a URL or a path (`./pages/a.md`); a leading `/` is the project root in Slidev: refused here.
  const segments = safeSegments(path.trim().replace(/^\.\//, ''));
  if (segments === null || !/\.(?:md|markdown)$/i.test(segments[segments.length - 1] ?? '')) return null;
  let descriptor: number | null = null;
  try {
    const root = realpathSync(folder);
    const target = realpathSync(join(root, ...segments));
    const rel = relative(root, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
    descriptor = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(descriptor);
    if (!info.isFile() || info.size > MAX_IMPORT_BYTES) return null;
    const buffer = Buffer.alloc(info.size);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    const decoded = decodeDeckBytes(buffer.subarray(0, length));
    return decoded.hasInvalidBytes ? null : decoded.text;
  } catch {
    return null;
  } finally {
    if (descriptor !== null) closeSync(descriptor);
  }
}
