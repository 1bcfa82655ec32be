/**
 * How a fenced code block renders: a ` ```mermaid ` block becomes a diagram (diagrams/), a raw TeX block
 * (Pandoc's and Quarto's ` ```{=tex} `, which their HTML hands to MathJax) display math (math/), every
 * other block highlighted code (code/). The info string is passed whole: it carries the language and the
 * options decks write after it (reveal.js `[1|2-3]`, Slidev `{1|3-4}`, `{lines:true}`).
 */
import type { MarkedExtension } from 'marked';
import { renderCodeBlock } from './code/code-block';
import { renderDiagramBlock } from './diagrams/diagram-block';
import { renderFormula } from './math/render-math';
import type { RenderReport } from './render-report';

/** The language word of an info string (`js [1|2]` → `js`), lower-cased. */
export function fenceLanguage(info: string): string {
  return (/^[^\s{[]*/.exec(info.trim())?.[0] ?? '').toLowerCase();
}

const RAW_TEX = /^\s*\{\s*=(?:tex|latex)\s*\}\s*$/i;

/** The Marked extension that renders code fences, reporting what it cannot draw to `report`. */
export function fencedCode(report: RenderReport): MarkedExtension {
  return {
    renderer: {
      code(token) {
        const info = token.lang ?? '';
        if (fenceLanguage(info) === 'mermaid') return renderDiagramBlock(token.text, report, token.raw);
        if (RAW_TEX.test(info)) return `<p class="mimbar-math-block">${renderFormula({ tex: token.text, display: true, raw: token.text }, report)}</p>\n`;
        return renderCodeBlock(token.text, info, report);
      },
    },
  };
}
