/** Where the CLI finds the built renderer. */
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './io';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The repository's `dist/` folder (built by `npm run build`): the folder above this module when it runs
 * as the built command (`dist/cli/mimbar.mjs`), else `dist/` at the root of the repository (from source).
 */
export const DIST_DIR = basename(dirname(here)) === 'dist' ? dirname(here) : fileURLToPath(new URL('../../dist', import.meta.url));

/** Throws a clear one-line error when the renderer has not been built. */
export function requireBuiltPage(page: string): string {
  if (!existsSync(`${DIST_DIR}/renderer/${page}`)) throw new UsageError(`dist/renderer/${page} is missing: run \`npm run build\` first.`);
  return DIST_DIR;
}
