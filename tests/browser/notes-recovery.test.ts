// Edits left in the journal by an earlier run (a crash, a power cut) are offered when the deck opens
// again: "Restore" writes them into the file, "Discard" drops them; in real Chromium on the notes editor.
import { readFile, readdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { writeJournal } from '../../app/core/notes-store/journal';
import { startBrowserHost } from '../../app/host/start-browser-host';
import type { BrowserHost } from '../../app/host/start-browser-host';
import { copyNotesDeck, NOTES_DECK } from './fixtures/notes-deck';
import type { NotesDeckCopy } from './fixtures/notes-deck';
import { DIST_DIR, launchChromium } from './support/chromium';

const RECOVERED = 'Dipulihkan dari jurnal: ingatkan soal tenggat.';

describe('notes editor: unsaved edits from an earlier run', () => {
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
    const edit = { slideId: 'agenda', text: RECOVERED, base: 'Bacakan agenda perlahan.', saw: 'Bacakan agenda perlahan.' };
    await writeJournal(copy.journalDir, copy.deckPath, 'earlier-run', [edit], Date.now() - 60_000);
    host = await startBrowserHost({ deckPath: copy.deckPath, journalDir: copy.journalDir, distDir: DIST_DIR, watch: false });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(host.notesUrl);
    await page.waitForSelector('html[data-mimbar-notes-ready="true"]', { state: 'attached' });
  });

  afterEach(async () => {
    await context?.close();
    await host?.close();
    await copy?.remove();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers them, and Restore writes them into the file and empties the journal', async () => {
    const offer = page.locator('.notes-banner-recovered');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('Catatan belum tersimpan dari');
    await offer.getByRole('button', { name: 'Pulihkan' }).click();
    await expect.poll(async () => buildDeck(await readFile(copy.deckPath, 'utf8')).slides.find((slide) => slide.id === 'agenda')?.notes.markdown, { timeout: 10_000 }).toBe(RECOVERED);
    await page.locator('[data-testid="notes-status"][data-state="saved"]').waitFor();
    expect(await offer.count()).toBe(0);
    expect(await readdir(copy.journalDir)).toEqual([]);
  });

  it('Discard leaves the file as it was and forgets them', async () => {
    const offer = page.locator('.notes-banner-recovered');
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Buang' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(await readFile(copy.deckPath, 'utf8')).toBe(NOTES_DECK);
    await expect.poll(() => readdir(copy.journalDir)).toEqual([]);
  });
});
