// Bad input opened from a real Markdown file (`deckPath`: read, built by the engine, served by the
// browser host), in Chromium: an empty file shows the empty-state screen, an image path leaving the deck
// folder and a remote image load nothing, and image names that need encoding load. docs/reliability.md §5 A1, D.
// (tests/browser/hostile-deck.test.ts proves the same renderer rules on a hand-made deck object.)
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import { pressForSlide } from './support/page-state';

/** A 1×1 PNG, so a loaded image has a natural width of 1. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const REMOTE = 'https://example.invalid/peta.png';
/** Image files next to the deck, and how the deck names each (in the same Unicode normalization). */
const NAMES: [file: string, markdown: string][] = [
  ['my image.png', '<img/my image.png>'],
  ['no #1.png', 'img/no%20%231.png'],
  ['100%.png', 'img/100%25.png'],
  ['caf\u00e9.png', 'img/caf\u00e9.png'],
  ['nai\u0308ve.png', 'img/nai\u0308ve.png'],
];

describe('audience page: bad input from a Markdown file', () => {
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    browser = await launchChromium();
    base = await mkdtemp(join(tmpdir(), 'mimbar-bad-input-'));
  });

  afterAll(async () => {
    await browser?.close();
    await rm(base, { recursive: true, force: true });
  });

  it('shows the empty-state screen, not an error, for an empty file', async () => {
    const deckPath = join(base, 'empty.md');
    await writeFile(deckPath, '');
    const opened = await openDeck(browser, { deckPath, watch: false });
    try {
      const { page } = opened;
      const empty = page.locator('.mimbar-ui-empty');
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.locator('h1').textContent()).toBe('No slides yet');
      expect(await page.locator('.reveal').isVisible()).toBe(false);
      expect(await page.locator('.mimbar-ui-banner').isVisible()).toBe(false);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  // The engine marks a slide it cannot render (`isPlaceholder`) and sends only its title; the view words
  // the stand-in in the deck's language, so an Indonesian class reads Indonesian.
  for (const [lang, sentence] of [
    ['id', 'Slide ini terlalu rumit untuk ditampilkan. Slide lain tetap bisa dipresentasikan.'],
    ['en', 'This slide is too complex to show. The rest of the deck still works.'],
  ] as const) {
    it(`words the stand-in of a slide too complex to show in the deck's language (${lang})`, async () => {
      const deckPath = join(base, `too-complex-${lang}.md`);
      await writeFile(deckPath, `---\nlang: ${lang}\n---\n\n# Dek\n\n## Rumit\n\n${'>'.repeat(3000)} dalam\n\n## Sesudah\n\nBaik.\n`);
      const opened = await openDeck(browser, { deckPath, watch: false });
      try {
        const { page } = opened;
        expect(await pressForSlide(page, 'PageDown')).toBe('rumit');
        const slide = page.locator('[data-mimbar-slide="rumit"]');
        expect(await slide.getAttribute('class')).toContain('mimbar-placeholder');
        expect(await slide.locator('h2').textContent()).toBe('Rumit');
        expect(await slide.locator('.mimbar-ui-placeholder').textContent()).toBe(sentence);
        expect(await page.locator('[data-mimbar-slide="sesudah"]').textContent()).toContain('Baik.');
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it('loads no image from outside the deck folder or the web, and loads names that need encoding', async () => {
    const deckDir = join(base, 'talk');
    await mkdir(join(deckDir, 'img'), { recursive: true });
    await writeFile(join(base, 'secret.png'), PNG);
    for (const [file] of NAMES) await writeFile(join(deckDir, 'img', file), PNG);
    const markdown = [
      '# Gambar', '',
      '## Outside', '', '![escape](../secret.png)', '',
      '## Remote', '', `![Peta ASEAN](${REMOTE})`, '',
      '## Names', '', NAMES.map(([, path], index) => `![name ${index}](${path})`).join(' '), '',
    ].join('\n');
    const deckPath = join(deckDir, 'deck.md');
    await writeFile(deckPath, markdown);
    const opened = await openDeck(browser, { deckPath, watch: false });
    try {
      const { page, host } = opened;
      for (const id of ['outside', 'remote', 'names']) expect(await pressForSlide(page, 'PageDown')).toBe(id);

      // ../ is refused before any request: a placeholder names the path, with the alt text.
      expect(await page.locator('[data-mimbar-slide="outside"] img').count()).toBe(0);
      const escape = page.locator('[data-mimbar-slide="outside"] .mimbar-refused-image');
      expect(await escape.locator('.mimbar-remote-image-alt').textContent()).toBe('escape');
      expect(await escape.locator('.mimbar-remote-image-url').textContent()).toBe('../secret.png');

      // A remote image is never fetched; a placeholder names it.
      const remote = page.locator('[data-mimbar-slide="remote"] .mimbar-remote-image');
      expect(await remote.locator('.mimbar-remote-image-url').textContent()).toBe(REMOTE);
      expect(await remote.locator('.mimbar-remote-image-alt').textContent()).toBe('Peta ASEAN');
      expect(await page.locator('[data-mimbar-slide="remote"] img').count()).toBe(0);

      // Spaces, an encoded # and %, and non-ASCII names (NFC and NFD) all load from the deck folder.
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('[data-mimbar-slide="names"] img')).every((image) => image.complete));
      const loaded = await page.locator('[data-mimbar-slide="names"] img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
      expect(loaded).toEqual(NAMES.map(() => 1));

      expect(foreignRequests(opened)).toEqual([]);
      const deckRequests = opened.requests.filter((url) => url.startsWith(`${host.origin}/deck/`));
      const requested = deckRequests.map((url) => decodeURIComponent(url.slice(`${host.origin}/deck/img/`.length)));
      expect(requested.sort()).toEqual(NAMES.map(([file]) => file).sort());
      expect(opened.requests.some((url) => url.includes('secret'))).toBe(false);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
