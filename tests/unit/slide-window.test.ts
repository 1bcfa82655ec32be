// @vitest-environment jsdom
// The window of slides reveal.js holds: always around the current slide, never past the deck's edges,
// moved before the presenter can reach its edge, and changed without touching the slides it keeps.
import { describe, expect, it } from 'vitest';
import { applyWindow, EDGE_MARGIN, WINDOW_RADIUS, windowAround, windowMove } from '../../renderer/audience/slide-window';

describe('slide window', () => {
  it('centres on the slide, shifted to fit inside the deck', () => {
    expect(windowAround(500, 1000)).toEqual({ start: 500 - WINDOW_RADIUS, end: 500 + WINDOW_RADIUS + 1 });
    expect(windowAround(0, 1000)).toEqual({ start: 0, end: 2 * WINDOW_RADIUS + 1 });
    expect(windowAround(999, 1000)).toEqual({ start: 1000 - (2 * WINDOW_RADIUS + 1), end: 1000 });
    expect(windowAround(3, 7)).toEqual({ start: 0, end: 7 });
  });

  it('moves at once when the slide is outside or too near an edge that hides slides, when idle after a drift', () => {
    const range = windowAround(500, 1000);
    expect(windowMove(range, 500, 1000)).toBe('no');
    expect(windowMove(range, 501, 1000)).toBe('no');
    expect(windowMove(range, 503, 1000)).toBe('idle');
    expect(windowMove(range, range.end - EDGE_MARGIN, 1000)).toBe('now');
    expect(windowMove(range, range.start + EDGE_MARGIN - 1, 1000)).toBe('now');
    expect(windowMove(range, 900, 1000)).toBe('now');
    // At the deck's own edges there is nothing more to show.
    const first = windowAround(0, 1000);
    expect(windowMove(first, 0, 1000)).toBe('no');
    const last = windowAround(999, 1000);
    expect(windowMove(last, 999, 1000)).toBe('no');
  });

  it('keeps reveal.js loading ahead: a slide reached by single steps always has its view distance inside the window', () => {
    const total = 1000;
    let range = windowAround(0, total);
    for (let h = 0; h < total; h++) {
      expect(h - range.start >= 3 || range.start === 0).toBe(true);
      expect(range.end - 1 - h >= 3 || range.end === total).toBe(true);
      // Only the urgent moves happen (no idle time between presses): the worst case.
      if (windowMove(range, h, total) === 'now') range = windowAround(h, total);
    }
  });

  it('changes the children without re-inserting the ones it keeps', () => {
    const parent = document.createElement('div');
    const all = Array.from({ length: 50 }, (_, index) => {
      const element = document.createElement('section');
      element.id = `s${index}`;
      return element;
    });
    parent.append(...all.slice(10, 31));
    const kept = all[20] as Element;
    const removals: Node[] = [];
    new MutationObserver((records) => records.forEach((record) => removals.push(...record.removedNodes))).observe(parent, { childList: true });
    const removed = applyWindow(parent, all, { start: 10, end: 31 }, { start: 15, end: 36 });
    expect([...parent.children].map((element) => element.id)).toEqual(all.slice(15, 36).map((element) => element.id));
    expect(removed.map((element) => element.id)).toEqual(['s10', 's11', 's12', 's13', 's14']);
    expect(parent.contains(kept)).toBe(true);
    return Promise.resolve().then(() => expect(removals).not.toContain(kept));
  });

  it('replaces every child on a jump to a window that does not overlap', () => {
    const parent = document.createElement('div');
    const all = Array.from({ length: 100 }, () => document.createElement('section'));
    parent.append(...all.slice(0, 21));
    applyWindow(parent, all, { start: 0, end: 21 }, { start: 70, end: 91 });
    expect([...parent.children]).toEqual(all.slice(70, 91));
    applyWindow(parent, all, { start: 70, end: 91 }, { start: 60, end: 81 });
    expect([...parent.children]).toEqual(all.slice(60, 81));
  });
});
