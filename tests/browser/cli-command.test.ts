// The `mimbar` command as a user runs it: the built file package.json's "bin" names, in a new process,
// from another folder: `--help`, `build --json` and `export`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../support/read-pdf';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { mimbar: string } }).bin.mimbar);
const article = join(root, 'slides/manfaat-hubungan-internasional.md');
const elsewhere = mkdtempSync(join(tmpdir(), 'mimbar-bin-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

/** Runs the built command directly (as a PATH lookup or npx would), from a folder outside the repository. */
const mimbar = (...args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8', timeout: 60_000 });

describe('the mimbar command', () => {
  it('is an executable script with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
  });

  it('--help and build --json work from any folder', () => {
    const help = mimbar('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: mimbar <command>/);
    const built = mimbar('build', article, '--json');
    expect(built.status, built.stderr).toBe(0);
    expect((JSON.parse(built.stdout) as { slides: unknown[] }).slides.length).toBeGreaterThan(20);
  });

  it('exports the article to a PDF with one page per slide', async () => {
    const pdf = join(elsewhere, 'artikel.pdf');
    const run = mimbar('export', article, '-o', pdf);
    expect(run.status, run.stderr).toBe(0);
    const slides = (JSON.parse(mimbar('build', article, '--json').stdout) as { slides: unknown[] }).slides.length;
    expect((await readPdf(pdf)).pages).toBe(slides);
  });
});
