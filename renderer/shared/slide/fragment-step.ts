/**
 * Shows a slide at one fragment step, grouping its fragments by the one rule the export plan counts
 * with (`groupFragments`, app/contract/fragment-order.ts). Step `s` shows the first `s` groups; hidden
 * fragments keep their space (`visibility: hidden`).
 */
import { groupFragments } from '../../../app/contract/fragment-order';

/** The fragments of `root` grouped by step, in reveal.js's order. */
export function fragmentGroups(root: ParentNode): HTMLElement[][] {
  return groupFragments(Array.from(root.querySelectorAll<HTMLElement>('.fragment'), (item) => ({ item, index: item.getAttribute('data-fragment-index') })));
}

/** Marks the fragments shown at `step` (null: the final state, every fragment) `visible`. */
export function applyFragmentStep(root: ParentNode, step: number | null): void {
  fragmentGroups(root).forEach((group, index) => {
    const isShown = step === null || index < step;
    for (const fragment of group) fragment.classList.toggle('visible', isShown);
  });
}
