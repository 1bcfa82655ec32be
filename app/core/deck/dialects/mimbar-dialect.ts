/**
 * Mimbar's own dialects. `article`: a Markdown article split at its headings and shaped into a lesson
 * (shape-lesson.ts). `mimbar`: a deck split at top-level `---` (`----` below), with every notes syntax
 * of the other tools accepted (notes.ts). Both read the body lexed whole, so the incremental builder can
 * reuse its pieces.
 */
import type { Token } from 'marked';
import { extractNotes } from '../notes';
import { shapeLesson } from '../shape-lesson';
import { splitArticle, splitDeck } from '../split-slides';
import type { LocatedToken } from '../located-token';
import type { DeckDialect, DialectInput } from './dialect';

export const articleDialect: DeckDialect = {
  name: 'article',
  frontMatterKeys: [],
  extensions: [],
  read({ tokens, settings, firstLine, warn }) {
    const slideLevel = settings.slideLevel ?? 2;
    warnSetextRules(tokens(), warn);
    const split = splitArticle(tokens(), slideLevel, firstLine);
    // Comments above the first heading (a licence, a note to oneself) are no slide: an empty "Slide" helps no one.
    const lead = split[0];
    if (lead !== undefined && lead.heading === null && lead.tokens.every((item) => isCommentBlock(item.token))) {
      split.shift();
      warn('The comment above the first heading belongs to no slide: it is not shown, and not taken as notes.', lead.tokens[0]?.startLine ?? firstLine);
    }
    const group = settings.group ?? settings.condense ?? true;
    return { slides: shapeLesson(split, { title: settings.title ?? '', slideLevel, group, hasFrontMatterTitle: settings.title !== undefined }) };
  },
  notes: extractNotes,
};

export const mimbarDialect: DeckDialect = {
  name: 'mimbar',
  frontMatterKeys: [],
  extensions: [],
  read({ tokens, firstLine, warn }) {
    warnSetextRules(tokens(), warn);
    return { slides: splitDeck(tokens(), firstLine) };
  },
  notes: extractNotes,
};

/** An HTML block that holds only comments. */
function isCommentBlock(token: Token): boolean {
  return token.type === 'html' && token.raw.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/**
 * A `---` right under a line of text underlines it: Markdown makes the line a heading, where reveal.js
 * (which splits on the text first) would start a slide. Mimbar keeps Markdown's reading and says so.
 */
function warnSetextRules(tokens: readonly LocatedToken[], warn: DialectInput['warn']): void {
  for (const item of tokens) {
    if (item.token.type !== 'heading') continue;
    const lines = item.token.raw.replace(/\n+$/, '').split('\n');
    if (lines.length < 2 || !/^ {0,3}-{3,}[ \t]*$/.test(lines[lines.length - 1] ?? '')) continue;
    warn('This `---` is right under a line of text, so Markdown makes that line a heading instead of starting a new slide; put a blank line above `---` to start a slide.', item.endLine);
  }
}
