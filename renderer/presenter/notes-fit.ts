/**
 * Notes that never hide: when the notes are taller than their pane, the text first shrinks, down to
 * `minimumPx` of the presenter's chosen size; if they are still taller, an opaque cue covers the pane
 * from the last whole line down ("▼ lanjut (D)"), so no line shows cut through its glyphs, and another
 * covers a line cut at the top once scrolled ("▲ … (U)"). D and U scroll by most of a pane, to a line's
 * top, so no line is skipped; the wheel scrolls freely and the cues follow.
 */

/** The smallest size the fit shrinks the notes to: 75 % of the chosen size, never below 16 px (nor above the chosen size). */
export function minimumPx(chosenPx: number): number {
  return Math.min(chosenPx, Math.max(16, Math.round(chosenPx * 0.75)));
}

/** Least height of a cue, so its words fit (px). */
const CUE_PX = 30;

/** The notes' fitting and scrolling. */
export interface NotesFit {
  /** Fits the text at `chosenPx` (or smaller) to the pane and redraws the cues; call after the notes or the pane changed. */
  fit(chosenPx: number): void;
  /** Scrolls by most of a pane: down (1) or up (−1). */
  page(direction: 1 | -1): void;
  /** Sets the cues' words. */
  setWords(more: string, back: string): void;
}

interface Band {
  top: number;
  bottom: number;
}

/** The lines of `body`'s content as vertical bands, in the content's coordinates (0 at its top, scrolling included). */
function lineBands(body: HTMLElement): Band[] {
  const origin = body.getBoundingClientRect().top - body.scrollTop;
  const rects: Band[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let list: DOMRectList | DOMRect[];
    if (node instanceof Text) {
      if (node.data.trim() === '') continue;
      range.selectNodeContents(node);
      list = range.getClientRects();
    } else if (node instanceof HTMLImageElement || node instanceof SVGSVGElement || node instanceof HTMLTableRowElement) {
      list = [node.getBoundingClientRect()];
    } else {
      continue;
    }
    for (const rect of Array.from(list)) if (rect.height > 0) rects.push({ top: rect.top - origin, bottom: rect.bottom - origin });
  }
  rects.sort((a, b) => a.top - b.top);
  const bands: Band[] = [];
  for (const rect of rects) {
    const last = bands.at(-1);
    // Pieces of one line (a bold word, an emoji) overlap the line's band.
    if (last && rect.top < last.bottom - 1) last.bottom = Math.max(last.bottom, rect.bottom);
    else bands.push({ ...rect });
  }
  return bands;
}

/** Fits `body` (the scrolling notes, in `frame`) and draws `cueUp` and `cueMore` over it. */
export function createNotesFit(frame: HTMLElement, body: HTMLElement, cueUp: HTMLElement, cueMore: HTMLElement): NotesFit {
  let bands: Band[] = [];
  let paddingTop = 0;

  const overflows = (): boolean => body.scrollHeight > body.clientHeight + 1;

  /** Where the visible lines end and start (content coordinates) for the scroll position now. */
  const visible = (): { top: number; bottom: number; cutTop: number | null; cutBottom: number | null } => {
    const top = body.scrollTop;
    const bottom = top + body.clientHeight;
    const atEnd = bottom >= body.scrollHeight - 1;
    let cutBottom: number | null = null;
    if (!atEnd) {
      // The last line that ends a cue's height above the bottom: the cue covers everything below it.
      const last = bands.filter((band) => band.bottom <= bottom - CUE_PX && band.top >= top).at(-1);
      cutBottom = last ? last.bottom + 2 : bottom - CUE_PX;
    }
    let cutTop: number | null = null;
    if (top > 1) {
      const first = bands.find((band) => band.top >= top + CUE_PX);
      cutTop = first ? first.top - 2 : top + CUE_PX;
    }
    return { top, bottom, cutTop, cutBottom };
  };

  const drawCues = (): void => {
    const view = visible();
    cueMore.hidden = view.cutBottom === null;
    cueUp.hidden = view.cutTop === null;
    if (view.cutBottom !== null) {
      cueMore.style.top = `${Math.round(view.cutBottom - view.top)}px`;
    }
    if (view.cutTop !== null) {
      cueUp.style.height = `${Math.max(0, Math.round(view.cutTop - view.top))}px`;
    }
  };

  const measure = (): void => {
    paddingTop = Number.parseFloat(getComputedStyle(body).paddingTop) || 0;
    bands = lineBands(body);
  };

  body.addEventListener('scroll', drawCues, { passive: true });

  return {
    fit(chosenPx) {
      if (frame.hidden || body.clientHeight === 0) return;
      const apply = (px: number): void => {
        body.style.fontSize = `${px}px`;
        body.dataset['fitPx'] = String(px);
      };
      apply(chosenPx);
      if (overflows()) {
        // The largest size from the minimum up to the chosen one at which the notes fit, else the minimum.
        let low = minimumPx(chosenPx);
        let high = chosenPx - 1;
        let best = low;
        while (low <= high) {
          const middle = Math.floor((low + high) / 2);
          apply(middle);
          if (overflows()) high = middle - 1;
          else {
            best = middle;
            low = middle + 1;
          }
        }
        apply(best);
      }
      measure();
      drawCues();
    },
    page(direction) {
      const view = visible();
      const step = Math.max(body.clientHeight * 0.85, 1);
      // A line brought to the top sits just below the top cue's height, so the cue covers none of it.
      const below = CUE_PX;
      let target: number;
      if (direction === 1) {
        // The first line the bottom cue covers (or that was cut) goes to the top.
        const cut = view.cutBottom ?? view.bottom;
        const next = bands.find((band) => band.bottom > cut + 1);
        target = next ? next.top - below : view.top + step;
        if (target <= view.top + 1) target = view.top + step;
      } else {
        const goal = view.top - (body.clientHeight - 2 * CUE_PX);
        const start = bands.find((band) => band.top - below >= goal);
        target = goal <= paddingTop || !start ? 0 : start.top - below;
        if (target >= view.top - 1) target = Math.max(0, view.top - step);
      }
      body.scrollTop = Math.max(0, Math.min(target, body.scrollHeight - body.clientHeight));
      drawCues();
    },
    setWords(more, back) {
      cueMore.textContent = more;
      cueUp.textContent = back;
    },
  };
}
