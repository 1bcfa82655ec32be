import { describe, expect, it } from 'vitest';
import { findResourceReferences } from './resource-references';

const urls = (html: string): string[] => findResourceReferences(html).map((reference) => reference.url);

describe('findResourceReferences', () => {
  it('finds images, media, frames, stylesheets and posters with their element and attribute', () => {
    const html = [
      '<p><img src="a.png" alt="x"></p>',
      '<video src="clip.mp4" poster="poster.jpg"><source src="clip.webm"><track src="subs.vtt"></video>',
      '<audio src="sound.mp3"></audio>',
      '<iframe src="https://example.org/embed"></iframe>',
      '<link rel="stylesheet" href="//cdn.example/style.css">',
      '<object data="movie.swf"></object>',
    ].join('');
    expect(findResourceReferences(html)).toEqual([
      { url: 'a.png', element: 'img', attribute: 'src' },
      { url: 'clip.mp4', element: 'video', attribute: 'src' },
      { url: 'poster.jpg', element: 'video', attribute: 'poster' },
      { url: 'clip.webm', element: 'source', attribute: 'src' },
      { url: 'subs.vtt', element: 'track', attribute: 'src' },
      { url: 'sound.mp3', element: 'audio', attribute: 'src' },
      { url: 'https://example.org/embed', element: 'iframe', attribute: 'src' },
      { url: '//cdn.example/style.css', element: 'link', attribute: 'href' },
      { url: 'movie.swf', element: 'object', attribute: 'data' },
    ]);
  });

  it('reads srcset, style url(), <style> text and reveal.js backgrounds', () => {
    const html = [
      '<img srcset="https://a.example/1.png 1x, https://a.example/2.png 2x">',
      '<div style="background-image: url(\'https://b.example/bg.png\')"></div>',
      '<style>.x { background: url(local.png) }</style>',
      '<div data-background-image="https://c.example/bg.jpg" data-background-video="v.webm,v.mp4" data-background-iframe="https://d.example/"></div>',
      '<div data-background="#222"></div><div data-background="photo.png"></div>',
    ].join('');
    expect(findResourceReferences(html).map(({ url, attribute }) => `${attribute} ${url}`)).toEqual([
      'srcset https://a.example/1.png',
      'srcset https://a.example/2.png',
      'style https://b.example/bg.png',
      '#text local.png',
      'data-background-image https://c.example/bg.jpg',
      'data-background-video v.webm',
      'data-background-video v.mp4',
      'data-background-iframe https://d.example/',
      'data-background photo.png',
    ]);
  });

  it('does not report links, comments, template content or text that only looks like markup', () => {
    const html = [
      '<p><a href="https://example.org/page">a link</a> <area href="https://example.org/area"></p>',
      '<!-- <img src="https://example.org/commented.png"> -->',
      '<template><img src="https://example.org/inert.png"></template>',
      '<pre><code>&lt;img src="https://example.org/code.png"&gt;</code></pre>',
      '<textarea><img src="https://example.org/rcdata.png"></textarea>',
    ].join('');
    expect(urls(html)).toEqual([]);
  });

  it('reads attributes as a browser does: entities decoded, any quoting, case-insensitive names', () => {
    expect(urls('<IMG SRC=https://example.org/a.png?x=1&amp;y=2><img src=\'b&#46;png\'><img alt="src=c.png">')).toEqual([
      'https://example.org/a.png?x=1&y=2',
      'b.png',
    ]);
  });

  it('reads <noscript> content as markup, like the sanitizer does', () => {
    expect(urls('<noscript><img src="https://example.org/n.png"></noscript>')).toEqual(['https://example.org/n.png']);
  });

  it('walks deep nesting without overflowing the stack', () => {
    expect(urls(`${'<div>'.repeat(20_000)}<img src="deep.png">`)).toEqual(['deep.png']);
  });
});
