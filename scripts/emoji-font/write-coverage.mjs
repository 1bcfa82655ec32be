// @ts-check
// Writes app/core/check/emoji-coverage.json: the code points the bundled emoji font maps, as ranges, so
// `mimbar check` can say which emoji a deck uses that the font cannot draw. Run it after upgrading
// twemoji-colr-font: `node scripts/emoji-font/write-coverage.mjs` (a unit test fails while it is stale).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCmap } from './cmap.mjs';
import { sourceFontPath } from './mimbar-emoji.mjs';
import { readWoff2 } from './woff2.mjs';

/**
 * The coverage file's content for the installed font.
 * @returns {Promise<{ font: string, ranges: [number, number][] }>} `font` names the font for a teacher (Twemoji and its version)
 */
export async function emojiCoverage() {
  const fontPath = sourceFontPath();
  const { version } = JSON.parse(await readFile(join(dirname(fontPath), 'package.json'), 'utf8'));
  const cmap = readWoff2(await readFile(fontPath)).tables.find((table) => table.tag === 'cmap');
  if (!cmap) throw new Error('the emoji font has no cmap');
  /** @type {[number, number][]} */
  const ranges = [];
  for (const codePoint of [...readCmap(cmap.data).keys()].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return { font: `Twemoji ${version}`, ranges };
}

/** The committed file's path. */
export const COVERAGE_FILE = fileURLToPath(new URL('../../app/core/check/emoji-coverage.json', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(COVERAGE_FILE, `${JSON.stringify(await emojiCoverage())}\n`);
  console.log(`wrote ${COVERAGE_FILE}`);
}
