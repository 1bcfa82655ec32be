/**
 * Line-bound matching must find what the author's pattern finds on the whole text (reveal.js's way), for
 * the line-shaped patterns decks use, and must refuse the patterns that could backtrack without end.
 */
import { describe, expect, it } from 'vitest';
import { compileLinePattern, findNext, LineIndex, type LinePattern } from './line-pattern';

function lineMatches(text: string, pattern: LinePattern): [number, number][] {
  const index = new LineIndex(text);
  const found: [number, number][] = [];
  let at = 0;
  for (let match = findNext(index, pattern, at); match !== null; match = findNext(index, pattern, at)) {
    found.push([match.start, match.end]);
    at = match.end;
  }
  return found;
}

function wholeMatches(text: string, source: string, flags: string): [number, number][] {
  return [...text.matchAll(new RegExp(source, `${flags}g`))].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);
}

const TEXTS = [
  '# A\n---\n## B\n----\n\n--\n\n### C\n---\n---\nend',
  '---\nfirst line is a rule\n---\n',
  'x <!--s--> y\n<!--v-->\n<!--s--><!--s-->\nNote: a\n  Note: b\nnotes: c\nsnote: d',
  '\n\n--\n\n--\n--\n\n',
];
const PATTERNS: [string, string][] = [
  ['\\r?\\n---\\r?\\n', 'm'], ['\\r?\\n----\\r?\\n', 'm'], ['^\\r?\\n--\\r?\\n$', 'm'], ['\\n--\\n', 'm'],
  ['<!--s-->', 'm'], ['<!--v-->', 'm'], ['^s*notes?:', 'mi'], ['^\\s*notes?:', 'mi'], ['^Note:', 'm'],
];

describe('line-bound separator patterns', () => {
  it.each(PATTERNS)('finds what %s finds on the whole text', (source, flags) => {
    const compiled = compileLinePattern(source, flags);
    if (!('pattern' in compiled)) throw new Error(compiled.refused);
    // The whole-text regex needs `\r?` gone too: the text is read with LF line endings.
    for (const text of TEXTS) expect(lineMatches(text, compiled.pattern)).toEqual(wholeMatches(text, source, flags));
  });

  it.each([
    ['(a+)+$', 'repeats a group'], ['(a|aa)*b', 'repeats a group'], ['(\\w)\\1', 'back reference'], ['(?<=x)y', 'look-behind'],
    ['\\s*\\s*\\s*x', 'more than two'], ['a|b|c|d|e', 'more than three'], ['(\\n---)', 'inside a group'], ['[', 'not a valid'],
    ['x'.repeat(121), 'longer than'], ['a\\n|b', 'mixes'],
  ])('refuses %s', (source, reason) => {
    const compiled = compileLinePattern(source, 'm');
    expect('refused' in compiled ? compiled.refused : 'accepted').toContain(reason);
  });
});
