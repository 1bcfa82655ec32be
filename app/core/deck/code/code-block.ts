/**
 * A fenced code block as highlighted code: highlight.js classes only (no style attributes, so the CSP
 * stays strict and code.css colours it for each theme), one `mimbar-code-line` span per source line,
 * line numbers as text, and highlight steps as reveal.js's highlight plugin makes them: the first step
 * shows at once, each further step is a copy of the block that is a fragment, laid over the first.
 *
 * The sanitizer lets `pre` and `code` keep only `language-*` classes, so Mimbar's own classes sit on
 * the wrapping `div`s and on the spans:
 *
 *   <div class="mimbar-code [mimbar-code-numbered] [mimbar-code-steps]">
 *     <div class="mimbar-code-step [mimbar-code-focus | mimbar-code-hidden] [fragment]">
 *       <pre><code class="language-js"><span class="mimbar-code-line [mimbar-code-lit]">…</span>…</code></pre>
 *     </div>…
 *   </div>
 */
import type { RenderReport } from '../render-report';
import { isLit, parseFenceOptions, type FenceOptions, type HighlightStep } from './fence-options';
import { highlightCode } from './languages';
import { escapeCode, splitHighlightedLines } from './split-lines';

/** At most this many lines in all the copies of one block: a long listing keeps fewer steps, not a huge slide. */
const MAX_COPIED_LINES = 20_000;

/** A language word the sanitizer keeps as a `language-*` class (others get no class, the code still shows). */
const CLASS_SAFE = /^[a-z0-9_+-]+$/;

/** A Quarto code cell, ```` ```{python} ```` (no dot: Quarto would run it); ```` ```{.python} ```` is code to show. */
const QUARTO_CELL = /^\s*\{\s*[A-Za-z]/;
/** A cell option line at the top of a Quarto cell: `#| echo: true`, `//| panel: fill`. */
const CELL_OPTION = /^[ \t]*(?:#|\/\/|--)\|/;

/** A Quarto cell's code without its option lines, which Quarto never shows. */
function withoutCellOptions(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length - 1 && CELL_OPTION.test(lines[first] ?? '')) first += 1;
  return lines.slice(first).join('\n');
}

/** Renders one fenced code block (the whole info string: language and options). */
export function renderCodeBlock(written: string, info: string, _report: RenderReport): string {
  const options = parseFenceOptions(info);
  const text = QUARTO_CELL.test(info) ? withoutCellOptions(written) : written;
  const highlighted = highlightCode(text, options.language);
  // An unknown language (or none) shows the code plain, in the same structure: never an error.
  const lines = highlighted === null ? text.split('\n').map(escapeCode) : splitHighlightedLines(highlighted);
  const wanted: (HighlightStep | null)[] = options.steps.length === 0 ? [null] : options.steps;
  const steps = wanted.slice(0, Math.max(1, Math.floor(MAX_COPIED_LINES / lines.length)));
  const wrapper = ['mimbar-code', ...(options.numbered ? ['mimbar-code-numbered'] : []), ...(steps.length > 1 ? ['mimbar-code-steps'] : [])];
  const copies = steps.map((step, index) => codeCopy(lines, options, step, index > 0));
  return `<div class="${wrapper.join(' ')}">${copies.join('')}</div>\n`;
}

/** One copy of the block at one step (`null`: no highlighting); later steps are fragments. */
function codeCopy(lines: string[], options: FenceOptions, step: HighlightStep | null, isFragment: boolean): string {
  const classes = ['mimbar-code-step'];
  if (step?.kind === 'lines' || step?.kind === 'none') classes.push('mimbar-code-focus');
  if (step?.kind === 'hide') classes.push('mimbar-code-hidden');
  if (isFragment) classes.push('fragment');
  const languageClass = options.language !== '' && CLASS_SAFE.test(options.language) ? ` class="language-${options.language}"` : '';
  // Each line ends in its newline (the last one too), so the code copies and reads as text line by line.
  const body = lines.map((line, index) => codeLine(line, index + 1, options, step)).join('');
  return `<div class="${classes.join(' ')}"><pre><code${languageClass}>${body}</code></pre></div>`;
}

function codeLine(html: string, position: number, options: FenceOptions, step: HighlightStep | null): string {
  const lit = step !== null && step.kind === 'lines' && isLit(step, position) ? ' mimbar-code-lit' : '';
  // Real text, not a CSS counter: a counter cannot start at the block's first number without a style attribute.
  const number = options.numbered ? `<span class="mimbar-line-number" aria-hidden="true">${options.startLine + position - 1}</span>` : '';
  return `<span class="mimbar-code-line${lit}">${number}<span class="mimbar-code-text">${html}\n</span></span>`;
}
