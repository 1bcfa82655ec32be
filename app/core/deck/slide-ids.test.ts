import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from './slide-ids';

describe('IdAllocator', () => {
  it('numbers repeated titles in order: intro, intro-2, intro-3', () => {
    const ids = new IdAllocator();
    expect(['Intro', 'Other', 'Intro', 'intro!'].map((title) => ids.next(title))).toEqual(['intro', 'other', 'intro-2', 'intro-3']);
  });

  it('gives for a slug what it gives for its title, counting both in one sequence (the incremental build mixes them)', () => {
    const byTitle = new IdAllocator();
    const mixed = new IdAllocator();
    const titles = ['Pertahanan & Keamanan', 'Ringkasan', 'Pertahanan & Keamanan', '👋', 'Ringkasan'];
    const expected = titles.map((title) => byTitle.next(title));
    expect(titles.map((title, index) => (index % 2 === 0 ? mixed.allocate(slugify(title)) : mixed.next(title)))).toEqual(expected);
    expect(expected).toEqual(['pertahanan-keamanan', 'ringkasan', 'pertahanan-keamanan-2', 'slide', 'ringkasan-2']);
  });
});
