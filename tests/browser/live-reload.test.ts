// Live reload through the browser host's file watcher: another editor saves the deck (a plain write,
// then a save by renaming a temporary file over it) and the audience shows the new text on the same slide.
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { openDeck } from './support/open-deck';
import { expectDeckShown, pressForSlide, presentSlideId, presentSlideText } from './support/page-state';

const deckText = (extra: string, body: string): string => `---\nstyle: deck\n---\n\n# Judul\n\n---\n\n${extra}## Satu\n\nPertama.\n\n---\n\n## Dua\n\n${body}\n`;

describe('audience page: live reload of the deck file', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = await mkdtemp(join(tmpdir(), 'mimbar-reload-'));
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows a saved change at once and stays on the same slide, also for a rename-over save', async () => {
    const path = join(dir, 'kelas.md');
    await writeFile(path, deckText('', 'Kedua.'));
    const opened = await openDeck(browser, { deckPath: path });
    try {
      const { page } = opened;
      await pressForSlide(page, 'ArrowRight');
      expect(await pressForSlide(page, 'ArrowRight')).toBe('dua');
      // A new slide before the current one shifts its index: the audience must follow the id.
      await expectDeckShown(page, () => writeFile(path, deckText('## Baru\n\nSisipan.\n\n---\n\n', 'Kedua, diperbarui.')));
      expect(await presentSlideId(page)).toBe('dua');
      expect(await presentSlideText(page)).toContain('Kedua, diperbarui.');

      const temporary = join(dir, '.kelas.md.swp');
      await writeFile(temporary, deckText('## Baru\n\nSisipan.\n\n---\n\n', 'Disimpan dengan rename.'));
      await expectDeckShown(page, () => rename(temporary, path));
      expect(await presentSlideId(page)).toBe('dua');
      expect(await presentSlideText(page)).toContain('Disimpan dengan rename.');
    } finally {
      await opened.close();
    }
  });
});

describe('audience page: an image of the deck changes on disk', () => {
  it('loads the new image on the same slide', async () => {
    const browser = await launchChromium();
    const dir = await mkdtemp(join(tmpdir(), 'mimbar-image-'));
    const path = join(dir, 'peta.md');
    const svg = (width: number): string => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="10"><rect width="${width}" height="10"/></svg>`;
    await writeFile(join(dir, 'peta.svg'), svg(40));
    await writeFile(path, '---\nstyle: deck\n---\n\n# Judul\n\n---\n\n## Peta\n\n![Peta](peta.svg)\n');
    const opened = await openDeck(browser, { deckPath: path });
    try {
      const { page } = opened;
      expect(await pressForSlide(page, 'ArrowRight')).toBe('peta');
      const image = page.locator('section.present img');
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(40);
      await expectDeckShown(page, () => writeFile(join(dir, 'peta.svg'), svg(90)));
      expect(await presentSlideId(page)).toBe('peta');
      expect(await image.getAttribute('src')).toBe('/deck/peta.svg?v=1');
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(90);
    } finally {
      await opened.close();
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('audience page: a deck file that is not valid UTF-8', () => {
  it('shows the deck with a banner saying it will not be written', async () => {
    const browser = await launchChromium();
    const dir = await mkdtemp(join(tmpdir(), 'mimbar-latin1-'));
    const path = join(dir, 'lama.md');
    await writeFile(path, Buffer.from('# Caf\xe9\n\n## Men\xfa\n\nTexte.\n', 'latin1'));
    const opened = await openDeck(browser, { deckPath: path, journalDir: join(dir, 'journal') });
    try {
      const banner = opened.page.locator('.mimbar-ui-banner');
      await banner.waitFor({ state: 'visible' });
      expect(await banner.locator('.mimbar-ui-banner-text').textContent()).toMatch(/^lama\.md is not valid UTF-8 text: .*will not write into the file/);
      expect(await presentSlideText(opened.page)).toContain('Caf\uFFFD');
    } finally {
      await opened.close();
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
