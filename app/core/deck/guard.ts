/**
 * A linear pre-scan that finds Markdown blocks known to hang or crash `marked` (deep nesting of lists
 * and quotes recurses until the stack overflows and is superlinear before that; long runs of emphasis
 * delimiters are quadratic). Each such block is replaced by a one-line sentinel paragraph, keeping the
 * line count, so the slide holding it becomes a placeholder and the rest of the deck renders.
 * See docs/reliability.md §2.1 for the measurements behind the limits.
 */

import { closesFence, fenceOpenedBy } from './code-fence';

/** Container depth (quote markers, list markers, indentation / 2) above which a block is refused. */
export const MAX_NESTING = 48;
/** Emphasis delimiters (`*`, `_`) in one block above which inline parsing turns quadratic. */
export const MAX_DELIMITERS = 2000;
/**
 * Raw HTML elements open at once on one slide above which a block is refused: the browser's HTML
 * parser (DOMPurify parses every slide) turns quadratic with depth (40,000 nested `<div>` take seconds).
 */
export const MAX_HTML_DEPTH = 256;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;
// Where a slide may start: HTML left open above it no longer counts.
const SLIDE_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|-{3,4}[ \t]*$)/;
// An HTML comment block starts a line (after up to three spaces), even in the middle of a paragraph.
const COMMENT_START = /^ {0,3}<!--/;

export interface Hazard {
  /** 1-based first line of the refused block, relative to the text given to `guardMarkdown`. */
  line: number;
  reason: string;
}

export interface GuardResult {
  text: string;
  hazards: Hazard[];
}

const SENTINEL = '\uE000mimbar-hazard-';
const SENTINEL_CONTINUATION = '\uE000';

/** The sentinel paragraph that stands in for hazard `index`. */
export function hazardSentinel(index: number): string {
  return `${SENTINEL}${index}\uE000`;
}

/** Returns the hazard index if `text` is a sentinel paragraph, else null. */
export function readHazardSentinel(text: string): number | null {
  const match = /^\uE000mimbar-hazard-(\d+)\uE000(?:\n\uE000)*$/.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Scans `text` (LF line endings) and neutralises hazardous blocks. Runs in time linear in the input.
 * `firstIndex`: the index the first hazard found here gets (a deck lexed in pieces numbers them across pieces).
 */
export function guardMarkdown(text: string, firstIndex = 0): GuardResult {
  const lines = text.split('\n');
  const hazards: Hazard[] = [];
  let fence: string | null = null;
  let blockStart = 0;
  let delimiters = 0;
  let htmlDepth = 0;
  let blockReason: string | null = null;
  // Inside an HTML comment block (CommonMark's HTML block type 2, how notes are stored): raw text that
  // marked never parses inline, so nothing in it counts, not even blank lines.
  let isInComment = false;

  const closeBlock = (end: number): void => {
    if (blockReason !== null) {
      // A heading directly above the block keeps its own slide.
      while (blockStart < end && /^ {0,3}#{1,6}(?:[ \t]|$)/.test(lines[blockStart] ?? '')) blockStart += 1;
      hazards.push({ line: blockStart + 1, reason: blockReason });
      // One paragraph over the same lines: the sentinel, then lazy continuation lines.
      for (let i = blockStart; i < end; i += 1) lines[i] = SENTINEL_CONTINUATION;
      lines[blockStart] = hazardSentinel(firstIndex + hazards.length - 1);
    }
    blockReason = null;
    delimiters = 0;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (isInComment) {
      if (line.includes('-->')) isInComment = false;
      continue;
    }
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const opened = fenceOpenedBy(line);
    if (opened !== null) {
      closeBlock(i);
      blockStart = i + 1;
      fence = opened;
      continue;
    }
    if (line.trim() === '') {
      closeBlock(i);
      blockStart = i + 1;
      continue;
    }
    if (SLIDE_START.test(line)) htmlDepth = 0;
    if (blockReason !== null) continue;
    if (COMMENT_START.test(line)) {
      // The comment ends on the line that holds `-->` (after the opening `<!--`); that whole line is raw too.
      isInComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
      continue;
    }
    if (line.includes('<')) {
      htmlDepth = openElements(line, htmlDepth);
      if (htmlDepth > MAX_HTML_DEPTH) {
        blockReason = `it nests HTML more than ${MAX_HTML_DEPTH} levels deep`;
        continue;
      }
    }
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) {
      blockReason = `it is nested more than ${MAX_NESTING} levels deep`;
      continue;
    }
    delimiters += countDelimiters(line);
    if (delimiters > MAX_DELIMITERS) blockReason = `it has more than ${MAX_DELIMITERS} emphasis markers in one paragraph`;
  }
  closeBlock(lines.length);
  return { text: hazards.length > 0 ? lines.join('\n') : text, hazards };
}

/** Depth of the container prefix of a line: `>` and list markers, plus indentation counted in pairs. */
function nestingDepth(line: string): number {
  let depth = 0;
  let width = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ') {
      width += 1;
      i += 1;
    } else if (ch === '\t') {
      width += 4;
      i += 1;
    } else if (ch === '>') {
      depth += 1;
      i += 1;
    } else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (marker === null) break;
      depth += 1;
      i += marker[0].length;
    }
    if (depth + width / 2 > MAX_NESTING) break;
  }
  return depth + Math.floor(width / 2);
}

/** The number of raw HTML elements open after `line`, given `depth` open before it (never below 0). */
function openElements(line: string, depth: number): number {
  let open = depth;
  for (const match of line.matchAll(TAG)) {
    const [, closing, name, selfClosing] = match;
    if (closing === '/') open = Math.max(0, open - 1);
    else if (selfClosing !== '/' && !VOID_ELEMENTS.has((name ?? '').toLowerCase())) open += 1;
  }
  return open;
}

function countDelimiters(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 42 || code === 95) count += 1; // '*' or '_'
  }
  return count;
}
