import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../../tests/support/run-cli-captured';

const article = new URL('../../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;

describe('mimbar export options', () => {
  it('documents --slide-theme and the notes-pages layout in its help', async () => {
    const { code, out } = await run('export', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/--slide-theme <theme>\s+light \| deck/);
    expect(out).toContain('default: deck for slides, light for notes and handouts');
    expect(out).toMatch(/notes-pages\s+a page per slide: its picture on the top half, its notes/);
  });

  it('refuses a slide theme that is not a choice, naming the flag, before starting Chromium', async () => {
    const { code, err } = await run('export', article, '-o', join(tmpdir(), 'never-written.pdf'), '--slide-theme', 'dark');
    expect(code).toBe(1);
    expect(err).toBe("mimbar: --slide-theme dark is not one of the choices; see `mimbar export --help`\n");
  });
});
