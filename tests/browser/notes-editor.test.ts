// The notes editor page (`/notes`) in real Chromium against a browser host that saves into a temporary
// copy of a deck: the slide list, choosing a slide and typing (saved into the file), the filter and the
// keys, read-only notes, "Go to slide", the preview, and "Save notes as…" as a browser download.
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { startBrowserHost } from '../../app/host/start-browser-host';
import type { BrowserHost } from '../../app/host/start-browser-host';
import { copyNotesDeck, NOTES_ORDER } from './fixtures/notes-deck';
import type { NotesDeckCopy } from './fixtures/notes-deck';
import { hostState } from './fixtures/presenter-pages';
import { DIST_DIR, launchChromium } from './support/chromium';
import { watchPage } from './support/watch-page';
import type { PageWatch } from './support/watch-page';

/** expect.poll's options here: autosave waits a quiet second, so poll longer than the default second. */
const POLL = { timeout: 10_000 };

const notesOf = (source: string, slideId: string): string | undefined => buildDeck(source).slides.find((slide) => slide.id === slideId)?.notes.markdown;

describe('notes editor page', () => {
  let browser: Browser;
  let copy: NotesDeckCopy;
  let host: BrowserHost;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;
  const row = (slideId: string): ReturnType<Page['locator']> => page.locator(`.slide-row[data-slide="${slideId}"]`);
  const text = (): ReturnType<Page['locator']> => page.getByTestId('notes-panel-editor');
  const saved = (): Promise<void> => page.locator('[data-testid="notes-status"][data-state="saved"]').waitFor();
  const visibleRows = (): Promise<(string | null)[]> =>
    page.locator('.slide-row:not([hidden])').evaluateAll((rows) => rows.map((element) => element.getAttribute('data-slide')));
  const fileText = (): Promise<string> => readFile(copy.deckPath, 'utf8');

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    copy = await copyNotesDeck();
    host = await startBrowserHost({ deckPath: copy.deckPath, journalDir: copy.journalDir, distDir: DIST_DIR });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    watch = await watchPage(page);
    await page.goto(host.notesUrl);
    await page.waitForSelector('html[data-mimbar-notes-ready="true"]', { state: 'attached' });
    await saved();
  });

  afterEach(async () => {
    expect(watch.errors).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
    await context?.close();
    await host?.close();
    await copy?.remove();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every slide with its number, title and notes, and saves what is typed for the chosen slide', async () => {
    expect(await visibleRows()).toEqual(NOTES_ORDER);
    expect(await row('agenda').textContent()).toContain('3Agenda');
    expect(await row('agenda').locator('.slide-row-excerpt').textContent()).toBe('Bacakan agenda perlahan.');
    expect(await page.getAttribute('html', 'lang')).toBe('id');

    await row('rencana-pelatihan').click();
    expect(await page.getByTestId('notes-slide-title').textContent()).toBe('5. Rencana Pelatihan');
    expect(await text().inputValue()).toBe('Tanyakan siapa yang bisa menjadi pelatih.');
    await text().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Catat nomor teleponnya.');
    await expect.poll(() => page.locator('.slide-row.is-unsaved').count()).toBe(1);
    const edited = 'Tanyakan siapa yang bisa menjadi pelatih. Catat nomor teleponnya.';
    await expect.poll(() => fileText().then((source) => notesOf(source, 'rencana-pelatihan')), POLL).toBe(edited);
    await saved();
    await expect.poll(() => page.locator('.slide-row.is-unsaved').count()).toBe(0);
    expect(await row('rencana-pelatihan').locator('.slide-row-excerpt').textContent()).toBe(edited);
    expect(await text().inputValue()).toBe(edited);
  });

  it('filters the list, and Ctrl+F, Enter, Alt+↑/↓ and Ctrl+S do what the help line says', async () => {
    await page.keyboard.press('Control+f');
    expect(await page.getByTestId('notes-filter').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('agenda');
    expect(await visibleRows()).toEqual(['agenda']);
    await page.keyboard.type(' xyz');
    expect(await visibleRows()).toEqual([]);
    expect(await page.locator('#list-empty').textContent()).toBe('Tidak ada slide yang cocok.');
    await page.getByTestId('notes-filter').fill('5');
    expect(await visibleRows()).toEqual(['rencana-pelatihan']);
    await page.getByTestId('notes-filter').fill('perlahan');
    expect(await visibleRows()).toEqual(['agenda']);
    await page.keyboard.press('Enter');
    expect(await row('agenda').getAttribute('class')).toContain('is-selected');
    await page.keyboard.press('Escape');
    expect(await visibleRows()).toEqual(NOTES_ORDER);

    await text().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Lalu minta pertanyaan.');
    // Choosing another slide saves the one left now.
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.getByTestId('notes-slide-title').textContent()).toBe('4. Laporan Kegiatan');
    expect(await text().inputValue()).toBe('');
    await expect.poll(() => fileText().then((source) => notesOf(source, 'agenda')), POLL).toBe('Bacakan agenda perlahan. Lalu minta pertanyaan.');
    await text().click();
    await page.keyboard.type('Sebutkan nama desa.');
    await page.keyboard.press('Control+s');
    await expect.poll(() => fileText().then((source) => notesOf(source, 'laporan-kegiatan')), POLL).toBe('Sebutkan nama desa.');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await text().inputValue()).toBe('Bacakan agenda perlahan. Lalu minta pertanyaan.');
  });

  it('shows the title slide\'s notes read-only, with the reason', async () => {
    await row('rapat-koordinasi-relawan').click();
    expect(await text().getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#read-only-reason').textContent()).toContain('front matter');
    expect(await row('rapat-koordinasi-relawan').getAttribute('class')).toContain('is-read-only');
  });

  it('shows the chosen slide to the audience, and marks the slide being presented', async () => {
    await row('laporan-kegiatan').click();
    await page.getByTestId('notes-go-to-slide').click();
    await expect.poll(async () => (await hostState(page)).slideId).toBe('laporan-kegiatan');
    await expect.poll(() => row('laporan-kegiatan').getAttribute('class')).toContain('is-presented');
    expect(await page.locator('.slide-row.is-presented').count()).toBe(1);

    // A move of the presentation takes the editor along, unless the presenter is typing there.
    const goTo = (h: number): Promise<unknown> =>
      page.evaluate((index) => fetch('/api/invoke/presentation:command', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'goto', h: index, v: 0, fragment: -1 }) }), h);
    await text().click();
    await goTo(4);
    await expect.poll(() => row('rencana-pelatihan').getAttribute('class')).toContain('is-presented');
    expect(await page.getByTestId('notes-slide-title').textContent()).toBe('4. Laporan Kegiatan');
    await page.locator('#deck-title').click();
    await goTo(5);
    await expect.poll(() => page.getByTestId('notes-slide-title').textContent()).toBe('6. Penutup');
  });

  it('previews saved notes as the engine rendered them and unsaved text as typed', async () => {
    await row('pembukaan').click();
    await page.locator('#preview-toggle').click();
    const preview = page.getByTestId('notes-preview');
    expect(await preview.getAttribute('data-kind')).toBe('rendered');
    expect(await preview.locator('p').textContent()).toBe('Sapa peserta dan perkenalkan tim inti.');
    await page.locator('#preview-toggle').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n<img src=x onerror="window.__pwned=1"> **tebal**');
    await page.locator('#preview-toggle').click();
    expect(await preview.getAttribute('data-kind')).toBe('plain');
    expect(await preview.locator('img').count()).toBe(0);
    expect(await preview.textContent()).toContain('**tebal**');
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  for (const keep of ['mine', 'theirs'] as const) {
    it(`shows both texts when the file changed under an unsaved edit, and keeps ${keep}`, async () => {
      await row('agenda').click();
      await text().click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('Versi saya.');
      await page.locator('[data-testid="notes-status"][data-state="unsaved"]').waitFor();
      const source = await fileText();
      await writeFile(copy.deckPath, source.replace('Bacakan agenda perlahan.', 'Bacakan agenda dengan jelas.'), 'utf8');
      const conflict = page.locator('.notes-banner-conflict[data-slide="agenda"]');
      await conflict.waitFor();
      expect(await conflict.locator('pre').allTextContents()).toEqual(['Versi saya.', 'Bacakan agenda dengan jelas.']);
      expect(notesOf(await fileText(), 'agenda')).toBe('Bacakan agenda dengan jelas.');
      await conflict.getByRole('button', { name: keep === 'mine' ? 'Pakai punya saya' : 'Pakai yang di berkas' }).click();
      const kept = keep === 'mine' ? 'Versi saya.' : 'Bacakan agenda dengan jelas.';
      await expect.poll(() => fileText().then((text) => notesOf(text, 'agenda')), POLL).toBe(kept);
      await conflict.waitFor({ state: 'detached' });
      await saved();
      expect(await text().inputValue()).toBe(kept);
    });
  }

  it('downloads the deck with every edit from "Save notes as…"', async () => {
    await row('penutup').click();
    await text().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ucapkan terima kasih kepada panitia.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-as').click()]);
    expect(download.suggestedFilename()).toBe('rapat.md');
    const downloaded = await readFile(await download.path(), 'utf8');
    expect(notesOf(downloaded, 'penutup')).toBe('Ucapkan terima kasih kepada panitia.');
  });
});
