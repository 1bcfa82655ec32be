/**
 * Where Marp starts a new slide: at every horizontal rule at the top level (`---`, and also `***`,
 * `___`, `- - -`; a `---` right under a line of text is a setext heading, not a rule, to Marp as to
 * CommonMark), and, with `headingDivider`, before every heading of the levels it names once anything
 * visible came before it in the deck. Marp keeps the slides this leaves empty (a rule followed by a
 * divided heading makes one), and so does Mimbar: they are pages the author sees in Marp.
 */
import type { Tokens } from 'marked';
import type { LocatedToken } from '../../located-token';
import { isCommentToken } from './marp-tokens';

export interface MarpPage {
  tokens: LocatedToken[];
  /** The first source line of the page: after its rule, at its heading, or the body's first line. */
  startLine: number;
}

/** Splits the body's top-level tokens into Marp's pages; `levels` are the `headingDivider` levels, or null. */
export function splitMarp(tokens: readonly LocatedToken[], levels: readonly number[] | null, firstLine: number): MarpPage[] {
  const pages: MarpPage[] = [{ tokens: [], startLine: firstLine }];
  // Marp divides at a heading only once a token it does not hide came first (comments and link definitions are hidden).
  let visible = false;
  for (const item of tokens) {
    const { token } = item;
    if (token.type === 'hr') {
      pages.push({ tokens: [], startLine: item.endLine + 1 });
      visible = true;
      continue;
    }
    if (levels !== null && visible && token.type === 'heading' && levels.includes((token as Tokens.Heading).depth)) {
      pages.push({ tokens: [], startLine: item.startLine });
    }
    (pages[pages.length - 1] as MarpPage).tokens.push(item);
    if (!isCommentToken(token) && token.type !== 'def') visible = true;
  }
  return pages;
}
