// The built renderer works offline: no remote URL in any built CSS (CI greps for it too), the page's
// CSP meta tag is the policy the browser host sends, and one bundled emoji font serves every page.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP, PAGE_CSP_HEADER } from '../../app/core/served-files';
import { DIST_DIR, requireBuiltRenderer } from './support/chromium';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('built renderer', () => {
  requireBuiltRenderer();
  const renderer = join(DIST_DIR, 'renderer');

  it('has no remote URL in any CSS file', async () => {
    const css = (await filesUnder(renderer)).filter((file) => file.endsWith('.css'));
    expect(css.map((file) => file.slice(renderer.length + 1)).sort()).toEqual(
      ['audience.css', 'export-dialog.css', 'notes-editor.css', 'presenter.css', 'print.css', 'themes/black-contrast.css', 'themes/black.css', 'themes/white-contrast.css', 'themes/white.css'],
    );
    for (const file of css) expect(await readFile(file, 'utf8'), file).not.toMatch(/https?:\/\//);
  });

  it('ships one colour-emoji font, woff2, that every stylesheet names and none looks up on the system', async () => {
    const all = (await filesUnder(join(renderer, 'fonts'))).map((file) => file.slice(file.lastIndexOf('/') + 1));
    const fonts = all.filter((name) => name.startsWith('mimbar-emoji-'));
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^mimbar-emoji-[0-9a-f]{16}-[A-Z0-9]+\.woff2$/);
    // The only other font: the math font of the pages that show slides (math.css).
    expect(all.filter((name) => !fonts.includes(name))).toEqual([expect.stringMatching(/^stix-two-math-latin-400-normal-[A-Z0-9]+\.woff2$/)]);
    for (const page of ['audience', 'presenter', 'print']) {
      const css = await readFile(join(renderer, `${page}.css`), 'utf8');
      expect(css, page).toMatch(/font-family:\s*"Mimbar Math";[^}]*src: url\("\.\/fonts\/stix-two-math-latin-400-normal-[A-Z0-9]+\.woff2"\) format\("woff2"\)/);
    }
    for (const page of ['audience', 'presenter', 'print', 'notes-editor', 'export-dialog']) {
      const css = await readFile(join(renderer, `${page}.css`), 'utf8');
      expect(css, page).toContain(`src: url("./fonts/${fonts[0]}") format("woff2")`);
      // A font stack beyond the @font-face itself names it.
      expect(css.match(/font(?:-family)?:[^;}]*"Mimbar Emoji"/g)?.length ?? 0, page).toBeGreaterThan(1);
      expect(css, page).not.toMatch(/local\(/);
    }
  });

  it('puts the same CSP in the page as the host sends, with no inline script or style', async () => {
    const html = await readFile(join(renderer, 'audience.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta?.[1]).toBe(PAGE_CSP);
    expect(PAGE_CSP_HEADER.startsWith(PAGE_CSP)).toBe(true);
    expect(html).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/i);
    expect(html).toMatch(/src="audience\.js"/);
    expect(html).toMatch(/href="audience\.css"/);
  });
});
