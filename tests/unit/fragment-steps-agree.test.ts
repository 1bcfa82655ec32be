// @vitest-environment jsdom
// The export plan counts fragment steps from a slide's raw HTML (one PDF page per step); the print view
// then shows each step from the sanitized DOM. If the two disagreed, a PDF would get blank or missing
// steps. Both go through groupFragments; this checks the two extractors feed it the same fragments.
import { describe, expect, it } from 'vitest';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { fragmentGroups } from '../../renderer/shared/slide/fragment-step';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';

const SLIDES: [name: string, html: string, steps: number][] = [
  ['no fragments', '<p>none</p>', 0],
  ['two unindexed', '<p class="fragment">a</p><li class="x fragment fade-up">b</li>', 2],
  ['a shared index and an unindexed one', '<p class="fragment" data-fragment-index="1">a</p><p data-fragment-index="1" class="fragment">b</p><p class=fragment>c</p>', 2],
  ['a class that only starts with fragment', '<p class="fragmented">a</p>', 0],
  ['indices out of order, spaces, a negative one', '<p class="fragment" data-fragment-index=" 3 ">a</p><p class="fragment" data-fragment-index="-1">b</p><p class="fragment" data-fragment-index=\'3\'>c</p>', 2],
  ['an index that is not a number', '<p class="fragment" data-fragment-index="2x">a</p><p class="fragment" data-fragment-index="">b</p><p class="fragment" data-fragment-index=2>c</p>', 3],
  ['nested fragments', '<ul><li class="fragment">a<ul><li class="fragment" data-fragment-index="0">b</li></ul></li></ul>', 2],
];

describe('fragment steps: the export plan and the views count alike', () => {
  for (const [name, html, steps] of SLIDES) {
    it(name, () => {
      const box = document.createElement('div');
      box.append(sanitizeToFragment(html, '/deck/'));
      expect(countFragmentSteps(html)).toBe(steps);
      expect(fragmentGroups(box).length).toBe(steps);
    });
  }

  it('orders steps as reveal.js does: indexed groups ascending, then unindexed fragments in document order', () => {
    const box = document.createElement('div');
    box.append(sanitizeToFragment('<p class="fragment">u</p><p class="fragment" data-fragment-index="5">five</p><p class="fragment" data-fragment-index="0">zero</p>', '/deck/'));
    expect(fragmentGroups(box).map((group) => group.map((element) => element.textContent))).toEqual([['zero'], ['five'], ['u']]);
  });
});
