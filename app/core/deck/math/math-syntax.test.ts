import { describe, expect, it } from 'vitest';
import { buildDeck } from '../build-deck';
import type { Deck } from '../../../contract/deck';

/** A one-slide deck (`---` makes it a deck, so nothing is condensed) with `body` under a heading. */
function deckOf(body: string): Deck {
  return buildDeck(`---\nstyle: deck\n---\n\n## Slide\n\n${body}\n`);
}

function htmlOf(body: string): string {
  return deckOf(body).slides[0]?.html ?? '';
}

function mathCount(html: string): number {
  return html.match(/<math[\s>]/g)?.length ?? 0;
}

describe('math syntaxes', () => {
  it('typesets $…$ and \\(…\\) inline, as MathML', () => {
    const html = htmlOf('Energy $E = mc^2$ and \\(a^2 + b^2 = c^2\\).');
    expect(mathCount(html)).toBe(2);
    expect(html).toContain('<mi>E</mi>');
    expect(html).not.toContain('display="block"');
    expect(html).not.toContain('$');
  });

  it('typesets $$…$$ and \\[…\\] as display math, on lines of their own or inside a paragraph', () => {
    const block = htmlOf('$$\nx = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\n$$');
    expect(block).toMatch(/<p class="mimbar-math-block"><math display="block"/);
    expect(block).toContain('<mfrac>');
    expect(block).toContain('<msqrt>');
    expect(htmlOf('\\[\n\\sum_{i=1}^n i\n\\]')).toMatch(/<math display="block"[^>]*>[\s\S]*∑/);
    const slidev = htmlOf('$$ {1|2}\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$');
    expect(slidev).toContain('<mtable');
    expect(slidev).not.toContain('1|2');
    const inParagraph = htmlOf('Block\n$$ {1|3|all}\n\\begin{aligned} a &= b \\end{aligned}\n$$');
    expect(inParagraph).toContain('<mtable');
    expect(inParagraph).not.toContain('all');
    const inline = htmlOf('So $$\\int_0^1 x\\,dx$$ is a half.');
    expect(inline).toMatch(/<p>So <math display="block"/);
  });

  it('typesets a raw TeX block (Quarto\'s ```{=tex}) as display math, and a ```tex block as code', () => {
    const html = htmlOf('```{=tex}\n\\begin{gather*}\na_1=b_1+c_1\\\\\na_2=b_2+c_2\n\\end{gather*}\n```\n\n```tex\n\\frac{a}{b}\n```');
    expect(html).toMatch(/<p class="mimbar-math-block"><math display="block"[^>]*>[\s\S]*<mtable/);
    expect(mathCount(html)).toBe(1);
    expect(html).toContain('\\frac{a}{b}');
  });

  it('leaves prices, spaced dollars and a dollar before a digit as prose', () => {
    for (const text of ['A book costs $5 and a pen $10.', 'From $ 5 to $ 10.', 'We paid $x$5 in fees.', 'Costs $5, $6 or $7.']) {
      const html = htmlOf(text);
      expect(mathCount(html), text).toBe(0);
      expect(html).toContain('$');
    }
  });

  it('never reads math inside code spans and code blocks, or an escaped dollar', () => {
    const html = htmlOf('Write `$x^2$` in code.\n\n```\n$$ y $$\n```\n\nAn escaped \\$x\\$ stays.');
    expect(mathCount(html)).toBe(0);
    expect(html).toContain('<code>$x^2$</code>');
    expect(html).toContain('$$ y $$');
    expect(html).toContain('$x$');
  });

  it('finds every formula of a line full of emphasis, links, escapes and code', () => {
    const html = htmlOf('*a* $x_1$ **b** [link](https://example.org) $x_2$ \\* `c` $x_3$ _d_ \\(x_4\\) ~~e~~ $x_5$!');
    expect(mathCount(html)).toBe(5);
    expect(html).toContain('<em>a</em>');
    expect(html).toContain('<del>e</del>');
  });

  it('typesets math in headings, lists, tables and notes', () => {
    const deck = deckOf('- item $a_1$\n\n| f | g |\n| --- | --- |\n| $x^2$ | $\\sqrt{x}$ |\n\n<!-- notes: Remind them $v = s/t$. -->');
    const slide = deck.slides[0];
    expect(mathCount(slide?.html ?? '')).toBe(3);
    expect(slide?.notes.html).toContain('<math>');
    const titled = buildDeck('---\nstyle: deck\n---\n\n## Matrix $A$\n\ntext\n');
    expect(titled.slides[0]?.html).toMatch(/<h2>Matrix <math>/);
  });

  it('typesets the TeX, LaTeX and KaTeX logos, and keeps one formula\'s macros out of the next', () => {
    const html = htmlOf('$\\TeX$, $\\LaTeX$ and $\\KaTeX$; $\\gdef\\v{1}\\v$ then $\\v$.');
    expect(mathCount(html)).toBe(4);
    expect(html.match(/mimbar-math-error/g)).toHaveLength(1);
  });

  it('writes no style attribute: colours become MathML attributes, paddings and boxes classes', () => {
    const html = htmlOf('$$\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix} \\color{red} x \\boxed{y}$$');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('mathcolor="#ff0000"');
    expect(html).toMatch(/<mtd class="[^"]*mimbar-math-p[lr]-/);
    expect(html).toContain('mimbar-math-box');
  });
});

describe('formulas that cannot be typeset', () => {
  it('show as written and warn at their line, with kind formula', () => {
    const deck = buildDeck('---\nstyle: deck\n---\n\n## Slide\n\nFine $x$.\n\nBroken $\\frac{1$ here.\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<span class="mimbar-math-error"><code class="mimbar-math-source">$\\frac{1$</code></span>');
    expect(mathCount(html)).toBe(1);
    expect(deck.warnings).toEqual([
      expect.objectContaining({ slide: deck.slides[0]?.id, line: 9, kind: 'formula', message: expect.stringMatching(/^Formula "\$\\frac\{1\$" could not be typeset \(.+\); it shows as written\.$/) }),
    ]);
  });

  it('in the front matter\'s title are reported on the title slide too', () => {
    const deck = buildDeck('---\ntitle: Gerak $\\frac{v$\n---\n\n## Satu\n\nTeks.\n');
    expect(deck.warnings).toEqual([expect.objectContaining({ slide: deck.slides[0]?.id, line: 1, kind: 'formula' })]);
  });

  it('refuse what would load, link or restyle: trust stays off', () => {
    for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{https://example.invalid}', '\\includegraphics{secret.png}', '\\htmlClass{mimbar-ui-banner}{x}', '\\htmlStyle{background:url(https://example.invalid)}{x}', '\\htmlId{Reveal}{x}', '\\htmlData{src=x}{x}']) {
      const deck = deckOf(`Try $${tex}$.`);
      const html = deck.slides[0]?.html ?? '';
      expect(mathCount(html), tex).toBe(0);
      expect(html, tex).not.toMatch(/<(?:a|img)\b|\s(?:href|src)=/);
      expect(deck.warnings.map((warning) => warning.kind), tex).toEqual(['formula']);
    }
  });

  it('bound the work one formula can cause: expansion loops, deep nesting, huge sizes, long formulas', () => {
    const loop = deckOf('$\\def\\a{\\a\\a}\\a$');
    expect(loop.warnings[0]?.message).toMatch(/Too many expansions/);
    const nested = deckOf(`$${'{'.repeat(2000)}x${'}'.repeat(2000)}$`);
    expect(nested.warnings[0]?.message).toMatch(/nests more than 64 groups deep/);
    const long = deckOf(`$${'x+'.repeat(3000)}x$`);
    expect(long.warnings[0]?.message).toMatch(/longer than 5000 characters/);
    expect(long.slides[0]?.html).toContain('…</code>');
    const rule = htmlOf('$\\rule{10000em}{10000em}$');
    expect(rule).toContain('width="20em"');
    expect(rule).not.toContain('10000');
  });
});
