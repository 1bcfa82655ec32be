import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeckJson } from './deck-json';
import { runCliCaptured as run } from '../../tests/support/run-cli-captured';

const article = new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;

describe('mimbar build', () => {
  it('prints the article deck as JSON with plain-text notes', async () => {
    const { code, out, err } = await run('build', article, '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const deck = JSON.parse(out) as DeckJson;
    expect(deck.title).toBe('Manfaat Hubungan Internasional di Bidang Pertahanan dan Keamanan');
    // The opening section repeats the title, so it is the title slide's introduction and notes; the agenda follows.
    expect(deck.slides[0]).toMatchObject({ h: 0, v: 0, notesOrigin: 'derived' });
    expect(deck.slides[0]?.notes).toMatch(/^Hubungan internasional memegang peranan krusial/);
    expect(deck.slides[0]?.notes).not.toContain('<');
    expect(deck.slides[1]).toMatchObject({ id: 'agenda', h: 1, title: 'Agenda (1/2)' });
    expect(deck.warnings).toEqual([]);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run('build', article);
    expect(code).toBe(0);
    expect(out).toMatch(/— \d+ slides \(article dialect, lang id\)/);
    expect(out).toContain('Memperkuat Kapasitas Keamanan Nasional 💪 (2/2)');
    expect(out).toContain('No warnings.');
  });

  it('exits 1 with one clear line for a missing file, a folder, a binary file and bad usage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mimbar-cli-'));
    const binary = join(dir, 'image.md');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    for (const [argv, message] of [
      [['build', join(dir, 'missing.md')], 'does not exist.'],
      [['build', dir], 'is a folder, not a Markdown file.'],
      [['build', binary], 'image.md is not a text file (it contains binary data).'],
      [['build'], 'build needs a Markdown file'],
      [['build', article, '--nope'], "Unknown option '--nope'"],
      [['frobnicate'], 'unknown command "frobnicate"'],
    ] as const) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(message);
      expect(err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('has help for every command', async () => {
    expect((await run('--help')).out).toContain('build <file.md> [--json]');
    expect((await run('build', '--help')).out).toContain('Usage: mimbar build');
    expect((await run('help', 'build')).out).toContain('Usage: mimbar build');
  });
});
