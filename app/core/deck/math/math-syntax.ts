/**
 * The math syntaxes decks write, as Marked extensions: `$…$` and `\(…\)` inline, `$$…$$` and `\[…\]`
 * for display math, inline or as a block of their own lines (Marp, Slidev, Quarto, reveal.js's math
 * plugin). A `$` opens inline math only when a non-space follows it and closes it only after a non-space
 * and before a non-digit (Pandoc's rule), so "$5 and $10" stays prose. Code spans and code blocks are
 * never math: Marked reads them first.
 */
import type { MarkedExtension, TokenizerAndRendererExtension, Tokens } from 'marked';
import type { RenderReport } from '../render-report';
import { renderFormula } from './render-math';

interface MathToken extends Tokens.Generic {
  type: 'mathInline' | 'mathBlock';
  raw: string;
  tex: string;
  display: boolean;
}

// `$$…$$` (no blank line inside), `\[…\]`, `\(…\)`, then `$…$` by Pandoc's rule.
const INLINE_PATTERNS: readonly { pattern: RegExp; display: boolean }[] = [
  { pattern: /^\$\$(?!\$)((?:\\[\s\S]|[^\\$]|\$(?!\$))+?)\$\$/, display: true },
  { pattern: /^\\\[((?:[^\\]|\\(?!\]))+?)\\\]/, display: true },
  { pattern: /^\\\(((?:[^\\]|\\(?!\)))+?)\\\)/, display: false },
  { pattern: /^\$(?![\s$])((?:\\[\s\S]|[^\\$])*?)(?<![\s\\])\$(?!\d)/, display: false },
];
// A block of its own lines: `$$` … `$$` or `\[` … `\]`, with no blank line inside.
const BLOCK_PATTERN = /^ {0,3}(\$\$|\\\[)[ \t]*((?:(?!\n[ \t]*\n)[\s\S])+?)(\$\$|\\\])[ \t]*(?:\n|$)/;

const NO_BLANK_LINE = /\n[ \t]*\n/;
// A dollar, or a character before which Marked's inline text rule always ends a text run.
const TEXT_STOP = /[$\\<![`*_~]/;

/** Slidev's `$$ {1|3|all}` steps through a formula's lines; here the whole formula shows at once. */
function withoutSlidevSteps(tex: string): string {
  return tex.replace(/^[ \t]*\{[^}\n]*\}[ \t]*\n/, '');
}

function mathInline(report: RenderReport): TokenizerAndRendererExtension {
  return {
    name: 'mathInline',
    level: 'inline',
    start(src) {
      // Only up to the first character Marked's text rule stops at anyway: a formula after it is found on
      // a later call. Searching the whole rest of a long paragraph on every call would be quadratic.
      const stop = TEXT_STOP.exec(src);
      if (stop === null) return undefined;
      if (stop[0] === '$') return stop.index;
      const next = src[stop.index + 1];
      return stop[0] === '\\' && (next === '(' || next === '[') ? stop.index : undefined;
    },
    tokenizer(src) {
      for (const { pattern, display } of INLINE_PATTERNS) {
        const match = pattern.exec(src);
        if (match === null) continue;
        const tex = withoutSlidevSteps(match[1] ?? '').trim();
        if (tex === '' || NO_BLANK_LINE.test(match[0])) return undefined;
        const token: MathToken = { type: 'mathInline', raw: match[0], tex, display };
        return token;
      }
      return undefined;
    },
    renderer(token) {
      const math = token as MathToken;
      return renderFormula({ tex: math.tex, display: math.display, raw: math.raw }, report);
    },
  };
}

function mathBlock(report: RenderReport): TokenizerAndRendererExtension {
  return {
    name: 'mathBlock',
    level: 'block',
    tokenizer(src) {
      const match = BLOCK_PATTERN.exec(src);
      if (match === null) return undefined;
      const [raw, open, body, close] = match;
      // `$$` closes `$$`, `\]` closes `\[`.
      if ((open === '$$') !== (close === '$$')) return undefined;
      const tex = withoutSlidevSteps(body ?? '').trim();
      if (tex === '') return undefined;
      const token: MathToken = { type: 'mathBlock', raw, tex, display: true };
      return token;
    },
    renderer(token) {
      const math = token as MathToken;
      return `<p class="mimbar-math-block">${renderFormula({ tex: math.tex, display: true, raw: math.raw.trim() }, report)}</p>\n`;
    },
  };
}

/** The math extensions of one Marked instance, reporting formulas that cannot be typeset to `report`. */
export function mathSyntax(report: RenderReport): MarkedExtension {
  return { extensions: [mathBlock(report), mathInline(report)] };
}
