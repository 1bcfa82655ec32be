/**
 * A cue bullet from a prose paragraph: the sentence that best carries the paragraph (the most central by
 * content-word overlap with the others; ties go to the first), without a leading connective, never an
 * interjection or a fragment of under three words, and cut at a clause boundary when it is long. The
 * paragraph's text is joined first, so a hard-wrapped paragraph is read as the sentences it holds, not
 * as its first source line. Works on inline Markdown; `plain` gives the text a reader sees.
 */
import type { CueRules } from './cue-rules';
import { splitSentences } from './sentences';

/** Above this many characters a cue is cut at a clause boundary (a slide is read at a glance). */
export const CUE_LENGTH = 110;
/** No cue is longer than this: a sentence with no clause boundary is cut at a word. */
export const MAX_CUE_LENGTH = 160;
/** A cut keeps at least this many characters, so a main clause is more than its first words. */
const MIN_CLAUSE = 45;

export type PlainText = (markdown: string) => string;

/** The cue of `paragraph` (inline Markdown), or null when no sentence of it can be a bullet. */
export function cueOf(paragraph: string, rules: CueRules, plain: PlainText, limit: number = CUE_LENGTH, hard: number = MAX_CUE_LENGTH): string | null {
  return cuesOf(paragraph, rules, plain, 1, limit, hard)[0] ?? null;
}

/**
 * Up to `count` cues of `paragraph`: its best sentences, in the order the paragraph has them. A lone
 * paragraph on a slide gives two or three, so the slide is not one sentence.
 */
export function cuesOf(paragraph: string, rules: CueRules, plain: PlainText, count: number, limit: number = CUE_LENGTH, hard: number = MAX_CUE_LENGTH): string[] {
  const sentences = splitSentences(paragraph.replace(/\s*\n\s*/g, ' '));
  const texts = sentences.map((sentence) => plain(sentence));
  const worthy = sentences.map((_, index) => isBulletWorthy(texts[index] as string, rules));
  // A lead-in ("… adalah:") announces what follows; it is a cue only when nothing else is.
  const leadIn = (index: number): boolean => /:\s*$/.test(texts[index] as string);
  let candidates = sentences.map((sentence, index) => ({ sentence, index })).filter(({ index }) => worthy[index] && !leadIn(index));
  if (candidates.length === 0) candidates = sentences.map((sentence, index) => ({ sentence, index })).filter(({ index }) => worthy[index]);
  if (candidates.length === 0) return [];
  const words = texts.map((text) => contentWords(text, rules));
  const scored = candidates.map((candidate) => {
    const own = words[candidate.index] as Set<string>;
    let overlap = 0;
    words.forEach((other, index) => {
      if (index === candidate.index) return;
      for (const word of own) if (other.has(word)) overlap += 1;
    });
    let score = own.size === 0 ? 0 : overlap / Math.sqrt(own.size);
    // A topic sentence opens the paragraph; an example is seldom the point; a long sentence that opens
    // with a subordinate clause ("Dengan …, negara-negara …") makes a poor cue once cut.
    if (candidate.index === 0) score *= 1.2;
    if (startsWithExample(candidate.sentence)) score *= 0.6;
    if ((texts[candidate.index] as string).length > limit && opensWithSubordinate(candidate.sentence, rules)) score *= 0.5;
    // A sentence that must be cut says less than one that fits.
    const length = (texts[candidate.index] as string).length;
    if (length > limit) score *= limit / length;
    return { ...candidate, score };
  });
  // Best first; ties keep the paragraph's order.
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, count);
  return ranked.sort((a, b) => a.index - b.index).map(({ sentence }) => cutToClause(capitalize(stripConnectives(sentence, rules)), rules, plain, limit, hard));
}

/** True for a sentence that may be a bullet: three words or more, and not an exclamation only. */
export function isBulletWorthy(text: string, rules: CueRules): boolean {
  return wordsOf(text).length >= 3 && !isInterjection(text, rules);
}

/** True for an exclamation only ("Astaga!", "Wow!"): words all of the language's interjections. */
export function isInterjection(text: string, rules: CueRules): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.every((word) => rules.interjections.includes(word));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The sentence without the connectives that open it ("Oleh karena itu, melalui …" → "melalui …"). */
export function stripConnectives(sentence: string, rules: CueRules): string {
  const ordered = connectivesOf(rules);
  let text = sentence;
  for (let round = 0; round < 3; round += 1) {
    const lower = text.toLowerCase();
    const found = ordered.find((entry) => {
      const needsComma = entry.endsWith(',');
      const word = needsComma ? entry.slice(0, -1) : entry;
      if (!lower.startsWith(word)) return false;
      const next = lower.charAt(word.length);
      return next === ',' || (!needsComma && next === ' ');
    });
    if (found === undefined) break;
    const rest = text.slice(found.replace(/,$/, '').length).replace(/^,?\s+/, '');
    // Never strip a sentence down to a fragment.
    if (rest.split(/\s+/).length < 3) break;
    text = rest;
  }
  return text;
}

function startsWithExample(sentence: string): boolean {
  return /^(misalnya|contohnya|sebagai contoh|for example|for instance)\b/i.test(sentence);
}

function opensWithSubordinate(sentence: string, rules: CueRules): boolean {
  const first = sentence.toLowerCase().match(/^\p{L}+/u)?.[0];
  return first !== undefined && rules.subordinators.includes(first);
}

// Per language: its stopwords as a set, its connectives longest first (built once, not per sentence).
const stopwordSets = new WeakMap<CueRules, ReadonlySet<string>>();
const orderedConnectives = new WeakMap<CueRules, readonly string[]>();

function stopwordsOf(rules: CueRules): ReadonlySet<string> {
  let set = stopwordSets.get(rules);
  if (!set) stopwordSets.set(rules, (set = new Set(rules.stopwords)));
  return set;
}

function connectivesOf(rules: CueRules): readonly string[] {
  let ordered = orderedConnectives.get(rules);
  if (!ordered) orderedConnectives.set(rules, (ordered = [...rules.connectives].sort((a, b) => b.length - a.length)));
  return ordered;
}

function contentWords(text: string, rules: CueRules): Set<string> {
  const stop = stopwordsOf(rules);
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !stop.has(word)));
}

function capitalize(text: string): string {
  return text.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/**
 * `cue` when it is at most `limit` characters long, else cut to its main clause: at the first clause mark
 * past `MIN_CLAUSE` that leaves at most `limit`; at a word (marked `…`) when there is none.
 */
export function cutToClause(cue: string, rules: CueRules, plain: PlainText, limit: number = CUE_LENGTH, hard: number = MAX_CUE_LENGTH): string {
  if (plain(cue).length <= limit) return cue;
  const cutAt = (marks: readonly string[], limit: number): string | null => {
    const cuts = marks.flatMap((mark) => positionsOf(cue, mark)).sort((a, b) => a - b);
    for (const at of cuts) {
      const head = tidyEnd(cue.slice(0, at));
      const length = plain(head).length;
      if (length >= MIN_CLAUSE && length <= limit && isBalanced(head)) return head;
    }
    return null;
  };
  // Before the first comma of "Dengan …, negara-negara dapat …" stands only the subordinate clause.
  // The main clause comes after it, so such a sentence is cut at a word, past its main clause's start.
  // A bare comma is no clause boundary ("terorisme, proliferasi senjata, dan …" is a list), so it is
  // never a cut: without a clause mark the cue is cut at a word and marked `…`.
  const marks: readonly string[] = opensWithSubordinate(cue, rules) ? [] : rules.clauseMarks;
  const cut = cutAt(marks, limit) ?? cutAt(marks, Math.min(hard, limit + 20));
  if (cut !== null) return cut;
  if (plain(cue).length <= Math.min(hard, limit + 20)) return cue;
  // No clause boundary: the words that fit, marked as cut (unless that would leave Markdown open).
  let head = '';
  for (const word of cue.split(' ')) {
    const next = head === '' ? word : `${head} ${word}`;
    if (plain(next).length > limit - 1) break;
    head = next;
  }
  return head !== '' && isBalanced(head) ? `${tidyEnd(head)}…` : cue;
}

function positionsOf(text: string, mark: string): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) positions.push(at);
  return positions;
}

function tidyEnd(text: string): string {
  return text.replace(/[\s,;:–—-]+$/u, '');
}

/** True when cutting here leaves no emphasis, code span or link open. */
function isBalanced(markdown: string): boolean {
  const count = (pattern: RegExp): number => (markdown.match(pattern) ?? []).length;
  return count(/\*\*/g) % 2 === 0 && count(/`/g) % 2 === 0 && count(/\[/g) === count(/\]/g) && count(/\(/g) === count(/\)/g);
}
