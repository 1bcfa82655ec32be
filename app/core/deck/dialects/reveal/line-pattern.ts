/**
 * reveal.js splits a deck with regular expressions on the raw text (`separator`, `verticalSeparator`,
 * `notesSeparator`), and reveal-md lets the author write them in front matter. An author's pattern is
 * untrusted: a pattern like `(a+)+$` would hang the build. So a pattern is never run on the whole text.
 * It is cut at its top-level newlines (`\r?\n`) into line parts, and each part runs on one line at a
 * time: the first part must end its line, the middle parts must fill their lines, the last must start its
 * line. That keeps reveal's rule (`\n---\n` is a line of `---`; `<!--s-->` splits even mid-line) while
 * every single match runs on at most MAX_LINE characters. On top of that the pattern is refused when it
 * could backtrack badly: a quantified group (other than `(…)?`), a back reference, a look-behind, more
 * than two open-ended quantifiers in a line part or more than three `|`. A last guard is time: matching
 * stops after MATCH_BUDGET_MS, which a pattern allowed by these rules never reaches on a real deck.
 */

/** Longest pattern accepted. */
const MAX_PATTERN = 120;
/** Lines longer than this are never searched for a separator (a separator is a short line). */
export const MAX_LINE = 500;
/** Time all the matching of one deck may take. */
const MATCH_BUDGET_MS = 1000;

export interface LinePattern {
  /** The pattern as the author wrote it. */
  source: string;
  /** One-line pattern: run on each line (global). */
  oneLine: RegExp | null;
  /** Multi-line pattern: [first part, ...middle parts, last part], compiled anchored to their lines. */
  parts: RegExp[];
}

export interface PatternMatch {
  start: number;
  end: number;
}

/** A pattern, or why it was refused. */
export type CompiledPattern = { pattern: LinePattern } | { refused: string };

/** Splits `source` at its top-level newlines and checks it can be run safely; `flags` as reveal.js gives them (without `g`). */
export function compileLinePattern(source: string, flags: string): CompiledPattern {
  if (source.length === 0) return { refused: 'it is empty' };
  if (source.length > MAX_PATTERN) return { refused: `it is longer than ${MAX_PATTERN} characters` };
  try {
    new RegExp(source, flags);
  } catch {
    return { refused: 'it is not a valid regular expression' };
  }
  const cut = cutAtNewlines(source);
  if ('refused' in cut) return cut;
  try {
    if (cut.parts.length === 1) return { pattern: { source, oneLine: new RegExp(cut.parts[0] ?? '', `${flags}g`), parts: [] } };
    const last = cut.parts.length - 1;
    const parts = cut.parts.map((part, index) => new RegExp(index === 0 ? `(?:${part})$` : index === last ? `^(?:${part})` : `^(?:${part})$`, `${flags}g`));
    return { pattern: { source, oneLine: null, parts } };
  } catch {
    return { refused: 'it is not a valid regular expression once cut into lines' };
  }
}

/** The pattern's line parts, or why it cannot be run safely line by line. */
function cutAtNewlines(source: string): { parts: string[] } | { refused: string } {
  const parts: string[] = [];
  let part = '';
  let depth = 0;
  let inClass = false;
  let open = 0;
  let bars = 0;
  // Whether each open group holds a quantifier or `|`, to refuse `(a+)*`-like nests.
  const groups: boolean[] = [];
  let lastWasGroupClose = false;
  let lastGroupHeld = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return { refused: 'it uses a back reference' };
      i += 1;
      if (next === 'r') {
        // The text is read with LF line endings: `\r?` and `\r` have nothing left to match.
        if (source[i + 1] === '?') i += 1;
        lastWasGroupClose = false;
        continue;
      }
      if (next === 'n' && !inClass && depth === 0) {
        parts.push(part);
        part = '';
        open = 0;
        lastWasGroupClose = false;
        continue;
      }
      if (next === 'n') return { refused: 'it has a line break inside a group or a class' };
      part += ch + next;
      lastWasGroupClose = false;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      part += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      part += ch;
      lastWasGroupClose = false;
      continue;
    }
    if (ch === '(') {
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) return { refused: 'it uses a look-behind' };
      depth += 1;
      groups.push(false);
      part += ch;
      lastWasGroupClose = false;
      continue;
    }
    if (ch === ')') {
      depth = Math.max(0, depth - 1);
      lastGroupHeld = groups.pop() ?? false;
      if (lastGroupHeld && groups.length > 0) groups[groups.length - 1] = true;
      part += ch;
      lastWasGroupClose = true;
      continue;
    }
    const isQuantifier = ch === '*' || ch === '+' || ch === '{' || ch === '?';
    if (isQuantifier) {
      // `(?:`… and lazy `*?` are not quantifiers of their own.
      const prev = source[i - 1] ?? '';
      const isLazyOrGroupFlag = ch === '?' && (prev === '(' || prev === '*' || prev === '+' || prev === '}' || prev === '?');
      if (!isLazyOrGroupFlag) {
        if (lastWasGroupClose && (ch !== '?' || lastGroupHeld)) return { refused: 'it repeats a group' };
        if (ch !== '?') {
          open += 1;
          if (open > 2) return { refused: 'it has more than two open-ended repeats in one line' };
        }
        if (groups.length > 0) groups[groups.length - 1] = true;
      }
      if (ch === '{') {
        const close = source.indexOf('}', i);
        if (close === -1) return { refused: 'it has an unclosed `{`' };
        part += source.slice(i, close + 1);
        i = close;
        lastWasGroupClose = false;
        continue;
      }
    } else if (ch === '|') {
      bars += 1;
      if (bars > 3) return { refused: 'it has more than three `|` alternatives' };
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
    part += ch;
    lastWasGroupClose = false;
  }
  parts.push(part);
  if (parts.length > 1 && hasTopLevelBar(source)) return { refused: 'it mixes `|` with line breaks' };
  if (parts.length > 8) return { refused: 'it spans more than seven line breaks' };
  return { parts };
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') i += 1;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Line starts of a text, so each pattern part runs on one line. */
export class LineIndex {
  readonly lines: string[];
  readonly starts: number[];
  private readonly deadline: number;
  /** Set when the time budget ran out: later searches find nothing. */
  outOfTime = false;

  constructor(readonly text: string) {
    this.lines = text.split('\n');
    this.starts = [];
    let at = 0;
    for (const line of this.lines) {
      this.starts.push(at);
      at += line.length + 1;
    }
    this.deadline = performance.now() + MATCH_BUDGET_MS;
  }

  /** The 0-based line holding offset `at`. */
  lineAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** True when the budget is spent (checked between lines: a single line's match is bounded). */
  spent(): boolean {
    if (!this.outOfTime && performance.now() > this.deadline) this.outOfTime = true;
    return this.outOfTime;
  }
}

/** The first non-empty match of `pattern` in the text of `index` starting at offset `from` or later, or null. */
export function findNext(index: LineIndex, pattern: LinePattern, from: number): PatternMatch | null {
  const { lines, starts } = index;
  const first = index.lineAt(from);
  if (pattern.oneLine !== null) {
    const re = pattern.oneLine;
    for (let l = first; l < lines.length; l += 1) {
      if (index.spent()) return null;
      const line = lines[l] ?? '';
      if (line.length > MAX_LINE) continue;
      const lineStart = starts[l] ?? 0;
      re.lastIndex = Math.max(0, from - lineStart);
      while (re.lastIndex <= line.length) {
        const match = re.exec(line);
        if (match === null) break;
        if (match[0].length > 0) return { start: lineStart + match.index, end: lineStart + match.index + match[0].length };
        re.lastIndex = match.index + 1;
      }
    }
    return null;
  }
  const span = pattern.parts.length - 1;
  for (let a = first; a + span < lines.length; a += 1) {
    if (index.spent()) return null;
    let fits = true;
    for (let k = 0; k <= span && fits; k += 1) fits = (lines[a + k] ?? '').length <= MAX_LINE;
    for (let k = 1; k < span && fits; k += 1) fits = test(pattern.parts[k], lines[a + k] ?? '', 0) !== null;
    if (!fits) continue;
    const lineStart = starts[a] ?? 0;
    const head = test(pattern.parts[0], lines[a] ?? '', Math.max(0, from - lineStart));
    if (head === null) continue;
    const tail = test(pattern.parts[span], lines[a + span] ?? '', 0);
    if (tail === null) continue;
    return { start: lineStart + head.index, end: (starts[a + span] ?? 0) + tail[0].length };
  }
  return null;
}

function test(re: RegExp | undefined, line: string, from: number): RegExpExecArray | null {
  if (re === undefined) return null;
  re.lastIndex = from;
  return re.exec(line);
}
