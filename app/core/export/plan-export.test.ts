import { describe, expect, it } from 'vitest';
import { exportOptions } from '../../contract/channels';
import { DEFAULT_EXPORT_OPTIONS, LAYOUTS, type ExportOptions } from '../../contract/export';
import { buildDeck } from '../deck/build-deck';
import { countFragmentSteps } from './fragment-steps';
import { planExport } from './plan-export';

const deck = buildDeck(
  [
    '---\ntitle: Rencana\nauthor: Bu Sari\nstyle: deck\n---',
    '# Satu',
    '## Dua\n\n<p class="fragment">a</p>\n<p class="fragment">b</p>\n\nNote: catatan dua',
    '## Tiga',
    '## Empat',
    '## Lima',
    '## Enam',
    '## Tujuh',
  ].join('\n\n---\n\n'),
);
const plan = (options: Partial<ExportOptions>) => planExport(deck, { ...DEFAULT_EXPORT_OPTIONS, ...options });

describe('planExport', () => {
  it('plans one slide-sized landscape page per slide by default, with title and author', () => {
    const slides = plan({});
    expect(slides).toMatchObject({ layout: 'slides', paper: 'slide', orientation: 'landscape', title: 'Rencana', author: 'Bu Sari', slideCount: 7, frameCount: 7 });
    expect(slides.page).toEqual({ widthMm: 338.667, heightMm: 190.5 });
    expect(slides.pages.map((page) => page.frames[0]?.slideNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(slides.pages.every((page) => page.kind === 'slide' && page.frames[0]?.isFirstFrame && page.frames[0].step === null)).toBe(true);
  });

  it('adds one page per fragment step only with fragments: steps', () => {
    const steps = plan({ fragments: 'steps' });
    expect(steps.frameCount).toBe(9);
    const second = steps.pages.filter((page) => page.frames[0]?.slideId === deck.slides[1]?.id).map((page) => page.frames[0]);
    expect(second.map((frame) => [frame?.step, frame?.isFirstFrame])).toEqual([
      [0, true],
      [1, false],
      [null, false],
    ]);
  });

  it('plans one notes page per slide on portrait A4, each slide once in its final state, also with fragment steps', () => {
    for (const fragments of ['final', 'steps'] as const) {
      const notes = plan({ layout: 'notes-pages', fragments });
      expect(notes).toMatchObject({ paper: 'a4', orientation: 'portrait', page: { widthMm: 210, heightMm: 297 }, slideCount: 7, frameCount: 7 });
      expect(notes.pages.map((page) => [page.kind, page.frames.length, page.frames[0]?.slideNumber, page.frames[0]?.step, page.frames[0]?.isFirstFrame])).toEqual(
        deck.slides.map((_, index) => ['notes', 1, index + 1, null, true]),
      );
    }
    expect(plan({ layout: 'notes-pages', paper: 'letter' }).page).toEqual({ widthMm: 215.9, heightMm: 279.4 });
  });

  it('puts notes below each frame on portrait A4', () => {
    const below = plan({ layout: 'notes-below' });
    expect(below).toMatchObject({ paper: 'a4', orientation: 'portrait', page: { widthMm: 210, heightMm: 297 } });
    expect(below.pages).toHaveLength(7);
  });

  it('groups handouts by 2, 3 and 6, with lines on handout-3, and swaps the grid in landscape', () => {
    expect(plan({ layout: 'handout-2' }).pages).toHaveLength(4);
    const three = plan({ layout: 'handout-3' });
    expect(three.pages.map((page) => page.frames.length)).toEqual([3, 3, 1]);
    expect(three.grid).toEqual({ perPage: 3, columns: 1, rows: 3, withLines: true });
    expect(plan({ layout: 'handout-6', orientation: 'landscape', paper: 'letter' })).toMatchObject({
      grid: { perPage: 6, columns: 3, rows: 2, withLines: false },
      page: { widthMm: 279.4, heightMm: 215.9 },
    });
  });
});

describe('slide theme', () => {
  const dark = buildDeck('---\ntitle: Gelap\ntheme: black\n---\n\n# Satu');
  const contrast = buildDeck('---\ntitle: Kontras\ntheme: black-contrast\n---\n\n# Satu');
  const light = buildDeck('---\ntitle: Terang\ntheme: white\n---\n\n# Satu');
  const themeOf = (source: typeof deck, options: Partial<ExportOptions>) => {
    const planned = planExport(source, { ...DEFAULT_EXPORT_OPTIONS, ...options });
    return [planned.slideTheme, planned.theme];
  };

  it('prints paper layouts light and slides in the deck theme by default', () => {
    for (const layout of LAYOUTS) expect(themeOf(dark, { layout }), layout).toEqual(layout === 'slides' ? ['deck', 'black'] : ['light', 'white']);
    expect(themeOf(contrast, { layout: 'handout-6' })).toEqual(['light', 'white-contrast']);
    expect(themeOf(light, { layout: 'slides' })).toEqual(['deck', 'white']);
  });

  it('keeps the deck theme on paper, or prints slides light, when asked', () => {
    expect(themeOf(dark, { layout: 'handout-6', slideTheme: 'deck' })).toEqual(['deck', 'black']);
    expect(themeOf(contrast, { layout: 'notes-pages', slideTheme: 'deck' })).toEqual(['deck', 'black-contrast']);
    expect(themeOf(dark, { layout: 'slides', slideTheme: 'light' })).toEqual(['light', 'white']);
    expect(themeOf(light, { layout: 'handout-3', slideTheme: 'light' })).toEqual(['light', 'white']);
  });

  it('validates the option: light, deck or auto; missing reads as auto; anything else is refused', () => {
    const base = { layout: 'handout-6', fragments: 'final', paper: 'auto', orientation: 'auto' };
    for (const slideTheme of ['light', 'deck', 'auto']) expect(exportOptions.parse({ ...base, slideTheme })).toEqual({ ...base, slideTheme });
    expect(exportOptions.parse(base)).toEqual({ ...base, slideTheme: 'auto' });
    for (const slideTheme of ['dark', 'white', '', null, 1]) expect(exportOptions.safeParse({ ...base, slideTheme }).success, String(slideTheme)).toBe(false);
  });
});

describe('countFragmentSteps', () => {
  it('counts distinct indices, and each unindexed fragment as a step', () => {
    expect(countFragmentSteps('<p>none</p>')).toBe(0);
    expect(countFragmentSteps('<p class="fragment">a</p><li class="x fragment fade-up">b</li>')).toBe(2);
    expect(countFragmentSteps('<p class="fragment" data-fragment-index="1">a</p><p data-fragment-index="1" class="fragment">b</p><p class=fragment>c</p>')).toBe(2);
    expect(countFragmentSteps('<p class="fragmented">a</p>')).toBe(0);
  });
});
