import { describe, expect, it } from 'vitest';
import { htmlToText } from '../markdown';
import { RenderReport } from '../render-report';
import { renderCodeBlock } from './code-block';

const render = (text: string, info: string): string => renderCodeBlock(text, info, new RenderReport());
/** The class lists of every element with `name` in its classes, in document order. */
const classesOf = (html: string, name: string): string[] => [...html.matchAll(/class="([^"]*)"/g)].map((match) => match[1] ?? '').filter((classes) => classes.split(' ').includes(name));

describe('renderCodeBlock', () => {
  it('highlights a known language with highlight.js classes, one line span per source line', () => {
    const html = render('def f(x):\n    return x  # done', 'python');
    expect(html).toContain('<code class="language-python">');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<span class="hljs-comment"># done</span>');
    expect(classesOf(html, 'mimbar-code-line')).toHaveLength(2);
    expect(html).not.toMatch(/style=|data-(?!fragment-index)/);
  });

  it('knows the aliases decks write (`js`, `py`, `html`, `sh`, `c++`)', () => {
    const samples: [string, string][] = [['js', 'const x = 1'], ['py', 'def f(): pass'], ['sh', 'if true; then echo; fi'], ['c++', 'int main() { return 0; }'], ['cs', 'class A {}'], ['kt', 'fun main() {}'], ['rs', 'fn main() {}'], ['golang', 'func main() {}'], ['pascal', 'begin end.'], ['PHP', '<?php echo 1;']];
    for (const [alias, code] of samples) expect(render(code, alias), alias).toContain('hljs-keyword');
    expect(render('<p class="a">x</p>', 'html')).toContain('hljs-tag');
  });

  it('a multi-line comment is split into balanced lines', () => {
    const html = render('/* first\n   second */\nint x;', 'c');
    const lineHtml = [...html.matchAll(/<span class="mimbar-code-text">(.*?)\n<\/span><\/span>/gs)].map((match) => match[1]);
    expect(lineHtml).toEqual(['<span class="hljs-comment">/* first</span>', '<span class="hljs-comment">   second */</span>', '<span class="hljs-type">int</span> x;']);
  });

  it('an unknown language, or none, shows the code plain in the same structure, without error', () => {
    for (const info of ['klingon', '', 'constructor', '__proto__']) {
      const html = render('if x < 1 then\n  y', info);
      expect(html, info).not.toContain('hljs-');
      expect(classesOf(html, 'mimbar-code-line'), info).toHaveLength(2);
      expect(htmlToText(html), info).toBe('if x < 1 then\n  y');
    }
    expect(render('x', 'klingon')).toContain('<code class="language-klingon">');
    // A language word the sanitizer would not keep as a class gets none.
    expect(render('x', 'c#"onload=')).toContain('<code>');
  });

  it('code that looks like markup stays text', () => {
    for (const info of ['html', 'js', 'klingon']) {
      const html = render('</code></pre><script>alert(1)</script><img src=x onerror=alert(1)>', info);
      expect(html, info).not.toMatch(/<script|<img|<\/code><\/pre><script/);
      expect(htmlToText(html), info).toContain('</code></pre><script>alert(1)</script><img src=x onerror=alert(1)>');
    }
  });

  it('line numbers are text, from the offset, hidden from screen readers', () => {
    const html = render('a\nb\nc', 'text [41: ]');
    expect([...html.matchAll(/<span class="mimbar-line-number" aria-hidden="true">(\d+)<\/span>/g)].map((match) => match[1])).toEqual(['41', '42', '43']);
    expect(classesOf(html, 'mimbar-code')).toEqual(['mimbar-code mimbar-code-numbered']);
  });

  it('steps: the first copy shows at once, each further step is a fragment copy with its own lit lines', () => {
    const html = render('one\ntwo\nthree', 'js [1|2-3]');
    expect(classesOf(html, 'mimbar-code')).toEqual(['mimbar-code mimbar-code-numbered mimbar-code-steps']);
    const copies = html.split('<div class="mimbar-code-step').slice(1);
    expect(copies).toHaveLength(2);
    expect(copies[0]).toMatch(/^ mimbar-code-focus">/);
    expect(copies[1]).toMatch(/^ mimbar-code-focus fragment">/);
    const lit = (copy: string): string[] => [...copy.matchAll(/<span class="mimbar-code-line( mimbar-code-lit)?">.*?<span class="mimbar-code-text">(\w+)/g)].filter((match) => match[1] !== undefined).map((match) => match[2] ?? '');
    expect(copies.map((copy) => lit(copy))).toEqual([['one'], ['two', 'three']]);
    // No fragment index: the steps come in document order, after any indexed fragment, as in reveal.js.
    expect(html).not.toContain('data-fragment-index');
  });

  it('a static highlight is one copy and no fragment; `all` dims nothing; `hide` hides the copy', () => {
    expect(render('a\nb', 'ts {2}')).not.toContain('fragment');
    expect(classesOf(render('a\nb', 'ts {2}'), 'mimbar-code-lit')).toHaveLength(1);
    expect(classesOf(render('a\nb', 'ts {*}'), 'mimbar-code-focus')).toEqual([]);
    expect(classesOf(render('a\nb', 'ts {hide|all}'), 'mimbar-code-step')).toEqual(['mimbar-code-step mimbar-code-hidden', 'mimbar-code-step fragment']);
  });

  it('a very long listing keeps fewer steps rather than copying itself twenty times', () => {
    const listing = Array.from({ length: 5000 }, (_, i) => `x${i} = ${i}`).join('\n');
    const html = render(listing, 'text {1|2|3|4|5|6|7|8}');
    expect(classesOf(html, 'mimbar-code-step')).toHaveLength(4);
    expect(classesOf(render('a\nb', 'text {1|2|1|2|1|2|1|2}'), 'mimbar-code-step')).toHaveLength(8);
  });

  it('a Quarto code cell shows its code without the `#|` option lines Quarto never shows; a `{.r}` block keeps them', () => {
    const cell = '#| echo: true\n#| fig-width: 10\nlibrary(ggplot2)\n#| not an option here';
    const shown = render(cell, '{r}').replace(/<[^>]+>/g, '');
    expect(shown).not.toContain('echo: true');
    expect(shown).toContain('library(ggplot2)');
    expect(shown).toContain('#| not an option here');
    expect(render('//| panel: fill\nplot(x)', '{ojs}').replace(/<[^>]+>/g, '').trim()).toBe('plot(x)');
    expect(render(cell, '{.r}').replace(/<[^>]+>/g, '')).toContain('#| echo: true');
  });
});
