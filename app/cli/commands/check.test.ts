import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../core/check/check-report';
import { runCliCaptured as run } from '../../../tests/support/run-cli-captured';

const article = new URL('../../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;
const fixture = new URL('../../../tests/fixtures/check/not-ready.md', import.meta.url).pathname;

describe('mimbar check', () => {
  it('exits 0 on the shipped article and says it is ready for class', async () => {
    const { code, out, err } = await run('check', article);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Checking manfaat-hubungan-internasional\.md \(\d+ slides\) for class\n/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Ready for class: nothing is loaded from the network and every image is here.');
  });

  it('exits 1 on the fixture and names the remote URL, the ../ path and the missing path with slide and line', async () => {
    const { code, out, err } = await run('check', fixture);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('Loaded from the network (1 problem)\n  Slide 2 "A map from the web", line 15: The image https://example.org/maps/world.png is on the web');
    expect(out).toContain('Outside the deck folder (1 problem)\n  Slide 3 "A logo from the folder above", line 21: The image ../school-logo.png is outside the deck folder');
    expect(out).toContain('Missing files (1 problem)\n  Slide 4 "A chart that was never copied", line 27: The image images/trade-chart.png is missing');
    expect(out).toContain('Slides shrunk to fit (1 notice)\n  Slide 6 "Too much for one slide", line 39:');
    expect(out).toContain('Front matter (1 notice)\n  Line 4: Unknown front matter key `tagline` was ignored.');
    expect(out).not.toContain('alliances');
    expect(out).not.toContain('example.org/alliances');
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 problems, 2 notices: fix the problems before class');
  });

  it('prints the report as JSON with --json, with the same exit code', async () => {
    const { code, out } = await run('check', fixture, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as CheckReport;
    expect(Object.keys(report)).toEqual(['ok', 'slideCount', 'problemCount', 'noticeCount', 'findings', 'dialect', 'dialectReason']);
    expect(report).toMatchObject({ ok: false, slideCount: 6, problemCount: 3, noticeCount: 2 });
    expect(report.findings[0]).toEqual({
      kind: 'remote',
      severity: 'problem',
      slide: { id: 'a-map-from-the-web', title: 'A map from the web', number: 2 },
      line: 15,
      reference: 'https://example.org/maps/world.png',
      message: 'The image https://example.org/maps/world.png is on the web: Mimbar never loads anything from the network, so it shows as a placeholder in class.',
    });
    expect(report.findings.map((finding) => `${finding.kind}/${finding.severity}`)).toEqual([
      'remote/problem',
      'outside/problem',
      'missing/problem',
      'over-budget/notice',
      'front-matter/notice',
    ]);

    const ready = await run('check', article, '--json');
    expect(ready.code).toBe(0);
    expect(JSON.parse(ready.out)).toMatchObject({ ok: true, problemCount: 0, findings: [] });
  });

  it('exits 1 with one clear line for a missing file, a folder, a binary file and bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mimbar-check-cli-'));
    const binary = join(dir, 'image.md');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    for (const [argv, message] of [
      [['check', join(dir, 'missing.md')], 'does not exist.'],
      [['check', dir], 'is a folder, not a Markdown file.'],
      [['check', binary], 'image.md is not a text file (it contains binary data).'],
      [['check'], 'check needs a Markdown file'],
      [['check', article, fixture], 'check takes one file, got 2'],
      [['check', article, '--nope'], "Unknown option '--nope'"],
    ] as const) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(message);
      expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('has help, listed in the main help too', async () => {
    expect((await run('--help')).out).toContain('check <file.md> [--json]');
    expect((await run('check', '--help')).out).toContain('Usage: mimbar check');
    expect((await run('help', 'check')).out).toContain('Usage: mimbar check');
  });
});
