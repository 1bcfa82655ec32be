// The presenter console in real Chromium against the browser host, with the audience page open beside
// it: it shows the current slide, the next step and the notes; its keys drive the one shared state
// (the audience follows, a second console stays in step); its timer, search, jump, blackout and
// overview work; the audience page never shows the notes. Every test gets a host, console and audience
// page of its own, at the first slide with the timer stopped, and puts the presentation where it needs it.
import { readFile } from 'node:fs/promises';
import type { Browser, Locator } from 'playwright-core';
import { PAGE_CSP } from '../../app/core/served-files';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_KEYS } from '../../renderer/presenter/console-keys';
import type { ConsoleAction } from '../../renderer/presenter/console-keys';
import { LONG_NOTES, PRESENTER_ORDER, SECRET_NOTES, longNotesDeck, presenterDeck } from './fixtures/presenter-deck';
import { expectConsoleRender, hostState, openPresenterPair, pressInConsole, sendCommand, waitForConsoleReady } from './fixtures/presenter-pages';
import type { PresenterPair } from './fixtures/presenter-pages';
import { DIST_DIR, launchChromium } from './support/chromium';
import { pressName } from './support/key-names';
import { expectSlideChange, presentSlideId } from './support/page-state';

describe('presenter console', () => {
  let browser: Browser;
  let pair: PresenterPair;
  const slideOf = (testId: string): Promise<string | null> => pair.console.getByTestId(testId).getAttribute('data-slide');
  const text = async (testId: string): Promise<string> => (await pair.console.getByTestId(testId).textContent()) ?? '';

  /**
   * Moves the presentation to `slideId` at `fragment` through the host (as another window would), then
   * waits until the console has drawn it and the audience page shows that slide at that step.
   */
  const presentAt = async (slideId: string, fragment = -1): Promise<void> => {
    const slide = presenterDeck.slides.find((candidate) => candidate.id === slideId);
    if (!slide) throw new Error(`The presenter deck has no slide ${slideId}`);
    const command = { type: 'goto', h: slide.h, v: slide.v, fragment } as const;
    const shown = await expectSlideChange(pair.audience, async () => {
      await expectConsoleRender(pair.console, async () => {
        await sendCommand(pair.console, command);
      });
    });
    expect(shown).toBe(slideId);
    await expect.poll(() => pair.audience.locator('.reveal .slides section.present:not(.stack) .fragment.visible').count()).toBe(fragment + 1);
    expect(await hostState(pair.console)).toMatchObject({ slideId, fragment });
    expect(await slideOf('current-slide')).toBe(slideId);
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    pair = await openPresenterPair(browser, { deck: presenterDeck, fakeClock: true });
  });

  // Neither page may log an error or report a CSP violation, whatever the test did.
  afterEach(async () => {
    const errors = pair.errors;
    const violations = await pair.cspViolations();
    await pair.close();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the current slide, its notes, the next slide, the counter and the pace', async () => {
    expect(await slideOf('current-slide')).toBe('judul');
    expect(await text('notes')).toContain('Salam pembuka.');
    expect(await slideOf('next-slide')).toBe('langkah');
    expect(await text('next-slide')).toContain('Tiga Langkah');
    expect(await text('slide-counter')).toBe('1 / 5');
    expect(await text('pace')).toBe('Sesuai jadwal');
    expect(await pair.console.getAttribute('html', 'lang')).toBe('id');
    expect(await text('clock')).toMatch(/^\d\d:\d\d$/);
  });

  it('moves the audience page when → is pressed in the console', async () => {
    const shown = await expectSlideChange(pair.audience, async () => {
      await pressInConsole(pair.console, 'ArrowRight');
    });
    expect(shown).toBe('langkah');
    expect(await presentSlideId(pair.audience)).toBe('langkah');
  }, 15_000);

  it('steps through the fragments of a slide before moving on, as the host state says', async () => {
    await presentAt('langkah');
    expect((await hostState(pair.console)).slideId).toBe('langkah');
    expect(await slideOf('current-slide')).toBe('langkah');
    expect(await text('notes')).toContain(SECRET_NOTES);
    expect(await pair.console.getByTestId('next-slide').getAttribute('data-kind')).toBe('fragment');
    await pressInConsole(pair.console, 'ArrowRight');
    expect((await hostState(pair.console)).fragment).toBe(0);
    expect(await pair.console.locator('[data-testid="current-slide"] .fragment.visible').count()).toBe(1);
    // Both previews show this slide, each at its own step (each in a frame of its own).
    expect(await slideOf('next-slide')).toBe('langkah');
    expect(await pair.console.locator('[data-testid="next-slide"] .fragment.visible').count()).toBe(2);
    await pressInConsole(pair.console, 'Space');
    expect(await pair.console.locator('[data-testid="current-slide"] .fragment.visible').count()).toBe(2);
    expect(await slideOf('next-slide')).toBe('detail');
    await pressInConsole(pair.console, 'PageDown');
    const state = await hostState(pair.console);
    expect([state.slideId, state.h, state.v, state.fragment]).toEqual(['detail', 1, 1, -1]);
    expect(await text('slide-counter')).toBe('3 / 5');
    await pressInConsole(pair.console, 'ArrowLeft');
    expect(await hostState(pair.console)).toMatchObject({ slideId: 'langkah', fragment: 1 });
  });

  it('follows the audience page when the presenter moves there (keyboard or clicker)', async () => {
    await presentAt('langkah', 1);
    await expectConsoleRender(pair.console, () => pair.audience.keyboard.press('ArrowRight'));
    expect(await slideOf('current-slide')).toBe('detail');
    expect((await hostState(pair.console)).slideId).toBe('detail');
    await expectConsoleRender(pair.console, () => pair.audience.keyboard.press('ArrowLeft'));
    expect(await slideOf('current-slide')).toBe('langkah');
    expect((await hostState(pair.console)).fragment).toBe(1);
  });

  it('never puts the notes into the audience page', async () => {
    // On the slide whose notes are secret, with the first slide (its notes too) beside it in the window.
    await presentAt('langkah', 1);
    const html = await pair.audience.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(SECRET_NOTES);
    expect(html).not.toContain('Salam pembuka');
  });

  it('runs the timer from the first move, pauses it with T and resets it with R', async () => {
    expect((await hostState(pair.console)).timer).toEqual({ startedAt: null, accumulatedMs: 0 });
    await pressInConsole(pair.console, 'ArrowRight');
    const { startedAt } = (await hostState(pair.console)).timer;
    expect(startedAt).not.toBeNull();
    // The page's clock runs some milliseconds behind the host's, which started the timer: wait until it
    // reaches that start, so that 01:05 on from here is at least 01:05 of the timer.
    await expect.poll(() => pair.console.evaluate((start) => Date.now() - start, startedAt ?? 0)).toBeGreaterThanOrEqual(0);
    await pair.console.clock.fastForward('01:05');
    expect(Number(await pair.console.getByTestId('timer').getAttribute('data-elapsed-ms'))).toBeGreaterThanOrEqual(65_000);
    // The page clock flows on from the real time it was installed at; the jump alone makes 01:05.
    expect(await text('timer')).toMatch(/^\d\d:\d\d$/);
    expect(await text('timer')).not.toBe('00:00');
    await pressInConsole(pair.console, 't');
    expect((await hostState(pair.console)).timer.startedAt).toBeNull();
    const paused = await text('timer');
    await pair.console.clock.fastForward('02:00');
    expect(await text('timer')).toBe(paused);
    await pressInConsole(pair.console, 'T');
    expect((await hostState(pair.console)).timer.startedAt).not.toBeNull();
    await pressInConsole(pair.console, 'r');
    expect((await hostState(pair.console)).timer).toEqual({ startedAt: null, accumulatedMs: 0 });
    expect(await text('timer')).toBe('00:00');
  });

  it('jumps to a slide by its number and Enter', async () => {
    await pair.console.keyboard.press('4');
    expect(await pair.console.getByTestId('jump').isVisible()).toBe(true);
    await pressInConsole(pair.console, 'Enter');
    expect((await hostState(pair.console)).slideId).toBe(PRESENTER_ORDER[3]);
    expect(await text('slide-counter')).toBe('4 / 5');
  });

  it('moves two slides for two quick presses, the second made before the host answered the first', async () => {
    await pair.console.keyboard.press('3');
    await pressInConsole(pair.console, 'Enter');
    expect((await hostState(pair.console)).slideId).toBe('detail');
    // Two key presses in one task: no answer from the host can come in between.
    const press = `new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })`;
    await pair.console.evaluate(`document.dispatchEvent(${press}); document.dispatchEvent(${press}); undefined`);
    await expect.poll(async () => (await hostState(pair.console)).slideId).toBe('penutup');
    await expect.poll(() => slideOf('current-slide')).toBe('penutup');
  });

  it('finds a slide by a word from its body with / and goes there with Enter', async () => {
    await pair.console.keyboard.press('/');
    await pair.console.locator('#search-input').fill('bencana');
    expect(await pair.console.locator('#search-results li').first().getAttribute('data-slide')).toBe('detail');
    await pressInConsole(pair.console, 'Enter');
    expect((await hostState(pair.console)).slideId).toBe('detail');
    expect(await pair.console.getByTestId('search').isHidden()).toBe(true);
  });

  it('blacks out the audience screen with B and back', async () => {
    await pressInConsole(pair.console, 'b');
    expect((await hostState(pair.console)).blackout).toBe('black');
    expect(await pair.console.getByTestId('blackout').isVisible()).toBe(true);
    await pressInConsole(pair.console, 'w');
    expect((await hostState(pair.console)).blackout).toBe('white');
    await pressInConsole(pair.console, 'w');
    expect((await hostState(pair.console)).blackout).toBe('none');
  });

  const thumbs = (): Locator => pair.console.getByTestId('overview-thumb');
  const thumb = (slideId: string): Locator => pair.console.locator(`[data-testid="overview-thumb"][data-slide="${slideId}"]`);

  it('shows every slide as a miniature in the overview, the current one marked, and goes to the one clicked', async () => {
    await presentAt('anggaran');
    await pair.console.keyboard.press('o');
    expect(await pair.console.getByTestId('overview').isVisible()).toBe(true);
    expect(await thumbs().evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-slide')))).toEqual(PRESENTER_ORDER);
    // A miniature of the slide itself (its body text), under it its number and own title, not "Section › Title".
    expect(await thumb('anggaran').locator('.mimbar-slide-body').textContent()).toContain('Pembiayaan berasal dari iuran anggota');
    expect(await thumb('detail').locator('.mimbar-overview-caption > *').allTextContents()).toEqual(['3', 'Detail Latihan']);
    expect(await pair.console.locator('[data-testid="overview-thumb"][aria-current="true"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-slide')))).toEqual(['anggaran']);
    // Every fragment shows in a miniature.
    expect(await thumb('langkah').locator('.fragment:not(.visible)').count()).toBe(0);
    await expectConsoleRender(pair.console, () => thumb('penutup').click());
    expect((await hostState(pair.console)).slideId).toBe('penutup');
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    expect(await text('next-slide')).toContain('Akhir presentasi');
    expect(await presentSlideId(pair.audience)).toBe('penutup');
  });

  it('moves a focus mark with the arrow keys in the overview; Enter goes there, Esc and O close without moving', async () => {
    const focused = (): Promise<string | null> => pair.console.locator('[data-testid="overview-thumb"].is-focused').getAttribute('data-slide');
    await pair.console.keyboard.press('o');
    expect(await focused()).toBe('judul');
    await pair.console.keyboard.press('ArrowRight');
    await pair.console.keyboard.press('ArrowRight');
    expect(await focused()).toBe('detail');
    await pair.console.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('langkah');
    // Esc closes without moving; O opens it again on the current slide, O closes it too.
    await pair.console.keyboard.press('Escape');
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    await pair.console.keyboard.press('o');
    expect(await focused()).toBe('judul');
    await pair.console.keyboard.press('ArrowRight');
    await pair.console.keyboard.press('o');
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    expect((await hostState(pair.console)).slideId).toBe('judul');
    expect(await slideOf('current-slide')).toBe('judul');
    await pair.console.keyboard.press('o');
    await pair.console.keyboard.press('End');
    await pair.console.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('anggaran');
    const shown = await expectSlideChange(pair.audience, () => expectConsoleRender(pair.console, () => pair.console.keyboard.press('Enter')).then(() => undefined));
    expect(shown).toBe('anggaran');
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    expect(await hostState(pair.console)).toMatchObject({ slideId: 'anggaran', fragment: -1 });
    expect(await slideOf('current-slide')).toBe('anggaran');
  });

  it('marks the new current slide when the presentation moves while the overview is open', async () => {
    const current = (): Promise<(string | null)[]> =>
      pair.console.locator('[data-testid="overview-thumb"][aria-current="true"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-slide')));
    await pair.console.keyboard.press('o');
    expect(await current()).toEqual(['judul']);
    // The audience page moves (its own keys): the console's overview stays open, its mark follows.
    await expectConsoleRender(pair.console, () => pair.audience.keyboard.press('End'));
    expect(await pair.console.getByTestId('overview').isVisible()).toBe(true);
    expect(await current()).toEqual(['penutup']);
    expect(await pair.console.locator('[data-testid="overview-thumb"].is-focused').getAttribute('data-slide')).toBe('judul');
  });

  it('sizes the notes text with + and − and remembers it', async () => {
    const size = async (): Promise<number> => Number(await pair.console.getByTestId('notes').getAttribute('data-font-px'));
    const before = await size();
    await pair.console.keyboard.press('+');
    expect(await size()).toBe(before + 2);
    await pair.console.locator('#notes-smaller').click();
    await pair.console.locator('#notes-smaller').click();
    expect(await size()).toBe(before - 2);
    expect(await pair.console.evaluate(() => localStorage.getItem('mimbar.console.notesFontPx'))).toBe(String(before - 2));
  });

  it('says so when displays cannot be swapped (X in the browser host)', async () => {
    await pair.console.keyboard.press('x');
    await pair.console.getByTestId('status').filter({ hasText: 'Not available in the browser host' }).waitFor();
  });

  it('shows its own key table in the UI language with ?, and Esc or ? closes it', async () => {
    const help = pair.console.getByTestId('key-help');
    expect(await help.isHidden()).toBe(true);
    await pair.console.keyboard.press('?');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('.key-help-title').innerText()).toBe('Tombol keyboard');
    expect(await help.locator('[data-action]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')))).toEqual(CONSOLE_KEYS.map((row) => row.action));
    for (const row of CONSOLE_KEYS) expect(await help.locator(`[data-action="${row.action}"] dd`).innerText()).toBe(row.label.id);
    expect(await help.locator('[data-action="notesDown"] dt').innerText()).toBe('D');
    expect(await help.locator('[data-action="previous"] dt').innerText()).toContain('Page Up');
    // Esc closes help and opens nothing else.
    await pair.console.keyboard.press('Escape');
    expect(await help.isHidden()).toBe(true);
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    await pair.console.keyboard.press('?');
    await pair.console.keyboard.press('?');
    expect(await help.isHidden()).toBe(true);
    // Another key closes it as it acts: the search box opens in view, not below help.
    await pair.console.keyboard.press('?');
    await pair.console.keyboard.press('/');
    expect(await help.isHidden()).toBe(true);
    expect(await pair.console.getByTestId('search').isVisible()).toBe(true);
    await pair.console.keyboard.press('Escape');
    // The bottom line is the same table's short words.
    const line = await pair.console.locator('#help').innerText();
    for (const words of ['→ berikutnya', 'D catatan ke bawah', 'U catatan ke atas', '? semua tombol']) expect(line).toContain(words);
    expect(await text('timer')).toBe('00:00');
    expect(await pair.console.locator('#timer-reset').innerText()).toBe('Atur ulang');
  });

  it('cancels a typed slide number with Esc, without opening the overview', async () => {
    await pair.console.keyboard.press('4');
    expect(await pair.console.getByTestId('jump').isVisible()).toBe(true);
    await pair.console.keyboard.press('Escape');
    expect(await pair.console.getByTestId('jump').isHidden()).toBe(true);
    expect(await pair.console.getByTestId('overview').isHidden()).toBe(true);
    // The number is gone: Enter goes nowhere, and → steps on from the first slide.
    await pair.console.keyboard.press('Enter');
    await pressInConsole(pair.console, 'ArrowRight');
    await expect.poll(async () => (await hostState(pair.console)).slideId).toBe('langkah');
  });

  it('keeps a second console in step with the first', async () => {
    await presentAt('penutup');
    const second = await pair.console.context().newPage();
    await second.goto(`${pair.host.origin}/app/presenter.html`);
    await waitForConsoleReady(second);
    expect(await second.getByTestId('current-slide').getAttribute('data-slide')).toBe('penutup');
    const seen = expectConsoleRender(second, () => pressInConsole(pair.console, 'Home').then(() => undefined));
    await seen;
    expect(await second.getByTestId('current-slide').getAttribute('data-slide')).toBe('judul');
    await second.close();
    expect(pair.errors).toEqual([]);
    expect(await pair.cspViolations()).toEqual([]);
  });
});

describe('presenter console: notes taller than their pane', () => {
  let browser: Browser;
  let pair: PresenterPair;
  const notes = () => pair.console.getByTestId('notes');
  const cueMore = () => pair.console.getByTestId('notes-cue-more');
  const cueUp = () => pair.console.getByTestId('notes-cue-up');
  const scrollTop = (): Promise<number> => notes().evaluate((element) => element.scrollTop);
  const atEnd = (): Promise<boolean> => notes().evaluate((element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1);
  const px = async (name: 'fontPx' | 'fitPx'): Promise<number> => Number(await notes().evaluate((element, key) => element.dataset[key], name));
  /** The shown size at the chosen `chosen`: the fit's floor, 75 % of it but never below 16 px (nor above it). */
  const floorOf = (chosen: number): number => Math.min(chosen, Math.max(16, Math.round(chosen * 0.75)));

  /**
   * Lines of the notes that show cut through: a line box that crosses the top or bottom edge of the part
   * of the pane that no cue covers.
   */
  const cutLines = (): Promise<string[]> =>
    pair.console.evaluate(() => {
      const body = document.querySelector<HTMLElement>('[data-testid="notes"]');
      const up = document.querySelector<HTMLElement>('[data-testid="notes-cue-up"]');
      const more = document.querySelector<HTMLElement>('[data-testid="notes-cue-more"]');
      if (!body || !up || !more) return ['no notes pane'];
      const box = body.getBoundingClientRect();
      const top = up.hidden ? box.top : up.getBoundingClientRect().bottom;
      const bottom = more.hidden ? box.bottom : more.getBoundingClientRect().top;
      const cut: string[] = [];
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        range.selectNodeContents(node);
        for (const line of Array.from(range.getClientRects())) {
          if ((line.top < top - 0.5 && line.bottom > top + 0.5) || (line.top < bottom - 0.5 && line.bottom > bottom + 0.5)) cut.push(`${Math.round(line.top)}–${Math.round(line.bottom)} across ${Math.round(top)}–${Math.round(bottom)}`);
        }
      }
      return cut;
    });

  const presentAt = async (slideId: string): Promise<void> => {
    const slide = longNotesDeck.slides.find((candidate) => candidate.id === slideId);
    if (!slide) throw new Error(`The deck has no slide ${slideId}`);
    await expectConsoleRender(pair.console, async () => {
      await sendCommand(pair.console, { type: 'goto', h: slide.h, v: slide.v, fragment: -1 });
    });
    // A render of the state before can arrive first (the answer and the broadcast each draw).
    await expect.poll(() => pair.console.getByTestId('current-slide').getAttribute('data-slide')).toBe(slideId);
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  beforeEach(async () => {
    pair = await openPresenterPair(browser, { deck: longNotesDeck });
  });

  afterEach(async () => {
    const errors = pair.errors;
    const violations = await pair.cspViolations();
    await pair.close();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shrinks the text of long notes, but never below 75 % of the chosen size nor below 16 px', async () => {
    const chosen = await px('fontPx');
    // Short notes keep the chosen size.
    expect(await px('fitPx')).toBe(chosen);
    await presentAt('anggaran');
    expect(await notes().innerText()).toContain('Paragraf 14');
    expect(await px('fitPx')).toBe(floorOf(chosen));
    expect(await notes().evaluate((element) => getComputedStyle(element).fontSize)).toBe(`${floorOf(chosen)}px`);
    // − makes the chosen size smaller; the floor follows it down to 16 px, and a chosen size below that is kept.
    for (let press = 0; press < 6; press++) {
      await pair.console.keyboard.press('-');
      const now = await px('fontPx');
      expect(await px('fitPx')).toBe(floorOf(now));
      expect(await px('fitPx')).toBeGreaterThanOrEqual(Math.min(now, 16));
    }
    expect(await px('fontPx')).toBe(chosen - 12);
    expect(await px('fitPx')).toBe(chosen - 12 < 16 ? chosen - 12 : 16);
    // + brings it back, the fit again at its floor.
    await pair.console.keyboard.press('+');
    expect(await px('fitPx')).toBe(floorOf(chosen - 10));
  });

  it('says more follows, scrolls with D and U by most of a pane, and never shows a line cut through', async () => {
    await presentAt('anggaran');
    expect(await cueMore().isVisible()).toBe(true);
    expect(await cueMore().innerText()).toBe('▼ lanjut (D)');
    expect(await cueUp().isHidden()).toBe(true);
    expect(await cutLines()).toEqual([]);
    const pane = await notes().evaluate((element) => element.clientHeight);
    const positions = [await scrollTop()];
    for (let press = 0; press < 20 && !(await atEnd()); press++) {
      await pair.console.keyboard.press('d');
      const position = await scrollTop();
      expect(position).toBeGreaterThan(positions.at(-1) ?? 0);
      // Most of a pane, and no more than one (no line is skipped).
      if (!(await atEnd())) expect(position - (positions.at(-1) ?? 0)).toBeGreaterThan(pane / 2);
      expect(position - (positions.at(-1) ?? 0)).toBeLessThanOrEqual(pane);
      positions.push(position);
      expect(await cueUp().isVisible()).toBe(true);
      expect(await cutLines()).toEqual([]);
    }
    expect(await atEnd()).toBe(true);
    expect(positions.length).toBeGreaterThan(2);
    // At the end: the last paragraph shows and the cue is gone.
    expect(await cueMore().isHidden()).toBe(true);
    expect(await pair.console.getByText('Paragraf 14:').isVisible()).toBe(true);
    // U goes back up, to the top.
    await pair.console.keyboard.press('u');
    expect(await scrollTop()).toBeLessThan(positions.at(-1) ?? 0);
    expect(await cueMore().isVisible()).toBe(true);
    expect(await cutLines()).toEqual([]);
    for (let press = 0; press < 20 && (await scrollTop()) > 0; press++) await pair.console.keyboard.press('u');
    expect(await scrollTop()).toBe(0);
    expect(await cueUp().isHidden()).toBe(true);
  });

  it('scrolls with the mouse wheel, and opens the next slide’s notes at their top', async () => {
    await presentAt('anggaran');
    const box = await notes().boundingBox();
    if (!box) throw new Error('The notes pane is not on screen');
    await pair.console.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await pair.console.mouse.wheel(0, 240);
    await expect.poll(scrollTop).toBeGreaterThan(0);
    await expect.poll(() => cueUp().isVisible()).toBe(true);
    await pair.console.keyboard.press('d');
    expect(await scrollTop()).toBeGreaterThan(0);
    await presentAt('detail');
    await presentAt('anggaran');
    expect(await scrollTop()).toBe(0);
    expect(await cueUp().isHidden()).toBe(true);
    expect(await cueMore().isVisible()).toBe(true);
  });

  it('does with every key help lists what its row says', async () => {
    const page = pair.console;
    const state = () => hostState(page);
    const goTo = async (slideId: string): Promise<void> => {
      if ((await state()).slideId !== slideId) await presentAt(slideId);
    };
    // The console draws the host's latest state before its next key is pressed: a toggle reads what is drawn.
    const settle = async (): Promise<void> => {
      const { revision } = await state();
      await expect.poll(() => page.evaluate(() => Number(document.documentElement.dataset['mimbarConsoleRevision']))).toBeGreaterThanOrEqual(revision);
    };
    const fontPx = async (): Promise<number> => Number(await notes().getAttribute('data-font-px'));
    // A check for every action: a new row without one fails the typecheck.
    const checks: Record<ConsoleAction, (key: string) => Promise<void>> = {
      next: async (key) => {
        await goTo('anggaran');
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).slideId).toBe('penutup');
      },
      previous: async (key) => {
        await goTo('anggaran');
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).slideId).toBe('detail');
      },
      first: async (key) => {
        await goTo('anggaran');
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).slideId).toBe('judul');
      },
      last: async (key) => {
        await goTo('anggaran');
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).slideId).toBe('penutup');
      },
      jump: async () => {
        await goTo('judul');
        await page.keyboard.press('4');
        await pressInConsole(page, 'Enter');
        await expect.poll(async () => (await state()).slideId).toBe('anggaran');
      },
      black: async (key) => {
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).blackout).toBe('black');
        await settle();
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).blackout).toBe('none');
      },
      white: async (key) => {
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).blackout).toBe('white');
        await settle();
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).blackout).toBe('none');
      },
      notesDown: async (key) => {
        await goTo('anggaran');
        const before = await scrollTop();
        await page.keyboard.press(key);
        expect(await scrollTop()).toBeGreaterThan(before);
      },
      notesUp: async (key) => {
        await goTo('anggaran');
        await page.keyboard.press('d');
        const before = await scrollTop();
        await page.keyboard.press(key);
        expect(await scrollTop()).toBeLessThan(before);
      },
      notesLarger: async (key) => {
        const before = await fontPx();
        await page.keyboard.press(key);
        expect(await fontPx()).toBe(before + 2);
      },
      notesSmaller: async (key) => {
        const before = await fontPx();
        await page.keyboard.press(key);
        expect(await fontPx()).toBe(before - 2);
      },
      editNotes: async (key) => {
        await goTo('anggaran');
        // A deck the host holds in memory only is read-only: E says so where the presenter looks.
        await page.keyboard.press(key);
        const editing = await page.getByTestId('notes-editor').isVisible();
        if (editing) await page.keyboard.press('Escape');
        else expect(await page.locator('.notes-status').innerText()).not.toBe('');
      },
      search: async (key) => {
        await page.keyboard.press(key);
        expect(await page.getByTestId('search').isVisible(), key).toBe(true);
        await page.keyboard.press('Escape');
        expect(await page.getByTestId('search').isHidden()).toBe(true);
      },
      overview: async (key) => {
        await page.keyboard.press(key);
        expect(await page.getByTestId('overview').isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await page.getByTestId('overview').isHidden()).toBe(true);
      },
      timer: async (key) => {
        // The first move started the timer: T pauses it, and starts it again.
        await settle();
        const wasRunning = (await state()).timer.startedAt !== null;
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).timer.startedAt !== null).toBe(!wasRunning);
        await settle();
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).timer.startedAt !== null).toBe(wasRunning);
      },
      resetTimer: async (key) => {
        if ((await state()).timer.startedAt === null) await pressInConsole(page, 't');
        await pressInConsole(page, key);
        await expect.poll(async () => (await state()).timer).toEqual({ startedAt: null, accumulatedMs: 0 });
      },
      swapDisplays: async (key) => {
        await page.keyboard.press(key);
        await page.getByTestId('status').filter({ hasText: 'Not available in the browser host' }).waitFor();
      },
      help: async (key) => {
        await page.keyboard.press(key);
        expect(await page.getByTestId('key-help').isVisible()).toBe(true);
        await page.keyboard.press(key);
        expect(await page.getByTestId('key-help').isHidden()).toBe(true);
      },
    };
    const walked: string[] = [];
    for (const row of CONSOLE_KEYS) {
      const keys = row.keys.length > 0 ? row.keys.map(pressName) : [''];
      for (const key of keys) {
        await checks[row.action](key);
        walked.push(`${row.action} ${key}`);
      }
    }
    for (const pressed of ['next PageDown', 'previous PageUp', 'notesDown d', 'notesUp u', 'search Control+f', 'notesLarger =']) expect(walked).toContain(pressed);
    expect(LONG_NOTES.length).toBeGreaterThan(1000);
  }, 90_000);
});

describe('presenter console page', () => {
  it('ships presenter.html with the CSP the host sends and no inline script or style', async () => {
    const html = await readFile(`${DIST_DIR}/renderer/presenter.html`, 'utf8');
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]).toBe(PAGE_CSP);
    expect(html).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/i);
  });
});
