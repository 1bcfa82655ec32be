import { describe, expect, it } from 'vitest';
import { AUDIENCE_URL, DECK_BASE, externalHttpUrl, isAllowedRequestUrl, isAppPageUrl } from './app-urls';

describe('app URLs', () => {
  it('names the app page and the deck base on the mimbar scheme', () => {
    expect(AUDIENCE_URL).toBe('mimbar://app/audience.html');
    expect(DECK_BASE).toBe('mimbar://deck/');
  });

  it('recognizes only mimbar://app pages as the app', () => {
    expect(isAppPageUrl('mimbar://app/audience.html')).toBe(true);
    expect(isAppPageUrl('mimbar://app/audience.html#/2')).toBe(true);
    for (const url of ['mimbar://deck/a.png', 'mimbar://app.evil/x', 'https://app/x', 'file:///app/audience.html', 'not a url']) {
      expect(isAppPageUrl(url), url).toBe(false);
    }
  });

  it('lets requests through only on the app scheme and local schemes', () => {
    for (const url of ['mimbar://app/audience.js', 'mimbar://deck/a.png', 'devtools://devtools/bundled/x.html', 'data:image/png;base64,AA==']) {
      expect(isAllowedRequestUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.com/', 'http://localhost:8080/', 'ws://localhost/', 'file:///etc/passwd', 'ftp://x/', '']) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('hands only parseable http(s) URLs to the system browser', () => {
    expect(externalHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(externalHttpUrl('http://example.com')).toBe('http://example.com/');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'mimbar://app/x', 'smb://host/share', 'https//broken']) {
      expect(externalHttpUrl(url), url).toBeNull();
    }
  });
});
