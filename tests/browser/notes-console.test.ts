// Editing notes in the presenter console, in real Chromium against a browser host that saves into a
// temporary copy of a deck: one click opens the editor, typing is autosaved into the file (only that
// slide's notes block changes), the textarea keeps its text and its undo across the save, PageDown still
// moves while editing and saves the slide left, and read-only notes never open.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeckJson } from '../../app/cli/deck-json';
import { runCli } from '../../app/cli/run-cli';
import { buildDeck } from '../../app/core/deck/build-deck';
import { changedLines, copyNotesDeck, NOTES_DECK } from './fixtures/notes-deck';
import type { NotesDeckCopy } from './fixtures/notes-deck';
import { presenterDeck } from './fixtures/presenter-deck';
import { hostState, openPresenterPair, pressInConsole } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { launchChromium } from './support/chromium';

declare global {
  interface Window {
    __notesStates?: string[];
  }
}

/** expect.poll's options here: autosave waits a quiet second, so poll longer than the default second. */
const POLL = { timeout: 10_000 };

const notesOf = (source: string, slideId: string): string | undefined => buildDeck(source).slides.find((slide) => slide.id === slideId)?.notes.markdown;

describe('presenter console: editing notes', () => {
  let browser: Browser;
  let copy: NotesDeckCopy;
  let pair: PresenterPair;
  const status = (): ReturnType<PresenterPair['console']['locator']> => pair.console.locator('[data-testid="notes-status"]');
  const editor = (): ReturnType<PresenterPair['console']['locator']> => pair.console.getByTestId('notes-editor');
  const fileText = (): Promise<string> => readFile(copy.deckPath, 'utf8');
  /** Records every `data-state` the status line shows from now on. */
  const recordStates = (): Promise<void> =>
    pair.console.evaluate(() => {
      const element = document.querySelector<HTMLElement>('[data-testid="notes-status"]');
      window.__notesStates = [];
      new MutationObserver(() => window.__notesStates?.push(element?.dataset['state'] ?? '')).observe(element as HTMLElement, { attributeFilter: ['data-state'] });
    });

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    copy = await copyNotesDeck();
    pair = await openPresenterPair(browser, { deckPath: copy.deckPath, journalDir: copy.journalDir });
    await status().and(pair.console.locator('[data-state="saved"]')).waitFor();
  });

  afterEach(async () => {
    expect(pair.errors).toEqual([]);
    await pair?.close();
    await copy?.remove();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on a click, autosaves the typing into that slide\'s notes block only, and keeps the textarea and its undo', async () => {
    await pressInConsole(pair.console, 'ArrowRight');
    expect((await hostState(pair.console)).slideId).toBe('pembukaan');
    await pair.console.getByTestId('notes').click();
    await expect.poll(() => editor().evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await editor().inputValue()).toBe('Sapa peserta dan perkenalkan tim inti.');
    expect(await pair.console.getByTestId('notes').isVisible()).toBe(false);

    await recordStates();
    await pair.console.keyboard.type(' Bagikan daftar hadir.');
    const edited = 'Sapa peserta dan perkenalkan tim inti. Bagikan daftar hadir.';
    await expect.poll(() => fileText().then((text) => notesOf(text, 'pembukaan')), POLL).toBe(edited);
    await status().and(pair.console.locator('[data-state="saved"]')).waitFor();
    expect(await pair.console.evaluate(() => window.__notesStates)).toContain('unsaved');

    const saved = await fileText();
    const original = buildDeck(NOTES_DECK).slides;
    const after = buildDeck(saved).slides;
    expect(after.map((slide) => [slide.id, slide.html])).toEqual(original.map((slide) => [slide.id, slide.html]));
    for (const [index, slide] of after.entries()) {
      if (slide.id !== 'pembukaan') expect(slide.notes.markdown).toBe(original[index]?.notes.markdown);
    }
    // Like `git diff`: the only changed lines are the slide's notes block.
    const block = original.find((slide) => slide.id === 'pembukaan')?.notes.blocks[0];
    const changed = changedLines(NOTES_DECK, saved);
    expect(block).toBeDefined();
    expect(changed?.start).toBeGreaterThanOrEqual(block?.start ?? 0);
    expect(changed?.end).toBeLessThanOrEqual(block?.end ?? 0);
    // And a fresh `mimbar build --json` of the file shows the notes on that slide.
    let json = '';
    expect(await runCli(['build', copy.deckPath, '--json'], { out: (text) => (json += text), err: () => undefined })).toBe(0);
    expect((JSON.parse(json) as DeckJson).slides.find((slide) => slide.id === 'pembukaan')?.notes).toBe(edited);

    // The deck the host rebuilt after the save did not reset the textarea: still editing, and undo works.
    expect(await editor().isVisible()).toBe(true);
    expect(await editor().inputValue()).toBe(edited);
    const before = 'Sapa peserta dan perkenalkan tim inti.';
    for (let step = 0; step < 40 && (await editor().inputValue()) !== before; step++) await pair.console.keyboard.press('Control+z');
    expect(await editor().inputValue()).toBe(before);
    await pair.console.keyboard.press('Control+Shift+z');
    expect(await editor().inputValue()).not.toBe(before);
    for (let step = 0; step < 40 && (await editor().inputValue()) !== before; step++) await pair.console.keyboard.press('Control+z');
    await pair.console.keyboard.press('Control+s');
    await expect.poll(fileText, POLL).toBe(NOTES_DECK);

    // Escape leaves the editor and shows the rendered notes again.
    await pair.console.keyboard.press('Escape');
    expect(await editor().isVisible()).toBe(false);
    expect(await pair.console.getByTestId('notes').textContent()).toContain('Sapa peserta dan perkenalkan tim inti.');
    expect(await pair.console.getByTestId('overview').isVisible()).toBe(false);
  });

  it('moves to the next slide on PageDown while editing, saves the slide left and edits the next one', async () => {
    await pressInConsole(pair.console, 'ArrowRight');
    await pair.console.keyboard.press('e');
    expect(await editor().inputValue()).toBe('Sapa peserta dan perkenalkan tim inti.');
    await pair.console.keyboard.type(' Mulai tepat waktu.');
    await pressInConsole(pair.console, 'PageDown');
    expect((await hostState(pair.console)).slideId).toBe('agenda');
    await expect.poll(() => fileText().then((text) => notesOf(text, 'pembukaan')), POLL).toBe('Sapa peserta dan perkenalkan tim inti. Mulai tepat waktu.');
    expect(await editor().isVisible()).toBe(true);
    expect(await editor().inputValue()).toBe('Bacakan agenda perlahan.');
    expect(await editor().evaluate((element) => element === document.activeElement)).toBe(true);
    await pressInConsole(pair.console, 'PageUp');
    expect((await hostState(pair.console)).slideId).toBe('pembukaan');
    expect(await editor().inputValue()).toBe('Sapa peserta dan perkenalkan tim inti. Mulai tepat waktu.');
    // A click outside the notes pane leaves the editor.
    await pair.console.getByTestId('current-slide').click();
    expect(await editor().isVisible()).toBe(false);
    await status().and(pair.console.locator('[data-state="saved"]')).waitFor();
  });

  it('does not open the editor on the title slide made from front matter, and says why', async () => {
    expect((await hostState(pair.console)).slideId).toBe('rapat-koordinasi-relawan');
    await pair.console.getByTestId('notes').click();
    await pair.console.keyboard.press('e');
    expect(await editor().isVisible()).toBe(false);
    expect(await status().textContent()).toContain('front matter');
    expect(await status().getAttribute('data-state')).toBe('saved');
  });

  it('keeps a deck the host cannot save read-only', async () => {
    const readOnly = await openPresenterPair(browser, { deck: presenterDeck });
    try {
      const line = readOnly.console.locator('[data-testid="notes-status"][data-state="read-only"]');
      await line.waitFor();
      expect(await line.textContent()).toContain('Hanya baca');
      await readOnly.console.getByTestId('notes').click();
      expect(await readOnly.console.getByTestId('notes-editor').isVisible()).toBe(false);
      expect(await readOnly.console.getByTestId('notes').textContent()).toContain('Salam pembuka.');
    } finally {
      await readOnly.close();
    }
  });
});
