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
import type { DeckDialect } from './dialect';

export const articleDialect: DeckDialect = {
  name: 'article',
  frontMatterKeys: [],
  extensions: [],
  read({ tokens, settings, firstLine, warn }) {
    const slideLevel = settings.slideLevel ?? 2;
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
  read({ tokens, firstLine }) {
    return { slides: splitDeck(tokens(), firstLine) };
  },
  notes: extractNotes,
};

/** An HTML block that holds only comments. */
function isCommentBlock(token: Token): boolean {
  return token.type === 'html' && token.raw.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}
