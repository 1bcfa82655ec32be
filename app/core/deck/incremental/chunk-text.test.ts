import { describe, expect, it } from 'vitest';
import { cutsOutside, headingCuts, piecesAt } from './chunk-text';

describe('headingCuts', () => {
  it('cuts before headings in column 0 that follow an empty line, and nowhere else', () => {
    const text = '# A\n\n## B\ntext\n## C\n\n   ## D\n\n#no\n\n###### E\n\n####### F\n\n#\n';
    expect(headingCuts(text).map((cut) => text.slice(cut, text.indexOf('\n', cut)))).toEqual(['## B', '###### E', '#']);
  });
});

describe('cutsOutside', () => {
  it('drops cuts inside any span, nested or overlapping', () => {
    expect(cutsOutside([5, 15, 25, 35, 45], [{ start: 10, end: 30 }, { start: 12, end: 20 }, { start: 40, end: 46 }])).toEqual([5, 35]);
  });
});

describe('piecesAt', () => {
  it('covers the text in order, each piece told the line the next one starts with', () => {
    const text = 'intro\n\n## A\n\na\n\n## B';
    const pieces = piecesAt(text, headingCuts(text));
    expect(pieces.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text);
    expect(pieces.map((piece) => piece.lookahead)).toEqual(['## A\n', '## B', '']);
  });
});
