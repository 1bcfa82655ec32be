/**
 * Counts the fragment steps of a slide from its HTML, the way reveal.js orders fragments: every distinct
 * `data-fragment-index` is one step, and each fragment without an index takes a step of its own.
 */

const TAG_WITH_CLASS = /<[a-z][a-z0-9-]*\b[^>]*?\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const FRAGMENT_INDEX = /\bdata-fragment-index\s*=\s*(?:"\s*(-?\d+)\s*"|'\s*(-?\d+)\s*'|(-?\d+))/i;

/** Number of fragment steps in `html` (0 when the slide has no fragments). */
export function countFragmentSteps(html: string): number {
  const indices = new Set<number>();
  let unindexed = 0;
  for (const match of html.matchAll(TAG_WITH_CLASS)) {
    const classes = (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/);
    if (!classes.includes('fragment')) continue;
    const index = FRAGMENT_INDEX.exec(match[0]);
    if (index) indices.add(Number(index[1] ?? index[2] ?? index[3]));
    else unindexed += 1;
  }
  return indices.size + unindexed;
}
