/**
 * How a Marp deck's Markdown renders differently from Mimbar's:
 * - a line break in a paragraph is a break (Marp Core turns on markdown-it's `breaks`);
 * - list items written with `*` bullets or `1)` numbers are fragments, one step each (Marp's fragmented
 *   lists); `-`, `+` and `1.` lists are not;
 * - an image's alt words `w:200`/`h:100px` size it, by plain `width`/`height` attributes (the views' sanitizer
 *   drops style attributes); the other option words leave its alt text; a `bg` image renders nothing here
 *   (the dialect takes it into the slide's look);
 * - a `::: notes` block is no notes block to Marp: it shows as the text it is.
 */
import { Lexer, Renderer, type MarkedExtension, type Tokens } from 'marked';
import type { NotesDivToken } from '../../markdown';
import { escapeHtml } from '../../markdown';
import { pixels, readImageOptions } from './marp-image';

/** True for a list item Marp makes a fragment: its marker is `*` or a number with `)`. */
export function isFragmentItem(item: Tokens.ListItem): boolean {
  return /^\s{0,3}(?:\*|\d{1,9}\))(?:[ \t]|$)/m.test(item.raw.split('\n', 1)[0] ?? '');
}

export const marpMarkdown: MarkedExtension = {
  breaks: true,
  renderer: {
    listitem(item) {
      if (!isFragmentItem(item)) return false;
      return `<li class="fragment">${this.parser.parse(item.tokens)}</li>\n`;
    },
    image(token) {
      const options = readImageOptions(token.text);
      if (options.background) return '';
      if (options.alt === token.text && options.width === null && options.height === null) return false;
      const alt: Tokens.Text = { type: 'text', raw: options.alt, text: options.alt };
      const html = Renderer.prototype.image.call(this, { ...token, text: options.alt, tokens: [alt] });
      if (!html.startsWith('<img ') || !html.endsWith('>')) return html;
      const width = pixels(options.width);
      const height = pixels(options.height);
      const size = `${width === null ? '' : ` width="${width}"`}${height === null ? '' : ` height="${height}"`}`;
      return `${html.slice(0, -1)}${size}>`;
    },
  },
  extensions: [
    {
      name: 'notesDiv',
      renderer(token) {
        // Marp has no fenced divs: the fences show as text, the lines between render as Markdown.
        const div = token as NotesDivToken;
        const lines = div.raw.replace(/\n+$/, '').split('\n');
        const fence = (line: string | undefined): string => `<p>${escapeHtml((line ?? '').trim())}</p>\n`;
        const inner = Lexer.lex(div.text, this.parser.options);
        return fence(lines[0]) + this.parser.parse(inner) + fence(lines[lines.length - 1]);
      },
    },
  ],
};
