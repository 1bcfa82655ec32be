// Packaging proof for issue 8 on a machine that cannot download Electron's zip.
// A: electron-builder.yml is valid against electron-builder's own JSON schema, and `files` keeps sources, tests and
//    source maps out of the app.
// B: the real electron-builder runs a Linux `--dir` build with `electronDist` pointed at a stand-in folder holding a
//    dummy `electron` shell script. Every packaging step is real (file matching, asar, extra resources, renaming the
//    executable); only the Electron binary is a stand-in. The fuses step is switched off for this stand-in build alone
//    (`electronFuses: null` in a config override): @electron/fuses looks for the fuse sentinel inside the real Electron
//    binary and a shell script has none. The fuses are flipped in a stand-in that carries a fuse wire in fuses.test.ts, and in
//    the real binary by `npm run dist`.
// Needs `npm run build` first (dist/ is what gets packaged).
import { listPackage } from '@electron/asar';
import { Ajv } from 'ajv';
import { Platform, build } from 'electron-builder';
import type { Configuration } from 'electron-builder';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration & { files: string[] };
const ARTICLE = 'slides/manfaat-hubungan-internasional.md';

describe('electron-builder.yml', () => {
  it('matches electron-builder’s own JSON schema (app-builder-lib/scheme.json)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('packs only built output: no sources, tests, fixtures, maps or node_modules', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**/*', '!dist/**/*.map', '!node_modules/**/*']));
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) {
      expect(pattern, `only package.json and dist/ are packed, not ${pattern}`).toMatch(/^(package\.json|dist\/)/);
    }
    expect(config.asar).toBe(true);
    expect(config.extraResources).toEqual([{ from: ARTICLE, to: ARTICLE }]);
  });
});

describe('build/: the app icon from build/icon.svg (scripts/make-icons.mjs)', () => {
  /** Width and height from a PNG's IHDR chunk. */
  const pngSize = (path: string) => {
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  it('has icon.png at 1024 (electron-builder makes .ico and .icns from it) and the Linux icon set', () => {
    expect(existsSync(join(root, 'build/icon.svg'))).toBe(true);
    expect(pngSize(join(root, 'build/icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(root, `build/icons/${size}x${size}.png`))).toEqual([size, size]);
    }
  });
});

describe('electron-builder --dir with a stand-in Electron (Linux)', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it('produces an app.asar with the bundles only, and the article as an extra resource', { timeout: 120_000 }, async () => {
    expect(existsSync(join(root, 'dist/main/main.cjs')), 'run `npm run build` first').toBe(true);

    // The stand-in for an unpacked Electron: just the executable, which electron-builder renames to the app's name.
    // (No resources/default_app.asar: electron-builder hashes every .asar in resources/ for the integrity check,
    // and a fake one is not a readable asar.)
    const electronDist = mkdtempSync(join(tmpdir(), 'mimbar-electron-standin-'));
    const output = mkdtempSync(join(tmpdir(), 'mimbar-dist-'));
    temps.push(electronDist, output);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
    chmodSync(join(electronDist, 'electron'), 0o755);

    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      // Overrides only: electron-builder loads electron-builder.yml itself and deep-merges these on top.
      config: {
        electronDist,
        electronFuses: null, // stand-in binary has no fuse sentinel; see the header comment
        directories: { output },
      },
    });

    const appDir = join(output, 'linux-unpacked');
    expect(existsSync(join(appDir, 'mimbar')), 'the electron executable is renamed to the app').toBe(true);
    const entries = listPackage(join(appDir, 'resources/app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));

    expect(entries).toEqual(
      expect.arrayContaining(['/package.json', '/dist/main/main.cjs', ...['audience', 'presenter', 'notes-editor', 'print', 'export-dialog'].map((kind) => `/dist/preload/${kind}.cjs`), '/dist/renderer/audience.html', '/dist/renderer/presenter.html']),
    );
    expect(entries.filter((entry) => /\.(ts|mts|cts)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('/dist/cli'))).toEqual([]);
    // Nothing but package.json and the built dist/ folder: no app/, renderer/ sources, tests, fixtures, node_modules.
    expect(entries.filter((entry) => entry !== '/package.json' && entry !== '/dist' && !entry.startsWith('/dist/'))).toEqual([]);
    expect(entries.filter((entry) => /node_modules|tests?\/|fixtures/.test(entry))).toEqual([]);

    const article = join(appDir, 'resources', ARTICLE);
    expect(existsSync(article), 'the bundled article sits outside the asar, in resources/slides').toBe(true);
    expect(readFileSync(article, 'utf8')).toBe(readFileSync(join(root, ARTICLE), 'utf8'));
  });
});

describe('npm run dist with ELECTRON_DIST', () => {
  it('packages an unpacked app from a stand-in Electron folder, saying loudly that it has no fuses', { timeout: 120_000 }, () => {
    const standIn = mkdtempSync(join(tmpdir(), 'mimbar-standin-'));
    const output = mkdtempSync(join(tmpdir(), 'mimbar-release-'));
    try {
      writeFileSync(join(standIn, 'electron'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(standIn, 'electron'), 0o755);
      const result = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/dist.mjs', import.meta.url)), '--linux', 'dir', `-c.directories.output=${output}`], {
        env: { ...process.env, ELECTRON_DIST: standIn },
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      expect(`${result.stdout}${result.stderr}`).toContain('holds a stand-in Electron (no fuse marker): packaging WITHOUT fuses');
      expect(existsSync(join(output, 'linux-unpacked', 'mimbar'))).toBe(true);
      expect(existsSync(join(output, 'linux-unpacked', 'resources', 'app.asar'))).toBe(true);
    } finally {
      rmSync(standIn, { recursive: true, force: true });
      rmSync(output, { recursive: true, force: true });
    }
  });

  it('refuses an ELECTRON_DIST that is not a folder or a zip, in one line', () => {
    const result = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/dist.mjs', import.meta.url))], { env: { ...process.env, ELECTRON_DIST: '/nowhere/electron' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('dist: ELECTRON_DIST=/nowhere/electron is not a folder holding an unpacked Electron (or Electron\'s .zip).');
  });
});
