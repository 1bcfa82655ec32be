// @vitest-environment jsdom
// `npm run bench -- --smoke`: the whole benchmark suite at tiny sizes, so that it never rots. It must run
// every part (deck build, first slide, slide change, presenter sync, export against the floor, the
// commands as whole processes), print one table with a target beside each figure that has one, and write
// the JSON, the table and the chart. No figure is judged here: speed lives in `npm run bench`, not in tests.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../scripts/bench/report';
import { RICH_DECK_NAME } from '../../scripts/bench/rich-deck';

// (A path, not `new URL`: under jsdom, URL is jsdom's and node:url refuses it.)
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const run = promisify(execFile);

describe('benchmark suite, smoke run', () => {
  const out = mkdtempSync(join(tmpdir(), 'mimbar-bench-smoke-'));
  const docsBefore = readFileSync(`${ROOT}docs/performance.md`, 'utf8');
  let stdout = '';
  let report: BenchReport;

  beforeAll(async () => {
    ({ stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/run.ts', '--smoke', '--out', out], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 }));
    report = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchReport;
  }, 180_000);

  it('measures every part and prints one table with the targets beside the figures', () => {
    const benchmarks = new Set(report.rows.map((row) => row.benchmark));
    for (const name of ['deck build', 'deck build growth', 'rebuild after an edit', 'first slide', 'slide change p50', 'slide change p95', 'presenter sync p95', 'export: chromium floor', 'export: mimbar export', 'command: node -e 0', 'command: mimbar --help', 'command: mimbar build', 'command: chromium --print-to-pdf', 'command: mimbar export']) {
      expect(benchmarks, name).toContain(name);
    }
    const tableLines = stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(tableLines[0]).toBe('| benchmark | deck | slides | measured | target | met | peak memory |');
    // Header, separator, then one line per row; every row with a target says whether it was met.
    expect(tableLines).toHaveLength(report.rows.length + 2);
    for (const row of report.rows) {
      expect(Number.isFinite(row.value), `${row.benchmark} ${row.deck}`).toBe(true);
      expect(row.slides).toBeGreaterThan(0);
      if (row.target) expect(tableLines.some((line) => line.includes(row.target?.text ?? '') && / (yes|\*\*no\*\*) \|/.test(line))).toBe(true);
    }
    for (const name of ['deck build', 'first slide', 'slide change p95', 'presenter sync p95', 'command: mimbar --help', 'command: mimbar build', 'command: mimbar export']) {
      expect(report.rows.find((row) => row.benchmark === name && row.target !== null), name).toBeDefined();
    }
    expect(stdout).toMatch(/every target met|target\(s\) not met/);
  });

  it('counts the slides of the generated decks and the pages exported', () => {
    const build = report.rows.filter((row) => row.benchmark === 'deck build');
    expect(build.map((row) => row.deck)).toEqual(['article', 'article ×2', RICH_DECK_NAME]);
    const [article, twice, rich] = build;
    // The rich lesson: a title slide, 40 slides of formulas, 50 of code and 20 of diagrams.
    expect(rich?.slides).toBe(111);
    expect(report.rows.filter((row) => row.deck === RICH_DECK_NAME).map((row) => row.benchmark)).toEqual(['deck build', 'diagram library load', 'first slide', 'overview open', 'console overview open']);
    // Twice the sections: twice the slides, but for the one title slide and an agenda of twice the sections.
    const single = article?.slides ?? 0;
    expect(twice?.slides).toBeGreaterThanOrEqual(2 * single - 3);
    expect(twice?.slides).toBeLessThanOrEqual(2 * single + 2);
    const exported = report.rows.find((row) => row.benchmark === 'export: mimbar export');
    expect(exported?.slides).toBe(article?.slides);
  });

  it('writes the JSON, the table and a chart of build and export time against slide count', () => {
    expect(readFileSync(join(out, 'table.md'), 'utf8')).toContain('| deck build | article |');
    const svg = readFileSync(join(out, 'performance-chart.svg'), 'utf8');
    const chart = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(chart.documentElement.tagName).toBe('svg');
    expect(chart.querySelectorAll('.series').length).toBe(Object.keys(report.series).length);
    expect(Object.keys(report.series)).toEqual(expect.arrayContaining(['deck build', 'mimbar export', 'chromium floor']));
    expect(svg).toContain('deck build');
  });

  it('leaves docs/performance.md alone unless asked (--docs)', () => {
    expect(readFileSync(`${ROOT}docs/performance.md`, 'utf8')).toBe(docsBefore);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  });
});
