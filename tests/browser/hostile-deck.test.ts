// A hostile deck in real Chromium: no payload runs (the canary `window.__pwned` stays unset after every
// slide has been shown and the overview opened), nothing is fetched from anywhere but the host, and the
// live DOM, with every slide in the overview's miniatures, still holds nothing active.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileDeck, REMOTE_IMAGE } from './fixtures/hostile-deck';
import { launchChromium } from './support/chromium';
import { foreignRequests, openDeck } from './support/open-deck';
import type { OpenedDeck } from './support/open-deck';
import { pressForSlide, pressForOverview } from './support/page-state';

describe('audience page: hostile deck', () => {
  let browser: Browser;
  let opened: OpenedDeck;

  beforeAll(async () => {
    browser = await launchChromium();
    opened = await openDeck(browser, { deck: hostileDeck });
    const { page } = opened;
    for (const slide of hostileDeck.slides.slice(1)) expect(await pressForSlide(page, 'PageDown')).toBe(slide.id);
    await pressForOverview(page, 'o', true);
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('runs no payload', async () => {
    expect(await opened.page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  it('requests nothing outside the host and breaks no CSP rule', async () => {
    expect(foreignRequests(opened)).toEqual([]);
    expect(opened.requests.some((url) => url.includes('example.invalid'))).toBe(false);
    // DOMPurify parses the raw HTML in an inert DOMParser document; Chromium reports the inline
    // handlers, <style> and <base> it meets there as (blocked) violations. Nothing may try to fetch.
    const parseTimeOnly = /^(?:script-src-attr inline|style-src-elem inline|style-src-attr inline|base-uri .*)$/;
    const violations = await opened.cspViolations();
    expect(violations.filter((violation) => !parseTimeOnly.test(violation))).toEqual([]);
  });

  it('leaves nothing active in the live DOM after every slide was shown and the overview filled its miniatures', async () => {
    const found = await opened.page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('.reveal *'));
      const content = Array.from(document.querySelectorAll('.mimbar-slide-body *'));
      return {
        // Drawings (svg) and formulas (math) may show; nothing in them that runs, fetches or animates.
        activeTags: content.filter((element) => /^(script|style|iframe|object|embed|form|input|button|video|audio|meta|base|link|textarea|foreignobject|use|image|animate|set|maction|annotation-xml)$/i.test(element.nodeName)).map((element) => element.nodeName),
        eventAttributes: all.flatMap((element) => Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)),
        dataAttributes: content.flatMap((element) => Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('data-')).map((attribute) => `${element.nodeName} ${attribute.name}`)),
        backgroundSources: Array.from(document.querySelectorAll<HTMLElement>('.reveal .backgrounds *')).map((element) => element.style.backgroundImage).filter((image) => image !== ''),
        imageSources: all.filter((element) => element instanceof HTMLImageElement && element.hasAttribute('src')).map((element) => (element as HTMLImageElement).src),
        deckSections: document.querySelectorAll('.mimbar-slide-body section').length,
        iframesAnywhere: document.querySelectorAll('iframe, object, embed, frame').length,
        scripts: Array.from(document.scripts, (script) => script.src),
      };
    });
    expect(found.activeTags).toEqual([]);
    expect(found.eventAttributes).toEqual([]);
    expect(found.dataAttributes).toEqual([]);
    expect(found.backgroundSources).toEqual([]);
    for (const source of found.imageSources) expect(source).toMatch(new RegExp(`^(?:${opened.host.origin}/deck/|data:image/gif)`));
    expect(found.iframesAnywhere).toBe(0);
    expect(found.scripts).toEqual([`${opened.host.origin}/app/audience.js`]);
    // Deck <section>s are unwrapped: reveal.js never treats them as slides, and each miniature of the
    // overview (all of them filled: every slide's content is in the page) holds one slide.
    expect(await opened.page.evaluate(() => document.querySelectorAll('[data-testid="overview-thumb"] .slides > section').length)).toBe(hostileDeck.slides.length);
    expect(found.deckSections).toBe(0);
  });

  it('shows a placeholder naming the remote image instead of fetching it', async () => {
    const placeholder = opened.page.locator('[data-mimbar-slide="remote-image"] .mimbar-remote-image');
    expect(await placeholder.locator('.mimbar-remote-image-url').textContent()).toBe(REMOTE_IMAGE);
    expect(await placeholder.locator('.mimbar-remote-image-alt').textContent()).toBe('Peta ASEAN');
  });

  it('keeps app globals out of reach of ids and names in the deck', async () => {
    const { page } = opened;
    expect(await page.evaluate(() => document.getElementById('Reveal'))).toBeNull();
    expect(await page.evaluate(() => typeof document.getElementById)).toBe('function');
    expect(await page.evaluate(() => Array.isArray(window.__mimbar?.warnings))).toBe(true);
    expect(await page.locator('#user-content-Reveal').count()).toBe(1);
  });

  it('opens web links only through the host bridge, and never navigates the presentation', async () => {
    const { page } = opened;
    await pressForOverview(page, 'o', false);
    // The browser host's bridge opens web links in a new tab with window.open; record instead of opening.
    await page.evaluate(() => {
      const opened: string[] = [];
      Object.assign(window, { __opened: opened });
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
    });
    const before = page.url();
    const pages = page.context().pages().length;
    for (const id of ['javascript-link', 'preview-link']) {
      const link = page.locator(`[data-mimbar-slide="${id}"] a`).first();
      await link.evaluate((element) => (element as HTMLElement).click());
      await link.evaluate((element) => element.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 })));
    }
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual(['http://example.invalid/preview']);
    expect(page.url()).toBe(before);
    expect(page.context().pages().length).toBe(pages);
    expect(await page.locator('.r-overlay').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(foreignRequests(opened)).toEqual([]);
  });
});
