/**
 * Which horizontal slides reveal.js gets to see. reveal.js touches every slide in its DOM on every move
 * (classes, visibility, layout, backgrounds), which at 1,000 slides costs tens of milliseconds a press.
 * So only a window of slides around the current one is in `.slides`; the window moves along with the
 * presenter. Positions here are the deck's (global) horizontal indices; [start, end).
 */

/** Horizontal slides kept on each side of the current one. */
export const WINDOW_RADIUS = 10;
/**
 * Fewer slides than this between the current one and a window edge that is not the deck's own edge,
 * and the window moves at once: reveal.js loads `viewDistance` (3) slides ahead, and must never reach the
 * end of its window as if it were the end of the deck.
 */
export const EDGE_MARGIN = 4;
/** The current slide this far from the window's centre: move the window when the page is idle. */
export const DRIFT = 3;

export interface WindowRange {
  start: number;
  end: number;
}

/** The window centred on `h` (shifted to fit the deck), for a deck of `total` horizontal slides. */
export function windowAround(h: number, total: number, radius: number = WINDOW_RADIUS): WindowRange {
  const size = Math.min(total, 2 * radius + 1);
  const start = Math.min(Math.max(0, h - radius), total - size);
  return { start: Math.max(0, start), end: Math.max(0, start) + size };
}

export function isSameWindow(a: WindowRange, b: WindowRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Whether the window must move for current slide `h`: `now` when `h` is outside it or too near an edge
 * that hides more slides, `idle` when it has drifted from the centre, `no` otherwise.
 */
export function windowMove(range: WindowRange, h: number, total: number): 'now' | 'idle' | 'no' {
  if (h < range.start || h >= range.end) return 'now';
  if ((range.start > 0 && h - range.start < EDGE_MARGIN) || (range.end < total && range.end - 1 - h < EDGE_MARGIN)) return 'now';
  const target = windowAround(h, total);
  if (isSameWindow(target, range)) return 'no';
  return Math.abs(target.start - range.start) >= DRIFT || Math.abs(target.end - range.end) >= DRIFT ? 'idle' : 'no';
}

/**
 * Changes `parent`'s children from `from` to `to` without touching the elements both keep (moving or
 * re-inserting an element would cut its running transition short). Returns the elements taken out.
 */
export function applyWindow(parent: Element, all: readonly Element[], from: WindowRange, to: WindowRange): Element[] {
  const removed: Element[] = [];
  const overlaps = from.start < to.end && to.start < from.end;
  if (!overlaps) {
    removed.push(...all.slice(from.start, from.end));
    parent.replaceChildren(...all.slice(to.start, to.end));
    return removed;
  }
  for (let h = from.start; h < to.start; h++) removed.push(all[h] as Element);
  for (let h = to.end; h < from.end; h++) removed.push(all[h] as Element);
  for (const element of removed) element.remove();
  if (to.start < from.start) parent.prepend(...all.slice(to.start, from.start));
  if (to.end > from.end) parent.append(...all.slice(from.end, to.end));
  return removed;
}
