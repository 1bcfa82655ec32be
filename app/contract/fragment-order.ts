/**
 * The one rule for fragment steps, as reveal.js orders them: fragments with an explicit
 * `data-fragment-index` grouped by index in ascending order, then each fragment without one on a step of
 * its own, in document order. The export plan counts steps with it from a slide's HTML
 * (`app/core/export/fragment-steps.ts`); the views group DOM fragments with it
 * (`renderer/shared/slide/fragment-step.ts`). No imports: it runs in the renderer and in Node alike.
 */

/** One fragment, in document order: the thing itself and its `data-fragment-index` as written (null: none). */
export interface FragmentMark<T> {
  item: T;
  index: string | null;
}

// An index reveal.js honours: an integer, spaces around it allowed. Anything else counts as no index.
const EXPLICIT_INDEX = /^\s*-?\d+\s*$/;

/** The fragments grouped by step: step `s` shows the first `s` groups. */
export function groupFragments<T>(fragments: Iterable<FragmentMark<T>>): T[][] {
  const indexed = new Map<number, T[]>();
  const unindexed: T[][] = [];
  for (const { item, index } of fragments) {
    if (index !== null && EXPLICIT_INDEX.test(index)) {
      const key = Number(index);
      indexed.set(key, [...(indexed.get(key) ?? []), item]);
    } else {
      unindexed.push([item]);
    }
  }
  const ordered = [...indexed.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
  return [...ordered, ...unindexed];
}
