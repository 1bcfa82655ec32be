// @vitest-environment jsdom
// A highlighted code block (app/core/deck/code/) keeps its structure through the one sanitizer every
// window uses: highlight.js classes, line spans, line numbers hidden from screen readers, the step
// copies as fragments, and the export plan counting the same steps as the views.
import { describe, expect, it } from 'vitest';
import { renderCodeBlock } from '../../app/core/deck/code/code-block';
import { RenderReport } from '../../app/core/deck/render-report';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { fragmentGroups } from '../../renderer/shared/slide/fragment-step';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';

function sanitized(text: string, info: string): { html: string; box: HTMLElement } {
  const html = renderCodeBlock(text, info, new RenderReport());
  const box = document.createElement('div');
  box.append(sanitizeToFragment(html, '/deck/'));
  return { html, box };
}

describe('a code block through the sanitizer', () => {
  it('keeps the language, token and line classes, and the line numbers hidden from screen readers', () => {
    const { html, box } = sanitized('/* a\n b */\nconst x = 1;', 'js [1|2-3]');
    // Nothing of it is dropped or changed.
    expect(box.innerHTML.trim()).toBe(html.trim());
    expect(box.querySelector('code')?.className).toBe('language-js');
    expect(box.querySelectorAll('.mimbar-code-step')).toHaveLength(2);
    expect(box.querySelectorAll('.mimbar-code-step:first-child .mimbar-code-line')).toHaveLength(3);
    expect(box.querySelector('.hljs-keyword')?.textContent).toBe('const');
    expect(Array.from(box.querySelectorAll('.mimbar-line-number'), (number) => number.getAttribute('aria-hidden'))).toEqual(Array(6).fill('true'));
  });

  it('counts the same steps in the export plan and in the views, Slidev clicks included', () => {
    for (const info of ['js [1|2|3]', 'ts {1|3-4}', 'ts {2,3}', 'py']) {
      const { html, box } = sanitized('a\nb\nc\nd', info);
      expect(countFragmentSteps(html), info).toBe(fragmentGroups(box).length);
    }
    expect(countFragmentSteps(sanitized('a\nb\nc', 'js [1|2|3]').html)).toBe(2);
  });

  it('leaves code that looks like markup as text', () => {
    const { box } = sanitized('</code></pre><script>alert(1)</script><img src=x onerror=alert(1)>', 'html [1]');
    expect(box.querySelector('script, img')).toBeNull();
    expect(box.querySelector('.mimbar-code-text')?.textContent).toBe('</code></pre><script>alert(1)</script><img src=x onerror=alert(1)>\n');
  });
});
