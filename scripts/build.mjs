// Builds every bundle Mimbar runs into dist/: the Electron main process and preload (CommonJS, node),
// and the renderer (browser, with reveal.js, themes and fonts). Used by `npm start`, `npm test`, the
// browser host and packaging. `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { copyRendererStatic, rendererBundles } from './renderer-bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist`;
const isWatch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const bundles = [
  {
    entryPoints: { 'main/main': 'app/main/main.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  },
  {
    // A sandboxed preload is one CommonJS file that may only require a few electron modules. One per
    // kind of window (WINDOW_KINDS in app/contract/windows.ts), each exposing only that window's bridge.
    entryPoints: Object.fromEntries(['audience', 'presenter', 'notes-editor', 'print', 'export-dialog'].map((kind) => [`preload/${kind}`, `app/preload/${kind}.ts`])),
    platform: 'node',
    format: 'cjs',
    target: 'chrome140',
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  },
  {
    // The `mimbar` command (package.json "bin"): an ES module with its libraries inside, and each command
    // in chunks next to it that only that command loads (app/cli/run-cli.ts), so `--help` starts at once.
    // `export` drives Chromium over the DevTools pipe itself, with no browser driver.
    entryPoints: { 'cli/mimbar': 'app/cli/mimbar.ts' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    external: ['electron'],
    // Smaller to parse: part of every call's start-up time.
    minify: true,
    // The commands and the diagram library (app/core/deck/diagrams/diagram-library.ts imports it with
    // `import()`) land in chunks of their own: the library only loads for decks with diagrams, as parsing
    // it would double a call's start-up time. Chunks sit in dist/cli/ beside the entry (app/cli/paths.ts
    // finds dist/ from there) and get the banner too, which is harmless there.
    splitting: true,
    chunkNames: 'cli/[name]-[hash]',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __mimbarRequire } from 'node:module';\nconst require = __mimbarRequire(import.meta.url);" },
  },
  ...rendererBundles,
];

// A build goes to a folder of its own and then takes dist/'s place, so a `mimbar serve` or an export
// running meanwhile never finds dist/ half-deleted (watch mode builds in place).
const target = isWatch ? out : `${out}.building-${process.pid}`;
const common = { bundle: true, outdir: target, absWorkingDir: root, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };

await rm(target, { recursive: true, force: true });
await mkdir(`${target}/renderer`, { recursive: true });
await copyRendererStatic(root, target);

if (isWatch) {
  for (const options of bundles) await (await context({ ...common, ...options })).watch();
  console.log('mimbar: watching for changes');
} else {
  try {
    await Promise.all(bundles.map((options) => build({ ...common, ...options })));
    await chmod(`${target}/cli/mimbar.mjs`, 0o755);
    const old = `${out}.old-${process.pid}`;
    await rename(out, old).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(target, out);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}
