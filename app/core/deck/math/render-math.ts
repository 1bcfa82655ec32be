/**
 * Typesets one formula as MathML with Temml (MathML Core, which Chromium draws natively since 109; the
 * bundled STIX Two Math font has the OpenType MATH table it needs): no script, no style attributes, no
 * request. `trust` stays off, so `\href`, `\url`, `\includegraphics` and `\htmlClass` are refused, and the
 * work one formula can cause is bounded (math-limits.ts). A formula that cannot be typeset shows as it is
 * written, marked, and the reason goes to the deck's report.
 */
import temml from 'temml';
import { escapeHtml } from '../markdown';
import type { RenderReport } from '../render-report';
import { formulaTooBig, MAX_EXPANSIONS, MAX_SIZE } from './math-limits';
import { withoutStyleAttributes } from './mathml-styles';

export interface Formula {
  /** The TeX between the delimiters. */
  tex: string;
  /** Display math (`$$…$$`, `\[…\]`): centred on a line of its own. */
  display: boolean;
  /** The formula as written, delimiters included: what shows when it cannot be typeset. */
  raw: string;
}

/**
 * The TeX logos as words: Temml draws them with negative kerns, which MathML Core does not have, so its
 * letters stand apart. KaTeX decks write `\KaTeX` too (Slidev's demo does).
 */
const LOGOS: Readonly<Record<string, string>> = { '\\TeX': '\\textrm{TeX}', '\\LaTeX': '\\textrm{LaTeX}', '\\KaTeX': '\\textrm{KaTeX}' };

/** The first line of Temml's error, without the underlined copy of the formula it appends. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/^(?:Temml )?ParseError:\s*/, '').split(/ at position \d+| at end of input/)[0] ?? message;
  return reason.replace(/\s+/g, ' ').trim().slice(0, 160);
}

/** Typesets a formula as MathML; a formula that fails shows its source and is reported. */
export function renderFormula(formula: Formula, report: RenderReport): string {
  const refused = formulaTooBig(formula.tex);
  let reason = refused;
  if (reason === null) {
    try {
      const mathml = temml.renderToString(formula.tex, {
        displayMode: formula.display,
        throwOnError: true,
        trust: false,
        strict: false,
        maxExpand: MAX_EXPANSIONS,
        maxSize: MAX_SIZE,
        // A fresh object each time: `\gdef` writes into it, and one formula's macros must not reach the next.
        macros: { ...LOGOS },
      });
      return withoutStyleAttributes(mathml);
    } catch (error) {
      reason = reasonOf(error);
    }
  }
  const shown = formula.raw.length > 300 ? `${formula.raw.slice(0, 300)}…` : formula.raw;
  report.add({ kind: 'formula', raw: formula.raw, message: `Formula "${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}" could not be typeset (${reason}); it shows as written.` });
  const source = `<code class="mimbar-math-source">${escapeHtml(shown)}</code>`;
  return formula.display ? `<span class="mimbar-math-error mimbar-math-error-display">${source}</span>` : `<span class="mimbar-math-error">${source}</span>`;
}
