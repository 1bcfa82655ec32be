/**
 * What Marp finds inside a slide's tokens, at any depth (a comment at the end of a list item, a `![bg]`
 * image in a heading): its comments and its images. `walkSlide` reports them in source order;
 * `cleanSlide` builds new tokens without them (the lexed tokens are shared and never changed), drops a
 * paragraph left holding nothing, and turns every note comment into a notes block.
 */
import type { Token, Tokens } from 'marked';
import type { LocatedToken } from '../../located-token';
import type { NotesBlock, SplitNotes } from '../../notes';
import { COMMENT_NOTES_PREFIX, unescapeCommentText } from '../../comment-text';
import { commentContent, readComment, type CommentKind } from './marp-directives';
import { readImageOptions, type MarpImage } from './marp-image';

/** True for an HTML token Marp reads as a comment: a block that opens with `<!--`, or a closed inline one. */
export function isCommentToken(token: Token): boolean {
  if (token.type !== 'html') return false;
  const raw = token.raw.replace(/^ {0,3}/, '');
  if (!raw.startsWith('<!--')) return false;
  return (token as Tokens.HTML).block || /--+>/.test(raw);
}

/**
 * What one comment is. Marp Core takes `<!-- fit -->` inside a heading as its "fit this heading" switch,
 * not as a note.
 */
export function commentKind(token: Token, inHeading: boolean): CommentKind {
  let kind = kinds.get(token);
  if (kind === undefined) kinds.set(token, (kind = readComment(commentContent(token.raw))));
  if (inHeading && kind.kind === 'note' && kind.text === 'fit') return { kind: 'tool' };
  return kind;
}

/** Each comment's reading, by token: the dialect reads a slide's comments twice (directives, then notes), and YAML is not free. */
const kinds = new WeakMap<Token, CommentKind>();

export interface SlideFinds {
  comment(kind: CommentKind, token: Token, top: LocatedToken): void;
  image(image: MarpImage, token: Tokens.Image, top: LocatedToken): void;
}

/** Reports the comments and images of a slide's tokens, in source order. */
export function walkSlide(items: readonly LocatedToken[], finds: SlideFinds): void {
  for (const item of items) {
    const visit = (token: Token, inHeading: boolean): void => {
      if (isCommentToken(token)) {
        finds.comment(commentKind(token, inHeading), token, item);
        return;
      }
      if (token.type === 'image') {
        finds.image(readImageOptions((token as Tokens.Image).text), token as Tokens.Image, item);
        return;
      }
      for (const child of childrenOf(token)) visit(child, inHeading || token.type === 'heading');
    };
    visit(item.token, false);
  }
}

/** A token's children, in source order (an image's alt text is not looked into). */
function childrenOf(token: Token): Token[] {
  switch (token.type) {
    case 'list':
      return (token as Tokens.List).items;
    case 'table': {
      const table = token as Tokens.Table;
      return [...table.header.flatMap((cell) => cell.tokens), ...table.rows.flatMap((row) => row.flatMap((cell) => cell.tokens))];
    }
    case 'image':
    case 'code':
    case 'codespan':
      return [];
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
  }
}

/** A note comment as a notes block: its text (a Mimbar `notes:` prefix and escaped `-->` undone, so edits read back). */
function noteBlock(text: string, top: LocatedToken): NotesBlock {
  const part = Number(COMMENT_NOTES_PREFIX.exec(text)?.[1] ?? 1);
  const markdown = unescapeCommentText(text.replace(COMMENT_NOTES_PREFIX, '')).trim();
  return { markdown, syntax: 'html-comment', range: { start: top.startLine, end: top.endLine }, part: part > 1 ? part : null };
}

/**
 * The slide's content without comments and background images, and its notes: every comment that is not
 * a directive (or a tool's), in order. A comment that is a whole block has its own exact lines; one inside
 * a paragraph or list item gets the lines of the block that holds it, which the notes write-back cannot
 * rewrite without changing the slide, so it refuses (it checks every patch reads back unchanged).
 */
export function cleanSlide(items: readonly LocatedToken[]): SplitNotes {
  const content: LocatedToken[] = [];
  const notes: NotesBlock[] = [];
  for (const item of items) {
    const clean = (token: Token, inHeading: boolean): Token | null => {
      if (isCommentToken(token)) {
        const kind = commentKind(token, inHeading);
        if (kind.kind === 'note' && kind.text !== '') notes.push(noteBlock(kind.text, item));
        return null;
      }
      if (token.type === 'image') return readImageOptions((token as Tokens.Image).text).background ? null : token;
      return cleanChildren(token, (child) => clean(child, inHeading || token.type === 'heading'));
    };
    const token = clean(item.token, false);
    if (token !== null) content.push(token === item.token ? item : { ...item, token });
  }
  return { content, notes };
}

/** `token` with its children cleaned by `clean`: the same object when nothing changed, null when a paragraph is left empty. */
function cleanChildren(token: Token, clean: (child: Token) => Token | null): Token | null {
  const cleanList = (children: Token[]): { list: Token[]; removed: Token[] } | null => {
    let changed = false;
    const list: Token[] = [];
    const removed: Token[] = [];
    for (const child of children) {
      const next = clean(child);
      if (next !== child) changed = true;
      if (next === null) removed.push(child);
      else list.push(next);
    }
    return changed ? { list, removed } : null;
  };
  if (token.type === 'list') {
    const list = token as Tokens.List;
    const items = cleanList(list.items);
    return items === null ? token : { ...list, items: items.list as Tokens.ListItem[] };
  }
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    let changed = false;
    const cell = (original: Tokens.TableCell): Tokens.TableCell => {
      const cleaned = cleanList(original.tokens);
      if (cleaned === null) return original;
      changed = true;
      return { ...original, tokens: cleaned.list };
    };
    const next = { ...table, header: table.header.map(cell), rows: table.rows.map((row) => row.map(cell)) };
    return changed ? next : token;
  }
  if (token.type === 'image' || token.type === 'code' || token.type === 'codespan' || !('tokens' in token) || !Array.isArray(token.tokens)) return token;
  const cleaned = cleanList(token.tokens);
  if (cleaned === null) return token;
  if (token.type === 'paragraph' && cleaned.list.every(isBlank)) return null;
  const next: Token = { ...token, tokens: cleaned.list } as Token;
  // Headings give titles from their text: take the removed comments and images out of it too.
  if (token.type === 'heading' && 'text' in next && typeof next.text === 'string') {
    next.text = cleaned.removed.reduce((text, removed) => text.replace(removed.raw, ''), next.text).trim();
  }
  return next;
}

function isBlank(token: Token): boolean {
  return token.type === 'br' || (token.type === 'text' && token.raw.trim() === '' && (!('tokens' in token) || !Array.isArray(token.tokens) || token.tokens.every(isBlank)));
}
