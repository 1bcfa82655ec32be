// The renderer part of the build: the audience page, its CSS (reveal.js base, the bundled colour-emoji
// font, app styles), the print page (PDF export) and its CSS, one CSS file per offline theme, the export
// dialog, the notes editor, and the static HTML. Imported by build.mjs.
import { readFile, cp, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** Themes that embed their fonts as data: URLs; the other reveal themes import Google Fonts. */
export const OFFLINE_THEMES = ['black', 'white', 'black-contrast', 'white-contrast'];

const EMOJI_MODULE = 'mimbar:emoji-font.css';

/**
 * Generates one woff2-only @font-face per unicode-range subset of @fontsource/noto-color-emoji, so the
 * browser downloads only the subsets a slide uses and never the woff fallbacks. The bundled files are
 * COLRv1; a Chromium built against an older system FreeType (Debian 12's Chromium, FreeType 2.12) draws
 * COLRv1 glyphs blank, so an installed Noto Color Emoji (CBDT bitmaps) is preferred via local(). Electron
 * ships its own FreeType and renders the bundled files.
 * @type {import('esbuild').Plugin}
 */
const emojiFontPlugin = {
  name: 'mimbar-emoji-font',
  setup(build) {
    build.onResolve({ filter: /^mimbar:emoji-font\.css$/ }, () => ({ path: EMOJI_MODULE, namespace: 'mimbar-emoji' }));
    build.onLoad({ filter: /.*/, namespace: 'mimbar-emoji' }, async () => {
      const packageDir = dirname(require.resolve('@fontsource/noto-color-emoji/package.json'));
      const ranges = JSON.parse(await readFile(`${packageDir}/unicode.json`, 'utf8'));
      const faces = Object.entries(ranges).map(([key, range]) => {
        const subset = key.replace(/^\[|\]$/g, '');
        return `@font-face{font-family:'Noto Color Emoji';font-style:normal;font-weight:400;font-display:swap;` +
          `src:local('Noto Color Emoji'),local('NotoColorEmoji'),url(./files/noto-color-emoji-${subset}-400-normal.woff2) format('woff2');` +
          `unicode-range:${range}}`;
      });
      return { contents: faces.join('\n'), loader: 'css', resolveDir: packageDir };
    });
  },
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
    platform: 'browser',
    target: 'chrome120',
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'renderer/fonts/[name]-[hash]',
    plugins: [emojiFontPlugin],
  },
  // The export dialog (Electron): its script, and its stylesheet (system fonts, no reveal.js).
  { entryPoints: { 'renderer/export-dialog': 'renderer/export-dialog/main.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' },
  { entryPoints: { 'renderer/export-dialog': 'renderer/export-dialog/export-dialog.css' }, platform: 'browser', target: 'chrome120' },
  // The notes editor window: its script, and its stylesheet (system fonts, no reveal.js).
  { entryPoints: { 'renderer/notes-editor': 'renderer/notes-editor/main.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' },
  { entryPoints: { 'renderer/notes-editor': 'renderer/notes-editor/notes-editor.css' }, platform: 'browser', target: 'chrome120' },
];

/** Copies the renderer's static pages (audience, print, presenter console, export dialog, notes editor) into `out`. */
export async function copyRendererStatic(root, out) {
  await mkdir(`${out}/renderer`, { recursive: true });
  await cp(`${root}renderer/audience/index.html`, `${out}/renderer/audience.html`);
  await cp(`${root}renderer/print/index.html`, `${out}/renderer/print.html`);
  await cp(`${root}renderer/presenter/index.html`, `${out}/renderer/presenter.html`);
  await cp(`${root}renderer/export-dialog/index.html`, `${out}/renderer/export-dialog.html`);
  await cp(`${root}renderer/notes-editor/index.html`, `${out}/renderer/notes-editor.html`);
}
