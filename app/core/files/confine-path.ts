/**
 * Resolves a URL path (as requested by the renderer) to a regular file inside one folder, refusing
 * anything that could name a file outside it. Plain Node: used by Electron's `mimbar://` protocol
 * handler and usable by any other host.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep, win32 } from 'node:path';

// A drive letter (`C:`) or a Windows alternate data stream (`image.png:secret`) both need a colon.
const COLON = ':';

/**
 * Splits a percent-encoded request path into safe segments, or returns null when it is refused:
 * malformed escapes, NUL, backslashes, colons (drive letters, alternate data streams), absolute paths
 * and `..` segments, all checked after decoding exactly once.
 */
export function safeSegments(requestPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.length === 0) return null;
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(COLON)) return null;
  if (decoded.startsWith('/') || isAbsolute(decoded) || win32.isAbsolute(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || segments.includes('..')) return null;
  return segments;
}

/** True when `child` is `root` itself or below it; both must already be real paths. */
function isWithin(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Returns the real path of the regular file `requestPath` names inside `root`, or null when the path
 * is refused (see `safeSegments`), missing, not a regular file, or resolves (through symlinks) to a
 * place outside `realpath(root)`. The caller should read the returned path, not the requested one.
 */
export async function resolveInside(root: string, requestPath: string): Promise<string | null> {
  const segments = safeSegments(requestPath);
  if (!segments) return null;
  try {
    const realRoot = await realpath(root);
    const realTarget = await realpath(join(realRoot, ...segments));
    if (realTarget === realRoot || !isWithin(realRoot, realTarget)) return null;
    const info = await stat(realTarget);
    return info.isFile() ? realTarget : null;
  } catch {
    return null;
  }
}
