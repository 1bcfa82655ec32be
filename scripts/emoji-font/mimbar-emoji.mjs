// @ts-check
// Mimbar's colour-emoji font: Twemoji as a COLRv0 font (twemoji-colr-font, OFL-1.1). Debian's Chromium
// draws COLRv0 with the system's FreeType 2.12 (it drew Noto's COLRv1 blank); Chrome and Electron bring
// their own FreeType and Skia, which draw COLRv0 too (not tested here). Made fit for Chromium in two ways:
// - Chromium drops U+FE0F (the emoji variation selector) before shaping when a font has no cmap
//   format 14, so the font's rules such as `1 FE0F 20E3 → keycap` never match and 1️⃣ #️⃣ and 🏳️‍🌈
//   came out blank or in pieces. Every ligature rule that contains FE0F gets a twin without it.
// - The glyph names (post format 2, 290 KB before compression) are dropped (post format 3).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readCmap } from './cmap.mjs';
import { prependLigatureLookup, readGsub } from './gsub.mjs';
import { readWoff2, writeWoff2 } from './woff2.mjs';

/** The family name every page's font stack uses for the bundled emoji. */
export const EMOJI_FAMILY = 'Mimbar Emoji';

const VARIATION_SELECTOR_16 = 0xfe0f;

/**
 * @typedef {object} PatchedFont
 * @property {Buffer} bytes the WOFF2 file
 * @property {number} addedRules ligature rules added without FE0F
 * @property {number[]} codePoints every code point the font maps, ascending
 */

/**
 * @param {import('./woff2.mjs').Woff2Font} font
 * @param {string} tag
 */
function table(font, tag) {
  const found = font.tables.find((entry) => entry.tag === tag);
  if (!found) throw new Error(`the emoji font has no ${tag} table`);
  return found;
}

/**
 * Patches a Twemoji COLR WOFF2 file as described above.
 * @param {Buffer} source
 * @param {number} [quality] brotli quality (11 for the shipped file; lower is faster, for tests)
 * @returns {PatchedFont}
 */
export function patchEmojiFont(source, quality = 11) {
  const font = readWoff2(source);
  const cmap = readCmap(table(font, 'cmap').data);
  const selector = cmap.get(VARIATION_SELECTOR_16);
  if (selector === undefined) throw new Error('the emoji font does not map U+FE0F');
  const gsubTable = table(font, 'GSUB');
  const gsub = readGsub(gsubTable.data);
  const known = new Set(gsub.lookups.flatMap((lookup) => lookup.ligatures.map((rule) => rule.sequence.join(','))));
  /** @type {import('./gsub.mjs').Ligature[]} */
  const added = [];
  /** @type {Set<number>} */
  const sourceLookups = new Set();
  gsub.lookups.forEach((lookup, index) => {
    for (const rule of lookup.ligatures) {
      if (rule.sequence[0] === selector || !rule.sequence.includes(selector)) continue;
      const sequence = rule.sequence.filter((glyph) => glyph !== selector);
      const key = sequence.join(',');
      if (sequence.length < 2 || known.has(key)) continue;
      known.add(key);
      added.push({ sequence, glyph: rule.glyph });
      sourceLookups.add(index);
    }
  });
  const featureTags = new Set(gsub.features.filter((feature) => feature.lookups.some((index) => sourceLookups.has(index))).map((feature) => feature.tag));
  const post = table(font, 'post');
  const post3 = Buffer.from(post.data.subarray(0, 32));
  post3.writeUInt32BE(0x00030000, 0);
  const gsubData = prependLigatureLookup(gsubTable.data, added, featureTags);
  const tables = font.tables.map((entry) => {
    if (entry === gsubTable) return { ...entry, origLength: gsubData.length, data: gsubData };
    if (entry === post) return { ...entry, origLength: post3.length, data: post3 };
    return entry;
  });
  const bytes = writeWoff2({ ...font, tables }, font, quality);
  return { bytes, addedRules: added.length, codePoints: [...cmap.keys()].sort((a, b) => a - b) };
}

const require = createRequire(import.meta.url);

/** The unpatched font as the npm package ships it. */
export function sourceFontPath() {
  return join(dirname(require.resolve('twemoji-colr-font/package.json')), 'twemoji.woff2');
}

/**
 * The patched font, built once per source font and patcher and kept under node_modules/.cache (a
 * brotli pass at quality 11 takes seconds). Returns the file's path and the code points it maps.
 * @param {string} root the project folder
 * @returns {Promise<{ path: string, codePoints: number[] }>}
 */
export async function buildEmojiFont(root) {
  const source = await readFile(sourceFontPath());
  const patcher = await Promise.all(['mimbar-emoji.mjs', 'gsub.mjs', 'woff2.mjs', 'cmap.mjs'].map((name) => readFile(new URL(name, import.meta.url))));
  const key = createHash('sha256').update(source).update(Buffer.concat(patcher)).digest('hex').slice(0, 16);
  const folder = join(root, 'node_modules', '.cache', 'mimbar');
  const path = join(folder, `mimbar-emoji-${key}.woff2`);
  const coverage = `${path}.json`;
  const cached = await stat(coverage).then(() => true, () => false);
  if (cached) return { path, codePoints: JSON.parse(await readFile(coverage, 'utf8')) };
  const patched = patchEmojiFont(source);
  await mkdir(folder, { recursive: true });
  // Written beside and renamed into place: two builds at once each see a whole file or none.
  await writeFile(`${path}.${process.pid}.tmp`, patched.bytes);
  await rename(`${path}.${process.pid}.tmp`, path);
  await writeFile(`${coverage}.${process.pid}.tmp`, JSON.stringify(patched.codePoints));
  await rename(`${coverage}.${process.pid}.tmp`, coverage);
  return { path, codePoints: patched.codePoints };
}
