/** Where the deck that ships with the app lives, in the repository and in a packaged app. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLED_DECK_FILE = 'manfaat-hubungan-internasional.md';

/**
 * Path of the bundled article deck. `appRoot` is the folder holding `slides/` (the repository, or the
 * packaged app's resources folder, where electron-builder copies `slides/` as an extra resource).
 */
export function bundledDeckPath(...roots: string[]): string {
  for (const root of roots) {
    const candidate = join(root, 'slides', BUNDLED_DECK_FILE);
    if (existsSync(candidate)) return candidate;
  }
  return join(roots[0] ?? process.cwd(), 'slides', BUNDLED_DECK_FILE);
}
