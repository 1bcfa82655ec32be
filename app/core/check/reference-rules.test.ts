import { describe, expect, it } from 'vitest';
import { describeReference, isShownByApp, leftOutBy, routeReference } from './reference-rules';

describe('routeReference', () => {
  it('treats web URLs, also protocol-relative ones, as remote', () => {
    for (const url of ['https://example.org/a.png', 'HTTP://example.org/a.png', '//cdn.example/a.png', '\\\\cdn.example\\a.png', ' h\tttps://x.example/a.png']) {
      expect(routeReference(url), url).toEqual({ kind: 'remote' });
    }
  });

  it('keeps data URLs inline', () => {
    expect(routeReference('data:image/png;base64,AAAA')).toEqual({ kind: 'inline' });
  });

  it('refuses other schemes, absolute paths and .. segments, also percent-encoded', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'C:\\img.png', '/etc/hosts', '\\img.png', '../a.png', 'img/../../a.png', '%2e%2e/a.png', '%2E%2E/a.png', 'img\\..\\a.png', '']) {
      expect(routeReference(url), url).toEqual({ kind: 'refused' });
    }
  });

  it('turns a relative path into the request path the deck route receives', () => {
    expect(routeReference('./img/a.png')).toEqual({ kind: 'local', requestPath: 'img/a.png' });
    expect(routeReference('my%20pic.png?v=2#top')).toEqual({ kind: 'local', requestPath: 'my%20pic.png' });
    expect(routeReference('ünï.png')).toEqual({ kind: 'local', requestPath: '%C3%BCn%C3%AF.png' });
  });
});

describe('what the app shows', () => {
  it('shows <img src> only', () => {
    expect(isShownByApp({ url: 'a.png', element: 'img', attribute: 'src' })).toBe(true);
    expect(isShownByApp({ url: 'a.png', element: 'img', attribute: 'srcset' })).toBe(false);
    expect(isShownByApp({ url: 'a.mp4', element: 'video', attribute: 'src' })).toBe(false);
  });

  it('names references and what leaves them out', () => {
    expect(describeReference({ url: 'a', element: 'div', attribute: 'data-background-image' })).toBe('the background image');
    expect(describeReference({ url: 'a', element: 'video', attribute: 'src' })).toBe('the video');
    expect(leftOutBy({ url: 'a', element: 'video', attribute: 'src' })).toBe('<video> elements');
    expect(leftOutBy({ url: 'a', element: 'div', attribute: 'style' })).toBe('`style` attributes');
  });
});
