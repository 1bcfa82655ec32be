/**
 * Checks on deck paths that come from outside main: the command line and files dropped on a window.
 * Plain Node, no electron.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

/** True when `path` names a Markdown file by its extension (.md or .markdown, any case). */
export function hasDeckExtension(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * Validates a path the renderer sent (a dropped file): it must be absolute, end in .md or .markdown
 * and be a regular file. Returns null when it is acceptable, otherwise a one-line message for the user.
 */
export async function checkDroppedPath(path: string): Promise<string | null> {
  if (path.includes('\0') || !isAbsolute(path)) return 'Mimbar could not tell where that file is on disk.';
  if (!hasDeckExtension(path)) return 'Mimbar opens Markdown files (.md or .markdown).';
  try {
    if ((await stat(path)).isFile()) return null;
  } catch {
    return 'That file no longer exists.';
  }
  return 'Mimbar opens Markdown files, not folders or devices.';
}

/**
 * The deck path given on the command line, resolved against `cwd`, or null. `process.argv` is
 * `[electron, appPath, ...args]` when started as `electron .` (`isDefaultApp`) and `[app, ...args]`
 * when packaged; the first argument after the app path that ends in .md/.markdown wins and Chromium
 * switches (`--foo`) are skipped.
 */
export function findDeckArgument(argv: readonly string[], isDefaultApp: boolean, cwd: string): string | null {
  const args = argv.slice(isDefaultApp ? 2 : 1);
  const found = args.find((arg) => !arg.startsWith('-') && hasDeckExtension(arg));
  return found === undefined ? null : resolve(cwd, found);
}
