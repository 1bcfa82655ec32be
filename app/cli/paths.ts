/** Where the CLI finds the built renderer. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from './io';

/** The repository's `dist/` folder (built by `npm run build`). */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Throws a clear one-line error when the renderer has not been built. */
export function requireBuiltPage(page: string): string {
  if (!existsSync(`${DIST_DIR}/renderer/${page}`)) throw new UsageError(`dist/renderer/${page} is missing: run \`npm run build\` first.`);
  return DIST_DIR;
}
