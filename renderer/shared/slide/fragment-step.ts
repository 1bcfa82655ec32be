/**
 * Shows a slide at one fragment step, in reveal.js's order: fragments with an explicit
 * `data-fragment-index` grouped by index in ascending order, then each fragment without one on a step
 * of its own, in document order (the same count as app/core/export/fragment-steps.ts). Step `s`
 * shows the first `s` groups; hidden fragments keep their space (`visibility: hidden`).
 */

const EXPLICIT_INDEX = /^\s*-?\d+\s*$/;

/** The fragments of `root` grouped by step, in reveal.js's order. */
export function fragmentGroups(root: ParentNode): HTMLElement[][] {
  const indexed = new Map<number, HTMLElement[]>();
  const unindexed: HTMLElement[][] = [];
  for (const fragment of root.querySelectorAll<HTMLElement>('.fragment')) {
    const value = fragment.getAttribute('data-fragment-index');
    if (value !== null && EXPLICIT_INDEX.test(value)) {
      const index = Number(value);
      indexed.set(index, [...(indexed.get(index) ?? []), fragment]);
    } else {
      unindexed.push([fragment]);
    }
  }
  const ordered = [...indexed.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  return [...ordered, ...unindexed];
}

/** Marks the fragments shown at `step` (null: the final state, every fragment) `visible`. */
export function applyFragmentStep(root: ParentNode, step: number | null): void {
  fragmentGroups(root).forEach((group, index) => {
    const isShown = step === null || index < step;
    for (const fragment of group) fragment.classList.toggle('visible', isShown);
  });
}
