import { describe, expect, it } from 'vitest';
import { backgroundShorthandUrls, commaUrls, cssUrls, srcsetUrls } from './url-lists';

describe('srcsetUrls', () => {
  it('reads every candidate URL, with or without descriptors', () => {
    expect(srcsetUrls('small.png 480w, https://cdn.example/big.png 1080w,//cdn.example/x.png 2x')).toEqual([
      'small.png',
      'https://cdn.example/big.png',
      '//cdn.example/x.png',
    ]);
    expect(srcsetUrls('  a.png, b.png , c.png  ')).toEqual(['a.png', 'b.png', 'c.png']);
    // As in the HTML standard, a comma with no space after a URL is part of it.
    expect(srcsetUrls('a.png,b.png 2x')).toEqual(['a.png,b.png']);
  });

  it('keeps commas inside a URL and skips descriptors with parentheses', () => {
    expect(srcsetUrls('a,b.png 1x, c.png (max-width: 2px, x) 2x, d.png')).toEqual(['a,b.png', 'c.png', 'd.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});

describe('cssUrls', () => {
  it('reads quoted and bare url() values and skips comments', () => {
    const css = `background: url("https://example.org/a.png") , URL( 'b.png' ), url(c.png); /* url(d.png) */ color: red`;
    expect(cssUrls(css)).toEqual(['https://example.org/a.png', 'b.png', 'c.png']);
    expect(cssUrls('background: url()')).toEqual([]);
  });
});

describe('reveal.js lists', () => {
  it('splits background videos on commas', () => {
    expect(commaUrls('clip.webm, https://example.org/clip.mp4 ,')).toEqual(['clip.webm', 'https://example.org/clip.mp4']);
  });

  it('reads the data-background shorthand as an image only when it looks like one', () => {
    expect(backgroundShorthandUrls('#ff0000')).toEqual([]);
    expect(backgroundShorthandUrls('rgb(0, 0, 0)')).toEqual([]);
    expect(backgroundShorthandUrls('bg.jpg')).toEqual(['bg.jpg']);
    expect(backgroundShorthandUrls('https://example.org/bg')).toEqual(['https://example.org/bg']);
  });
});
