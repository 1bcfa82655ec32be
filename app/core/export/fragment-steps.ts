/**
 * Counts the fragment steps of a slide from its HTML, by the one rule the views use too
 * (`groupFragments`, app/contract/fragment-order.ts). Node has no DOM, so the fragments are found by
 * their start tags: an element whose `class` holds `fragment`, with its `data-fragment-index` as written.
 */
import { groupFragments } from '../../contract/fragment-order';
import type { FragmentMark } from '../../contract/fragment-order';

const TAG_WITH_CLASS = /<[a-z][a-z0-9-]*\b[^>]*?\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
const FRAGMENT_INDEX = /\bdata-fragment-index\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

function* fragmentTags(html: string): Generator<FragmentMark<string>> {
  for (const match of html.matchAll(TAG_WITH_CLASS)) {
    const classes = (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/);
    if (!classes.includes('fragment')) continue;
    const index = FRAGMENT_INDEX.exec(match[0]);
    yield { item: match[0], index: index ? (index[1] ?? index[2] ?? index[3] ?? '') : null };
  }
}

/** Number of fragment steps in `html` (0 when the slide has no fragments). */
export function countFragmentSteps(html: string): number {
  return groupFragments(fragmentTags(html)).length;
}
