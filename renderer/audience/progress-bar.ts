/**
 * The progress bar along the bottom of the audience screen, drawn by the app: reveal.js's own counts the
 * slides in its DOM, which holds only the slides near the current one (see slide-window.ts).
 */

/** Shows how far through the deck the current slide is. */
export interface ProgressBar {
  /** `ordinal` (0-based) of `count` slides in reading order. */
  show(ordinal: number, count: number): void;
}

/** Adds the bar to `revealRoot`. */
export function createProgressBar(revealRoot: HTMLElement): ProgressBar {
  const bar = document.createElement('div');
  bar.className = 'mimbar-progress';
  bar.setAttribute('aria-hidden', 'true');
  const fill = document.createElement('span');
  bar.append(fill);
  revealRoot.append(bar);
  return {
    show(ordinal, count) {
      const share = count > 1 ? ordinal / (count - 1) : 1;
      fill.style.transform = `scaleX(${Math.min(1, Math.max(0, share))})`;
    },
  };
}
