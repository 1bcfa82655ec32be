// The audience page when notes are saved: the host publishes the rebuilt deck after every autosave,
// and a change of notes alone must not rebuild reveal.js (the projector would flicker on every save).
// A change the audience can see still does.
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { copyNotesDeck } from './fixtures/notes-deck';
import type { NotesDeckCopy } from './fixtures/notes-deck';
import { openPresenterPair, pressInConsole } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';
import { expectDeckShown, expectSlideChange, presentSlideText } from './support/page-state';

declare global {
  interface Window {
    __markedSection?: Element | null;
    __decksShown?: number;
  }
}

/** expect.poll's options here: autosave waits a quiet second, so poll longer than the default second. */
const POLL = { timeout: 10_000 };

describe('audience page: notes saved while presenting', () => {
  let browser: Browser;
  let copy: NotesDeckCopy;
  let pair: PresenterPair;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    copy = await copyNotesDeck();
    pair = await openPresenterPair(browser, { deckPath: copy.deckPath, journalDir: copy.journalDir });
    await expectSlideChange(pair.audience, () => pressInConsole(pair.console, 'ArrowRight').then(() => undefined));
    // Mark the slide's section and count the decks the page shows from now on.
    await pair.audience.evaluate(() => {
      const section = document.querySelector('section[data-mimbar-slide="pembukaan"]');
      section?.setAttribute('data-test-marker', 'kept');
      window.__markedSection = section;
      window.__decksShown = 0;
      window.addEventListener('mimbar:ready', () => (window.__decksShown = (window.__decksShown ?? 0) + 1));
    });
  });

  afterEach(async () => {
    expect(pair.errors).toEqual([]);
    await pair?.close();
    await copy?.remove();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps its slides (no reveal.js rebuild) when only notes changed', async () => {
    await pair.console.getByTestId('notes').click();
    await pair.console.keyboard.type(' Ingatkan soal konsumsi.');
    await expect.poll(() => readFile(copy.deckPath, 'utf8').then((text) => buildDeck(text).slides[1]?.notes.markdown), POLL).toBe(
      'Sapa peserta dan perkenalkan tim inti. Ingatkan soal konsumsi.',
    );
    await pair.console.locator('[data-testid="notes-status"][data-state="saved"]').waitFor();
    // Events reach the page in order: once it shows the next move, it has handled the deck published by the save.
    expect(await expectSlideChange(pair.audience, () => pressInConsole(pair.console, 'PageDown').then(() => undefined))).toBe('agenda');
    expect(await pair.audience.evaluate(() => window.__decksShown)).toBe(0);
    expect(
      await pair.audience.evaluate(() => {
        const section = document.querySelector('section[data-mimbar-slide="pembukaan"]');
        return section === window.__markedSection && section?.getAttribute('data-test-marker') === 'kept';
      }),
    ).toBe(true);
    expect(await pair.audience.evaluate(() => document.documentElement.outerHTML)).not.toContain('konsumsi');
  });

  it('still shows a change the audience can see', async () => {
    const source = await readFile(copy.deckPath, 'utf8');
    await expectDeckShown(pair.audience, () => writeFile(copy.deckPath, source.replace('- Selamat datang', '- Selamat datang, relawan'), 'utf8'));
    expect(await presentSlideText(pair.audience)).toContain('Selamat datang, relawan');
    expect(await pair.audience.evaluate(() => window.__markedSection?.isConnected)).toBe(false);
  });
});
