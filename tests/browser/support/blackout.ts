/** Waiting on the audience page's blackout (`mimbar:blackout`) and reading what covers the slides. */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __nextBlackout?: Promise<string>;
  }
}

/** Runs `action` and resolves with the blackout mode the page shows next (`mimbar:blackout`). */
export async function expectBlackout(page: Page, action: () => Promise<void>): Promise<string> {
  await page.evaluate(() => {
    window.__nextBlackout = new Promise((resolve) => {
      window.addEventListener('mimbar:blackout', (event) => resolve((event as CustomEvent<{ mode: string }>).detail.mode), { once: true });
    });
  });
  await action();
  return page.evaluate(() => window.__nextBlackout as Promise<string>);
}

/** What covers the middle of the page: the blackout overlay's mode, or null when the slides show. */
export function blackoutOnTop(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const top = document.elementFromPoint(640, 360);
    return top instanceof HTMLElement && top.classList.contains('mimbar-ui-blackout') ? (top.dataset['mode'] ?? null) : null;
  });
}
