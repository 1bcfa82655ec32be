// The export dialog page in real Chromium, served by the browser host: it answers export:get-setup with
// the defaults and export:start with "not available", so this checks the page, not an export.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../app/core/served-files';
import { startBrowserHost, type BrowserHost } from '../../app/host/start-browser-host';
import { makeDeck } from './fixtures/make-deck';
import { sampleDeck, SAMPLE_TITLE } from './fixtures/sample-deck';
import { DIST_DIR, launchChromium } from './support/chromium';

describe('export dialog page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openDialog(deck = sampleDeck, beforeLoad?: () => void): Promise<{ page: Page; host: BrowserHost; errors: string[]; close(): Promise<void> }> {
    const host = await startBrowserHost({ deck, distDir: DIST_DIR });
    // The window's content size (app/main/export/export-dialog-window.ts).
    const context = await browser.newContext({ viewport: { width: 420, height: 420 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    // Init scripts run before the page's own script, outside its CSP.
    if (beforeLoad) await page.addInitScript(beforeLoad);
    await page.goto(`${host.origin}/app/export-dialog.html`);
    await page.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached' });
    return { page, host, errors, close: async () => (await context.close(), await host.close()) };
  }

  it('ships the page CSP and no inline script or style', async () => {
    const html = await readFile(join(DIST_DIR, 'renderer', 'export-dialog.html'), 'utf8');
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]).toBe(PAGE_CSP);
    expect(html).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('shows the defaults for the deck in its language, with the six layouts described', async () => {
    const { page, errors, close } = await openDialog();
    try {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
      expect(await page.title()).toBe('Ekspor PDF');
      expect(await page.locator('.deck-title').textContent()).toBe(SAMPLE_TITLE);
      expect(await page.locator('.deck-count').textContent()).toBe('7 slide');
      expect(await page.locator('select[name="layout"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
        'slides', 'notes-below', 'notes-pages', 'handout-2', 'handout-3', 'handout-6',
      ]);
      expect(await page.locator('select[name="layout"]').inputValue()).toBe('slides');
      expect(await page.locator('input[name="fragments"]:checked').inputValue()).toBe('final');
      expect(await page.locator('select[name="paper"]').inputValue()).toBe('auto');
      expect(await page.locator('select[name="orientation"]').inputValue()).toBe('auto');
      expect(await page.locator('select[name="slideTheme"]').inputValue()).toBe('auto');
      expect(await page.locator('select[name="slideTheme"] option').allTextContents()).toEqual(['Otomatis (terang untuk kertas)', 'Terang (hemat tinta)', 'Tema presentasi']);
      expect(await page.locator('#layout-description').textContent()).toBe('Satu slide per halaman.');
      await page.locator('select[name="layout"]').selectOption('handout-3');
      expect(await page.locator('#layout-description').textContent()).toMatch(/garis/);
      // Every choice and both buttons fit the fixed-size window, with the longest description shown.
      await page.locator('select[name="layout"]').selectOption('notes-pages');
      for (const selector of ['select[name="orientation"]', '.buttons .primary', '.buttons .secondary']) {
        const box = await page.locator(selector).boundingBox();
        expect((box?.y ?? Infinity) + (box?.height ?? 0), selector).toBeLessThanOrEqual(420);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows progress events and cancels with Esc (a stand-in window.mimbar drives the page)', async () => {
    // Electron's preload exposes window.mimbar; this stand-in records calls and lets the test send events.
    const { page, close } = await openDialog(sampleDeck, () => {
      const listeners = new Map<string, (payload: unknown) => void>();
      const calls: string[] = [];
      Object.assign(window, { __calls: calls, __emit: (event: string, payload: unknown) => listeners.get(event)?.(payload) });
      Object.defineProperty(window, 'mimbar', {
        value: {
          getExportSetup: async () => ({ options: { layout: 'handout-6', fragments: 'steps', paper: 'a4', orientation: 'portrait', slideTheme: 'light' }, deckTitle: 'Kuliah', slideCount: 51, lang: 'id' }),
          startExport: async (options: unknown) => (calls.push(`start ${JSON.stringify(options)}`), { ok: true }),
          cancelExport: async () => (calls.push('cancel'), null),
          on: (event: string, listener: (payload: unknown) => void) => (listeners.set(event, listener), () => listeners.delete(event)),
        },
      });
    });
    try {
      expect(await page.locator('select[name="layout"]').inputValue()).toBe('handout-6');
      expect(await page.locator('select[name="slideTheme"]').inputValue()).toBe('light');
      await page.locator('select[name="slideTheme"]').selectOption('deck');
      await page.locator('.buttons .primary').click();
      const emit = (event: string, payload: unknown) => page.evaluate(([name, data]) => (window as unknown as { __emit(e: unknown, p: unknown): void }).__emit(name, data), [event, payload] as const);
      await emit('export:progress', { phase: 'layout', done: 12, total: 51 });
      expect(await page.locator('.status-text').textContent()).toBe('Menata halaman 12/51');
      expect(await page.locator('progress.bar').evaluate((bar) => (bar as HTMLProgressElement).value)).toBeCloseTo(12 / 51);
      expect(await page.locator('select[name="layout"]').isDisabled()).toBe(true);
      expect(await page.locator('.buttons .secondary').textContent()).toBe('Batal');
      await page.keyboard.press('Escape');
      await emit('export:finished', { ok: false, canceled: true, message: '' });
      expect(await page.locator('.status-text').textContent()).toBe('Ekspor dibatalkan.');
      expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toEqual([
        'start {"layout":"handout-6","fragments":"steps","paper":"a4","orientation":"portrait","slideTheme":"deck"}',
        'cancel',
      ]);
    } finally {
      await close();
    }
  });

  it('uses English for an English deck, and Enter asks the host to export', async () => {
    const { page, close } = await openDialog(makeDeck(sampleDeck.slides, { title: 'Talk', lang: 'en' }));
    try {
      expect(await page.locator('.buttons .primary').textContent()).toBe('Export…');
      expect(await page.locator('select[name="slideTheme"] option').allTextContents()).toEqual(['Automatic (light on paper)', 'Light (saves toner)', "The deck's theme"]);
      await page.keyboard.press('Enter');
      const status = page.locator('.status-text[data-tone="error"]');
      await status.waitFor();
      expect(await status.textContent()).toBe('Not available in the browser host');
      expect(await page.locator('select[name="layout"]').isEnabled()).toBe(true);
      expect(await page.locator('.buttons .secondary').textContent()).toBe('Close');
    } finally {
      await close();
    }
  });
});
