import { describe, expect, it } from 'vitest';
import { createLineLocator } from './line-locator';

describe('createLineLocator', () => {
  const source = ['---', 'title: T', 'subtitle : x', '---', '## A', '', '![a][logo]', '<img src="q.png?a=1&amp;b=2">', '', '[logo]: ../logo.png'].join('\r\n');

  it('finds a URL in the slide range, then anywhere (a reference definition)', () => {
    const lines = createLineLocator(source);
    expect(lines.locate('q.png?a=1&b=2', { start: 5, end: 8 })).toEqual({ line: 8, spelling: 'q.png?a=1&amp;b=2' });
    expect(lines.locate('../logo.png', { start: 5, end: 8 })).toEqual({ line: 10, spelling: '../logo.png' });
    expect(lines.locate('nowhere.png', { start: 5, end: 8 })).toBeNull();
  });

  it('finds the line of a front matter key', () => {
    const lines = createLineLocator(source);
    expect(lines.locateFrontMatterKey('subtitle')).toBe(3);
    expect(lines.locateFrontMatterKey('sub')).toBeNull();
    expect(createLineLocator('# No front matter\nsubtitle: x\n').locateFrontMatterKey('subtitle')).toBeNull();
  });

  it('knows no lines without a source', () => {
    expect(createLineLocator(null).locate('a.png', { start: 1, end: 1 })).toBeNull();
  });
});
