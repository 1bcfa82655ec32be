// What the presenter sees when notes cannot be saved safely, in real Chromium on the notes editor: a
// pasted invisible control character is refused in words and the notes stay unsaved until it is
// removed; a deck replaced by a link is never written through, and the banner says so.
import { readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { startBrowserHost } from '../../app/host/start-browser-host';
import type { BrowserHost } from '../../app/host/start-browser-host';
import { copyNotesDeck, NOTES_DECK } from './fixtures/notes-deck';
import type { NotesDeckCopy } from './fixtures/notes-deck';
import { DIST_DIR, launchChromium } from './support/chromium';

const POLL = { timeout: 10_000 };
const notesOf = (source: string, slideId: string): string | undefined => buildDeck(source).slides.find((slide) => slide.id === slideId)?.notes.markdown;

describe('notes editor: saves that must not happen', () => {
  let browser: Browser;
  let copy: NotesDeckCopy;
  let host: BrowserHost;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    copy = await copyNotesDeck();
    host = await startBrowserHost({ deckPath: copy.deckPath, journalDir: copy.journalDir, distDir: DIST_DIR, watch: false });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    await page.goto(host.notesUrl);
    await page.waitForSelector('html[data-mimbar-notes-ready="true"]', { state: 'attached' });
    await page.locator('.slide-row[data-slide="agenda"]').click();
  });

  afterEach(async () => {
    await context?.close();
    await host?.close();
    await copy?.remove();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Puts `text` in the notes field as a paste would, and lets the page send it. */
  async function paste(text: string): Promise<void> {
    await page.getByTestId('notes-panel-editor').evaluate((field, value) => {
      (field as HTMLTextAreaElement).value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
  }

  it('a pasted control character: refused in words, nothing written, saved once it is gone', async () => {
    await paste('Bacakan agenda\u0007 perlahan.');
    const status = page.getByTestId('notes-status');
    await expect.poll(() => status.getAttribute('data-state'), POLL).toBe('error');
    const banner = page.getByTestId('notes-banner');
    await expect.poll(() => banner.textContent(), POLL).toContain('contain a character a text file cannot keep (U+0007');
    expect(await readFile(copy.deckPath, 'utf8')).toBe(NOTES_DECK);
    await paste('Bacakan agenda perlahan, dua kali.');
    await expect.poll(async () => notesOf(await readFile(copy.deckPath, 'utf8'), 'agenda'), POLL).toBe('Bacakan agenda perlahan, dua kali.');
    await expect.poll(() => status.getAttribute('data-state'), POLL).toBe('saved');
  });

  it('a deck replaced by a link: the file it points to is untouched, the banner says why and offers Save notes as…', async () => {
    const elsewhere = join(dirname(copy.deckPath), 'elsewhere.md');
    await writeFile(elsewhere, NOTES_DECK);
    await symlink(elsewhere, `${copy.deckPath}.link`);
    await rename(`${copy.deckPath}.link`, copy.deckPath);
    await paste('Catatan yang tidak boleh ke tempat lain.');
    const banner = page.getByTestId('notes-banner');
    await expect.poll(() => banner.textContent(), POLL).toContain('was replaced by a link to another file, and Mimbar never writes through a link');
    expect(await banner.getByRole('button').allTextContents()).toHaveLength(1);
    expect(await readFile(elsewhere, 'utf8')).toBe(NOTES_DECK);
    await rm(elsewhere);
  });
});
