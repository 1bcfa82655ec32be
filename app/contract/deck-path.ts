/**
 * The rules for a path a deck writes to one of its own files (an image), shared by the renderer's
 * sanitizer and the engine's pre-flight check, so both decide alike. No node:*, no DOM.
 */

/** Characters browsers drop from URLs before parsing, so `java\tscript:` is still a scheme. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
export const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/**
 * True when a relative path stays below its base. The whole path is decoded once first, as the hosts
 * do, so an encoded separator (`..%2f`, `%2e%2e%5c`) cannot hide a `..`; a path that does not decode,
 * or holds a backslash or NUL once decoded, is refused.
 */
export function staysInside(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return false;
  return decoded.split('/').every((segment) => segment !== '..');
}
