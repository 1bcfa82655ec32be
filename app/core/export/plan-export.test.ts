import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../contract/export';
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

  it('puts notes pages after each slide, and notes below slides on portrait A4', () => {
    expect(plan({ layout: 'notes-pages' }).pages.map((page) => page.kind)).toEqual(Array.from({ length: 7 }, () => ['slide', 'notes']).flat());
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

describe('countFragmentSteps', () => {
  it('counts distinct indices, and each unindexed fragment as a step', () => {
    expect(countFragmentSteps('<p>none</p>')).toBe(0);
    expect(countFragmentSteps('<p class="fragment">a</p><li class="x fragment fade-up">b</li>')).toBe(2);
    expect(countFragmentSteps('<p class="fragment" data-fragment-index="1">a</p><p data-fragment-index="1" class="fragment">b</p><p class=fragment>c</p>')).toBe(2);
    expect(countFragmentSteps('<p class="fragmented">a</p>')).toBe(0);
  });
});
