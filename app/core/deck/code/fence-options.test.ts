import { describe, expect, it } from 'vitest';
import { isLit, parseFenceOptions } from './fence-options';

const lines = (ranges: [number, number][]): { kind: 'lines'; ranges: { start: number; end: number }[] } => ({ kind: 'lines', ranges: ranges.map(([start, end]) => ({ start, end })) });

describe('parseFenceOptions: reveal.js brackets', () => {
  it('reads steps, ranges and lists; the bracket turns line numbers on', () => {
    expect(parseFenceOptions('js [1|2-3]')).toEqual({ language: 'js', steps: [lines([[1, 1]]), lines([[2, 3]])], numbered: true, startLine: 1 });
    expect(parseFenceOptions('python [2,4-6|8]').steps).toEqual([lines([[2, 2], [4, 6]]), lines([[8, 8]])]);
    expect(parseFenceOptions('JS[1]').language).toBe('js');
  });

  it('an offset numbers the lines from it; the steps still count the block’s own lines', () => {
    expect(parseFenceOptions('c [712: 1|3]')).toEqual({ language: 'c', steps: [lines([[1, 1]]), lines([[3, 3]])], numbered: true, startLine: 712 });
  });

  it('`[]` is line numbers with no highlight', () => {
    expect(parseFenceOptions('java []')).toEqual({ language: 'java', steps: [], numbered: true, startLine: 1 });
  });

  it('no options: no numbers, no steps', () => {
    expect(parseFenceOptions('sql')).toEqual({ language: 'sql', steps: [], numbered: false, startLine: 1 });
    expect(parseFenceOptions('')).toEqual({ language: '', steps: [], numbered: false, startLine: 1 });
  });
});

describe('parseFenceOptions: Slidev braces', () => {
  it('reads click steps and a static highlight, without line numbers', () => {
    expect(parseFenceOptions('ts {1|3-4}')).toEqual({ language: 'ts', steps: [lines([[1, 1]]), lines([[3, 4]])], numbered: false, startLine: 1 });
    expect(parseFenceOptions('ts {2,3}').steps).toEqual([lines([[2, 2], [3, 3]])]);
  });

  it('`*` and `all` light every line, `none` none, `hide` hides the block', () => {
    expect(parseFenceOptions('ts {*|2|all|none|hide}').steps.map((step) => step.kind)).toEqual(['all', 'lines', 'all', 'none', 'hide']);
  });

  it('a second group numbers the lines; its highlights count from `startLine`', () => {
    const options = parseFenceOptions('ts {6,7}{lines:true,startLine:5}');
    expect(options).toMatchObject({ numbered: true, startLine: 5, steps: [lines([[2, 2], [3, 3]])] });
    expect(parseFenceOptions('ts {*}{lines:true}')).toMatchObject({ numbered: true, steps: [{ kind: 'all' }] });
    expect(parseFenceOptions('ts {lines:false}').numbered).toBe(false);
  });

  it('groups that are not highlights (`{monaco}`) are ignored', () => {
    expect(parseFenceOptions('js {monaco}')).toEqual({ language: 'js', steps: [], numbered: false, startLine: 1 });
  });

  it('a step list is cut at 20 steps, and absurd line numbers are dropped', () => {
    expect(parseFenceOptions(`js {${Array.from({ length: 50 }, (_, i) => i + 1).join('|')}}`).steps).toHaveLength(20);
    expect(parseFenceOptions('js [1-99999999999]').steps).toEqual([{ kind: 'all' }]);
  });
});

describe('parseFenceOptions: Quarto attributes', () => {
  it('reads the language of `{python}` and `{.python}`, and `code-line-numbers` as reveal.js does', () => {
    expect(parseFenceOptions('{python}')).toEqual({ language: 'python', steps: [], numbered: false, startLine: 1 });
    expect(parseFenceOptions('{.r code-line-numbers="true"}')).toEqual({ language: 'r', steps: [], numbered: true, startLine: 1 });
    expect(parseFenceOptions('{.python code-line-numbers="|2|3-4"}')).toMatchObject({ numbered: true, steps: [{ kind: 'all' }, lines([[2, 2]]), lines([[3, 4]])] });
  });
});

describe('isLit', () => {
  it('tells the highlighted lines of a step', () => {
    const step = lines([[2, 3]]);
    expect([1, 2, 3, 4].map((line) => isLit(step, line))).toEqual([false, true, true, false]);
    expect(isLit({ kind: 'all' }, 9)).toBe(true);
    expect(isLit({ kind: 'none' }, 1)).toBe(false);
  });
});
