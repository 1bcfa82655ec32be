#!/usr/bin/env node
// Security gate: runs @doyensec/electronegativity over Mimbar's sources and exits 1 on a HIGH or
// MEDIUM finding (or one of the few checks gated at any severity, see electronegativity-findings.mjs)
// that security/electronegativity-allowlist.json does not answer, on an allow-list entry that matches
// no finding any more, or on a file the scanner could not analyse.
//
// It scans the TypeScript sources (app/ and renderer/, tests left out) and package.json, not dist/:
// the scanner only reads .js/.ts/.html files, so it skips the .cjs main and preload bundles, and
// when given them as .js it fails on the libraries bundled into main. No build is needed first.
//
// Offline: the scanner downloads its translations on every run, and its "security fixes available"
// check downloads Electron's release list. That check is left out (the Electron version is pinned
// in package.json and passed as the CLI's -e would be) and every other connection is refused.
//
// Usage: node scripts/security/electronegativity.mjs [--root <dir>]  (default: this repository)
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, isClean, parseAllowList, toFindings, toScanErrors, triageFindings } from './electronegativity-findings.mjs';

/** What is scanned, relative to the root. */
const TARGETS = ['app', 'renderer', 'package.json'];
const ALLOW_LIST = 'security/electronegativity-allowlist.json';
// Downloads Electron's release list and answers nothing offline; Electron's age belongs in a lockfile
// check (docs/reliability.md §1 #16).
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Makes every TCP/TLS connection in this process fail at once; returns the targets refused. */
function refuseNetwork() {
  const refused = [];
  net.Socket.prototype.connect = function refuseConnect(...args) {
    // net.connect passes its normalized arguments as one array; a direct call passes them as is.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const target = first !== null && typeof first === 'object' ? first : { port: first, host: args[1] };
    refused.push(target.path ?? `${target.host ?? 'localhost'}:${target.port}`);
    const error = Object.assign(new Error('the electronegativity gate runs offline'), { code: 'ERR_MIMBAR_OFFLINE' });
    process.nextTick(() => this.destroy(error));
    return this;
  };
  return refused;
}

async function readElectronVersion(root) {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin electron to an exact version, found ${JSON.stringify(version)}`);
  }
  return version;
}

// The scanner walks a whole folder and reports paths relative to it: a copy of the targets
// without tests gives repository-relative paths and keeps test mocks out of the findings.
async function stageTargets(root) {
  const stage = await mkdtemp(join(tmpdir(), 'mimbar-electronegativity-'));
  const filter = (source) => !source.includes('node_modules') && !/\.test\.tsx?$/.test(source);
  for (const target of TARGETS) await cp(join(root, target), join(stage, target), { recursive: true, filter });
  return stage;
}

// The files the scanner reads (its loader's list): sources, pages and package manifests.
async function countScannedFiles(stage) {
  const files = await readdir(stage, { recursive: true, withFileTypes: true });
  return files.filter((file) => file.isFile() && /\.(jsx?|tsx?|html?)$|^package(-lock)?\.json$/.test(file.name)).length;
}

async function main() {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = values.root ? resolve(values.root) : fileURLToPath(new URL('../..', import.meta.url));
  const entries = parseAllowList(await readFile(join(root, ALLOW_LIST), 'utf8'));
  const electronVersion = await readElectronVersion(root);
  const require = createRequire(import.meta.url);
  const scannerVersion = require('@doyensec/electronegativity/package.json').version;

  const refused = refuseNetwork();
  const { default: run } = await import('@doyensec/electronegativity');
  const stage = await stageTargets(root);
  const count = await countScannedFiles(stage);
  const started = performance.now();
  let result;
  try {
    // runner.js reads `electronVersionOverride` (the CLI's -e); the README's `electronVersion` is ignored.
    result = await run({ input: stage, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED_CHECKS });
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  console.log(`electronegativity ${scannerVersion}: ${TARGETS.join(', ')} (${count} files, tests left out) as Electron ${electronVersion}, ${seconds} s`);
  if (refused.length > 0) {
    console.log(`electronegativity: offline, refused ${refused.length} connection(s) the scanner tried: ${[...new Set(refused)].join(', ')}`);
  }
  const triage = triageFindings(toFindings(result.issues), entries);
  const scanErrors = toScanErrors(result.errors, stage);
  for (const line of formatReport(triage, scanErrors)) console.log(line);
  return isClean(triage, scanErrors) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
