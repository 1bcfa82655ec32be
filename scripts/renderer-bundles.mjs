// The renderer part of the build: the audience page, its CSS (reveal.js base, the bundled colour-emoji
// font, app styles), the print page (PDF export) and its CSS, one CSS file per offline theme, the export
// dialog, the notes editor, and the static HTML. Imported by build.mjs.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEmojiFont, EMOJI_FAMILY, sourceFontPath } from './emoji-font/mimbar-emoji.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Themes that embed their fonts as data: URLs; the other reveal themes import Google Fonts. */
export const OFFLINE_THEMES = ['black', 'white', 'black-contrast', 'white-contrast'];

const EMOJI_MODULE = 'mimbar:emoji-font.css';

/** The patched font, built once per build however many stylesheets import it. */
let emojiFont = /** @type {ReturnType<typeof buildEmojiFont> | null} */ (null);

/**
 * The `@font-face` of the bundled colour-emoji font (scripts/emoji-font/mimbar-emoji.mjs): one COLRv0
 * woff2 file, which Debian's Chromium draws with no system emoji font. It is never looked up with
 * local(), so the slides look the same on every computer. One face for all weights: bold text never gets emoji
 * thickened by synthetic bold.
 * @type {import('esbuild').Plugin}
 */
const emojiFontPlugin = {
  name: 'mimbar-emoji-font',
  setup(build) {
    build.onResolve({ filter: /^mimbar:emoji-font\.css$/ }, () => ({ path: EMOJI_MODULE, namespace: 'mimbar-emoji' }));
    build.onLoad({ filter: /.*/, namespace: 'mimbar-emoji' }, async () => {
      emojiFont ??= buildEmojiFont(root);
      const { path } = await emojiFont;
      const face = `@font-face{font-family:'${EMOJI_FAMILY}';font-style:normal;font-weight:100 900;font-display:swap;src:url(./${basename(path)}) format('woff2')}`;
      return { contents: face, loader: 'css', resolveDir: dirname(path), watchFiles: [sourceFontPath()] };
    });
  },
};

/** How every stylesheet is built: fonts become files of their own, the emoji font comes from the plugin. */
const stylesheet = {
  platform: /** @type {const} */ ('browser'),
  target: 'chrome120',
  loader: /** @type {const} */ ({ '.woff2': 'file', '.woff': 'file' }),
  assetNames: 'renderer/fonts/[name]-[hash]',
  plugins: [emojiFontPlugin],
};

/** @type {import('esbuild').BuildOptions[]} */
export const rendererBundles = [
  {
    entryPoints: { 'renderer/audience': 'renderer/audience/main.ts', 'renderer/print': 'renderer/print/main.ts', 'renderer/presenter': 'renderer/presenter/main.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  },
  {
    // Stylesheets: each page's own, and one per theme so a page loads only the deck's theme.
    entryPoints: {
      'renderer/audience': 'renderer/audience/audience.css',
      'renderer/print': 'renderer/print/print.css',
      'renderer/presenter': 'renderer/presenter/presenter.css',
      ...Object.fromEntries(OFFLINE_THEMES.map((theme) => [`renderer/themes/${theme}`, `node_modules/reveal.js/dist/theme/${theme}.css`])),
    },
    ...stylesheet,
  },
  // The export dialog (Electron): its script, and its stylesheet (system fonts and the emoji font, no reveal.js).
  { entryPoints: { 'renderer/export-dialog': 'renderer/export-dialog/main.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' },
  { entryPoints: { 'renderer/export-dialog': 'renderer/export-dialog/export-dialog.css' }, ...stylesheet },
  // The notes editor window: its script, and its stylesheet (system fonts and the emoji font, no reveal.js).
  { entryPoints: { 'renderer/notes-editor': 'renderer/notes-editor/main.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' },
  { entryPoints: { 'renderer/notes-editor': 'renderer/notes-editor/notes-editor.css' }, ...stylesheet },
];

/** Copies the renderer's static pages (audience, print, presenter console, export dialog, notes editor) into `out`. */
export async function copyRendererStatic(root, out) {
  await mkdir(`${out}/renderer`, { recursive: true });
  await cp(`${root}renderer/audience/index.html`, `${out}/renderer/audience.html`);
  await cp(`${root}renderer/print/index.html`, `${out}/renderer/print.html`);
  await cp(`${root}renderer/presenter/index.html`, `${out}/renderer/presenter.html`);
  await cp(`${root}renderer/export-dialog/index.html`, `${out}/renderer/export-dialog.html`);
  await cp(`${root}renderer/notes-editor/index.html`, `${out}/renderer/notes-editor.html`);
  await mkdir(`${out}/renderer/licenses`, { recursive: true });
  await writeFile(`${out}/renderer/licenses/mimbar-emoji.txt`, EMOJI_CHANGES + (await readFile(join(dirname(sourceFontPath()), 'LICENSE'), 'utf8')));
  await writeFile(`${out}/renderer/licenses/stix-two-math.txt`, MATH_FONT_NOTE + (await readFile(`${root}node_modules/@fontsource/stix-two-math/LICENSE`, 'utf8')));
}

/** Where the math font comes from; it is bundled unchanged. */
const MATH_FONT_NOTE = `Mimbar Math (renderer/fonts/stix-two-math-latin-400-normal-*.woff2) is STIX Two Math, unchanged, from the
npm package @fontsource/stix-two-math (https://fontsource.org/fonts/stix-two-math), under the SIL Open
Font License 1.1, below.

`;

/** What the licence of the emoji font asks us to say: what it is, where it came from, what we changed. */
const EMOJI_CHANGES = `Mimbar Emoji (renderer/fonts/mimbar-emoji-*.woff2) is Twemoji as a COLR font, from the npm package
twemoji-colr-font (https://github.com/mrdrogdrog/twemoji-color-font), built with Mozilla's twemoji-colr
from the Twemoji art (https://github.com/twitter/twemoji, CC-BY-4.0).

Changes made by Mimbar: each ligature rule containing U+FE0F got a twin rule without it (Chromium drops
the selector before shaping), and the glyph names were removed (post table format 3). The glyphs and
their colours are unchanged. The font stays under the SIL Open Font License 1.1, below.

`;
