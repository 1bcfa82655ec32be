// `npm run dist`: builds the app (scripts/build.mjs, as `npm run build`) and packages it with electron-builder for
// the current platform (targets in electron-builder.yml). Extra arguments go to electron-builder:
//   npm run dist -- --linux dir        an unpacked app in release/linux-unpacked
//   npm run dist -- --win nsis         (run on the target system for signing and native tools)
// Electron itself: set ELECTRON_DIST to a folder holding an unpacked Electron 45 (the folder with the `electron`
// executable, `electron.exe` or `Electron.app`) or to Electron's zip; otherwise the Electron binary that the
// `electron` npm package downloaded (node_modules/electron/dist) is used when present; otherwise electron-builder
// downloads Electron's zip on the first run (network needed; it is cached afterwards).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The Electron distribution to package, or null to let electron-builder download it. */
function electronDist() {
  const fromEnv = process.env.ELECTRON_DIST;
  if (fromEnv) {
    const path = resolve(fromEnv);
    if (!existsSync(path) || !(statSync(path).isDirectory() || path.endsWith('.zip'))) {
      console.error(`dist: ELECTRON_DIST=${fromEnv} is not a folder holding an unpacked Electron (or Electron's .zip).`);
      process.exit(1);
    }
    return path;
  }
  const installed = join(root, 'node_modules/electron/dist');
  const binary = { darwin: 'Electron.app', win32: 'electron.exe' }[process.platform] ?? 'electron';
  return existsSync(join(installed, binary)) ? installed : null;
}

/** @electron/fuses looks for this marker in the Electron binary; a stand-in executable has none. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** True when `folder` holds an Electron executable without the fuse marker (a stand-in, as the tests use). */
function isStandIn(folder) {
  const binary = join(folder, { win32: 'electron.exe' }[process.platform] ?? 'electron');
  return existsSync(binary) && statSync(binary).isFile() && !readFileSync(binary).includes(FUSE_SENTINEL);
}

/** electron-builder.yml without its fuses, as a config file for a stand-in Electron that has none to flip. */
function configWithoutFuses() {
  const { parse } = require('yaml');
  const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  delete config.electronFuses;
  const file = join(mkdtempSync(join(tmpdir(), 'mimbar-dist-')), 'electron-builder.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

const dist = electronDist();
const hint =
  'dist: no local Electron: the first run needs network to download Electron\'s zip, or set ELECTRON_DIST to a folder holding an unpacked Electron.';
if (dist) console.log(`dist: using the Electron in ${dist}`);
else console.log(hint);

const buildStatus = run(process.execPath, [join(root, 'scripts/build.mjs')]);
if (buildStatus !== 0) process.exit(buildStatus);

const builderArgs = [
  require.resolve('electron-builder/cli.js'),
  ...(args.some((arg) => arg === '--publish' || arg.startsWith('--publish=') || arg === '-p') ? [] : ['--publish', 'never']),
  ...(dist ? [`-c.electronDist=${dist}`] : []),
  ...args,
];
if (dist && !dist.endsWith('.zip') && isStandIn(dist)) {
  // Only a real Electron binary has fuses to flip: say loudly that this build has none.
  console.warn(`dist: ${dist} holds a stand-in Electron (no fuse marker): packaging WITHOUT fuses. Never ship this build.`);
  builderArgs.splice(1, 0, '--config', configWithoutFuses());
}
const status = run(process.execPath, builderArgs);
if (status !== 0 && !dist) console.error(hint);
process.exit(status);
