import { describe, expect, it } from 'vitest';
import { lexSafely } from '../lex';
import { locateTokens } from '../located-token';
import { createMarkdown } from '../markdown';
import { ChunkLexer } from './lex-chunks';
import { EDGE_BLOCKS } from '../../../../tests/support/random-edits';

const markdown = createMarkdown();
const whole = (body: string, firstLine = 1) => {
  const { tokens, hazards } = lexSafely(markdown, body);
  return { located: locateTokens(tokens, firstLine), hazards };
};
const sections = (count: number, from = 0): string => Array.from({ length: count }, (_, i) => `## Section ${from + i}\n\nText ${from + i}.\n`).join('\n');

describe('ChunkLexer', () => {
  it('lexes a body in one piece per section, then reuses them', () => {
    const lexer = new ChunkLexer(2);
    const body = `# Title\n\n${sections(5)}`;
    const first = lexer.lex(markdown, body, 3);
    expect(first.lexed).toStrictEqual(whole(body, 3));
    expect(first).toMatchObject({ piecesLexed: 6, piecesReused: 0, isExact: true });
    lexer.endRound();
    const edited = body.replace('Text 2.', 'Text two.');
    const second = lexer.lex(markdown, edited, 3);
    expect(second.lexed).toStrictEqual(whole(edited, 3));
    expect(second).toMatchObject({ piecesLexed: 1, piecesReused: 5 });
  });

  it.each(EDGE_BLOCKS.map((block, index) => [index, block(index)]))('gives the tokens of a whole lex around edge block %i', (_, block) => {
    const lexer = new ChunkLexer(2);
    for (const body of [
      `# Title\n\nIntro.\n\n${block}\n${sections(3)}`,
      `${sections(2)}\n${block}\n${sections(2, 2)}`,
      `${sections(2)}\n${block}`,
      `${block}\n${sections(2)}`,
      `${sections(1)}${block}${sections(1, 1)}`,
    ]) {
      expect(lexer.lex(markdown, body, 1).lexed, JSON.stringify(body)).toStrictEqual(whole(body));
      expect(lexer.lex(markdown, body.replace('Text 1.', 'Text one.'), 1).lexed).toStrictEqual(whole(body.replace('Text 1.', 'Text one.')));
    }
  });

  it('does not cut inside a fence, a comment or a notes div that holds headings after empty lines', () => {
    const lexer = new ChunkLexer(2);
    for (const [open, close] of [['```', '```'], ['<!--', '-->'], ['::: notes', ':::'], ['<pre>', '</pre>'], ['<script>', '</script>']]) {
      const body = `${sections(1)}\n${open}\n\n## Hidden\n\nText.\n\n${close}\n\n${sections(1, 1)}`;
      const result = lexer.lex(markdown, body, 1);
      expect(result.lexed, open).toStrictEqual(whole(body));
      expect(result.lexed.located.filter((item) => item.token.type === 'heading')).toHaveLength(2);
    }
  });

  it('does not cut where the guard reads a fence that marked does not', () => {
    const lexer = new ChunkLexer(2);
    const deep = `${'>'.repeat(60)} deep`;
    // The guard takes "```js`" for a fence opener (marked does not): the deep quote is fenced code to it.
    for (const body of [`${sections(1)}\n\`\`\`js\`\n\n## x\n\n${deep}\n\n\`\`\`\n\n${sections(1, 1)}`, `${sections(1)}\n\`\`\`js\`\n\n## x\n\n\`\`\`\n\n## y\n\n${deep}\n`]) {
      expect(lexer.lex(markdown, body, 1).lexed, body).toStrictEqual(whole(body));
    }
  });

  it('lexes the rest as one piece after something left open', () => {
    const lexer = new ChunkLexer(2);
    const body = `${sections(2)}\n\`\`\`\n\n${sections(3, 2)}`;
    const result = lexer.lex(markdown, body, 1);
    expect(result.lexed).toStrictEqual(whole(body));
    expect(result.piecesLexed).toBeLessThan(5);
  });

  it('lexes the whole body when a link reference is defined anywhere', () => {
    const lexer = new ChunkLexer(2);
    const body = `${sections(2)}\nSee [a][x].\n\n${sections(2, 2)}\n[x]: https://example.com\n`;
    const result = lexer.lex(markdown, body, 1);
    expect(result.lexed).toStrictEqual(whole(body));
    expect(result).toMatchObject({ piecesLexed: 1, isExact: true });
    expect(result.linksKey).toContain('https://example.com');
  });

  it('gives the guard hazards with whole-body numbers and lines', () => {
    const lexer = new ChunkLexer(2);
    const deep = `${'>'.repeat(60)} deep\n`;
    const body = `${sections(2)}\n${deep}\n${sections(2, 2)}\n${deep}`;
    const result = lexer.lex(markdown, body, 1);
    expect(result.lexed).toStrictEqual(whole(body));
    expect(result.lexed.hazards).toHaveLength(2);
  });
});
