/**
 * Waiting on the audience page's own events (`mimbar:ready`, `mimbar:slidechanged`), never on sleeps,
 * and reading what the audience sees.
 */
import type { Page } from 'playwright-core';
// Brings in the page's own `window.__mimbar` declaration.
export type { MimbarPageState, RenderWarning } from '../../../renderer/audience/app-events';

declare global {
  interface Window {
    __nextSlide?: Promise<string>;
    __nextDeck?: Promise<void>;
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

/** Resolves once the page has shown a deck (`<html data-mimbar-ready="true">`). */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached' });
}

/** Runs `action` and resolves with the id of the slide the page announced next (`mimbar:slidechanged`). */
export async function expectSlideChange(page: Page, action: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    window.__nextSlide = new Promise((resolve) => {
      window.addEventListener('mimbar:slidechanged', (event) => resolve((event as CustomEvent<{ slide: string }>).detail.slide), { once: true });
    });
  });
  await action();
  return page.evaluate(() => window.__nextSlide as Promise<string>);
}

/** Presses `key` and resolves with the id of the slide that comes on screen. */
export function pressForSlide(page: Page, key: string): Promise<string> {
  return expectSlideChange(page, () => page.keyboard.press(key));
}

/** reveal.js's present slide: in the page's own `.reveal` (the overview's miniatures have the same structure). */
const PRESENT_SLIDE = 'body > .reveal .slides section.present:not(.stack)';

/** Id of the slide reveal.js marks present (the leaf section, not its stack). */
export async function presentSlideId(page: Page): Promise<string | null> {
  return page.locator(PRESENT_SLIDE).getAttribute('data-mimbar-slide');
}

/** Text of the present slide as the audience reads it. */
export async function presentSlideText(page: Page): Promise<string> {
  return page.locator(PRESENT_SLIDE).innerText();
}

/**
 * Presses `key` (Esc or O) and waits until the app's overview (shared/overview/) is shown, or hidden
 * when `shown` is false. It opens and closes within the key's own task.
 */
export async function pressForOverview(page: Page, key: string, shown: boolean): Promise<void> {
  await page.keyboard.press(key);
  await page.getByTestId('overview').waitFor({ state: shown ? 'visible' : 'hidden' });
}

/** Runs `action` and resolves once the page has shown the next deck (`mimbar:ready` fires after every deck). */
export async function expectDeckShown(page: Page, action: () => void | Promise<void>): Promise<void> {
  await page.evaluate(() => {
    window.__nextDeck = new Promise<void>((resolve) => window.addEventListener('mimbar:ready', () => resolve(), { once: true }));
  });
  await action();
  await page.evaluate(() => window.__nextDeck);
}
