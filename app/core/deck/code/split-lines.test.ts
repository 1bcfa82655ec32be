import { describe, expect, it } from 'vitest';
import { escapeCode, splitHighlightedLines } from './split-lines';

/** Whether every line opens as many spans as it closes, in order. */
function isBalanced(line: string): boolean {
  let depth = 0;
  for (const tag of line.matchAll(/<(\/?)span\b/g)) {
    depth += tag[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('splitHighlightedLines', () => {
  it('closes a multi-line comment at each line break and opens it again on the next line', () => {
    const lines = splitHighlightedLines('<span class="hljs-comment">/* one\ntwo\nthree */</span> x');
    expect(lines).toEqual(['<span class="hljs-comment">/* one</span>', '<span class="hljs-comment">two</span>', '<span class="hljs-comment">three */</span> x']);
    expect(lines.every(isBalanced)).toBe(true);
  });

  it('keeps nested spans nested across a break', () => {
    const lines = splitHighlightedLines('<span class="hljs-string">`a <span class="hljs-subst">${b\n}</span> c`</span>');
    expect(lines).toEqual(['<span class="hljs-string">`a <span class="hljs-subst">${b</span></span>', '<span class="hljs-string"><span class="hljs-subst">}</span> c`</span>']);
    expect(lines.every(isBalanced)).toBe(true);
  });

  it('keeps empty lines and a stray `<` as text', () => {
    expect(splitHighlightedLines('a\n\nb < c')).toEqual(['a', '', 'b &lt; c']);
  });
});

describe('escapeCode', () => {
  it('leaves no markup', () => {
    expect(escapeCode('</code><script>alert("x")</script> & \'y\'')).toBe('&lt;/code&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});
