/**
 * What a code fence's info string asks for, in the two syntaxes decks use:
 * - reveal.js: `js [1|2-3]`, `js [2,4-6|8]`, an offset `js [712: 1|3]`, `js []`. The bracket turns line
 *   numbers on; its line numbers count the block's own lines, whatever the offset.
 * - Slidev: `ts {1|3-4}`, `ts {2,3}`, `ts {*|2}`, `{all}`, `{none}`, `{hide}`, and a second group
 *   `{lines:true,startLine:5}`. Its line numbers are the ones shown, so they move with `startLine`.
 * - Quarto (Pandoc attributes): `{python}`, `{.python code-line-numbers="1|3"}`, read as reveal.js reads
 *   the `data-line-numbers` Quarto gives it; `code-line-numbers="true"` numbers the lines only.
 * Anything else after the language (a title, `{monaco}`) is ignored.
 */

/** Lines `start`…`end` of the block, counted from 1 at its first line. */
export interface LineRange {
  start: number;
  end: number;
}

/** What one step highlights: some lines (the others are dimmed), all of them, none (all dimmed), or the block hidden. */
export type HighlightStep = { kind: 'lines'; ranges: LineRange[] } | { kind: 'all' } | { kind: 'none' } | { kind: 'hide' };

export interface FenceOptions {
  /** The language word, lower-cased ('' when none). */
  language: string;
  /** The highlight steps in order: the first shows at once, each further one on a click. Empty: none. */
  steps: HighlightStep[];
  /** Show line numbers. */
  numbered: boolean;
  /** The number of the block's first line. */
  startLine: number;
}

/** At most this many steps are read (each step is a copy of the block). */
export const MAX_STEPS = 20;
/** The largest line number read: larger ones are typos, and a range would otherwise loop for long. */
const MAX_LINE = 100_000;

const REVEAL_GROUP = /\[\s*(?:(\d*)\s*:)?\s*([\s\d,|-]*)\]/;
const BRACE_GROUP = /\{([^{}]*)\}/g;
const SLIDEV_RANGES = /^[\s\d,|*a-z-]*$/i;
const PANDOC_ATTRIBUTES = /^\{\s*\.?([A-Za-z0-9_+-]*)([^{}]*)\}/;
const QUARTO_LINE_NUMBERS = /(?:^|\s)code-line-numbers\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** Reads the options of an info string (`js [1|2-3]`, `ts {1|3-4}{lines:true}`). */
export function parseFenceOptions(info: string): FenceOptions {
  const trimmed = info.trim();
  const pandoc = PANDOC_ATTRIBUTES.exec(trimmed);
  if (pandoc) return quartoOptions((pandoc[1] ?? '').toLowerCase(), pandoc[2] ?? '');
  const language = (/^[^\s{[]*/.exec(trimmed)?.[0] ?? '').toLowerCase();
  const rest = trimmed.slice(language.length);
  const reveal = REVEAL_GROUP.exec(rest);
  if (reveal) {
    const offset = Number(reveal[1]);
    return {
      language,
      steps: parseSteps(reveal[2] ?? '', 0),
      numbered: true,
      startLine: reveal[1] !== undefined && reveal[1] !== '' && Number.isSafeInteger(offset) && offset <= MAX_LINE ? offset : 1,
    };
  }
  let ranges: string | null = null;
  let lines: boolean | null = null;
  let startLine = 1;
  for (const match of rest.matchAll(BRACE_GROUP)) {
    const body = (match[1] ?? '').trim();
    if (body.includes(':')) {
      const settings = parseSettings(body);
      if (settings.lines !== undefined) lines = settings.lines;
      if (settings.startLine !== undefined) startLine = settings.startLine;
    } else if (ranges === null && SLIDEV_RANGES.test(body) && /[\d*]|\b(?:all|none|hide)\b/i.test(body)) {
      ranges = body;
    }
  }
  return { language, steps: ranges === null ? [] : parseSteps(ranges, startLine - 1), numbered: lines === true, startLine };
}

/** Quarto's `{.lang code-line-numbers="…"}`: `true`/`false` switch numbers, anything else is reveal.js's steps. */
function quartoOptions(language: string, attributes: string): FenceOptions {
  const match = QUARTO_LINE_NUMBERS.exec(attributes);
  const value = match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : 'false';
  if (value === 'true' || value === 'false') return { language, steps: [], numbered: value === 'true', startLine: 1 };
  return { language, steps: /^[\s\d,|-]*$/.test(value) ? parseSteps(value, 0) : [], numbered: true, startLine: 1 };
}

/** `1|2-3,5|all` → steps; `shift` is subtracted from each number (Slidev counts from `startLine`). */
function parseSteps(text: string, shift: number): HighlightStep[] {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return [];
  return compact
    .split('|')
    .slice(0, MAX_STEPS)
    .map((step) => parseStep(step, shift));
}

function parseStep(step: string, shift: number): HighlightStep {
  const word = step.toLowerCase();
  if (word === '*' || word === 'all' || word === '') return { kind: 'all' };
  if (word === 'none') return { kind: 'none' };
  if (word === 'hide') return { kind: 'hide' };
  const ranges: LineRange[] = [];
  for (const part of step.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first > MAX_LINE || last > MAX_LINE) continue;
    ranges.push({ start: Math.min(first, last) - shift, end: Math.max(first, last) - shift });
  }
  // A step that names no line highlights nothing, so nothing is dimmed either (reveal.js does the same).
  return ranges.length === 0 ? { kind: 'all' } : { kind: 'lines', ranges };
}

/** `lines:true, startLine:5` (Slidev writes a JavaScript object without its braces' quotes). */
function parseSettings(body: string): { lines?: boolean; startLine?: number } {
  const settings: { lines?: boolean; startLine?: number } = {};
  for (const pair of body.split(',')) {
    const [rawKey, rawValue] = pair.split(':').map((piece) => piece.trim().replace(/^['"]|['"]$/g, ''));
    if (rawKey === 'lines' && (rawValue === 'true' || rawValue === 'false')) settings.lines = rawValue === 'true';
    if (rawKey === 'startLine' && rawValue !== undefined && /^\d{1,6}$/.test(rawValue)) settings.startLine = Math.min(Number(rawValue), MAX_LINE);
  }
  return settings;
}

/** Whether block line `line` (from 1) is highlighted at `step`. */
export function isLit(step: HighlightStep, line: number): boolean {
  if (step.kind === 'all') return true;
  if (step.kind === 'lines') return step.ranges.some((range) => line >= range.start && line <= range.end);
  return false;
}
