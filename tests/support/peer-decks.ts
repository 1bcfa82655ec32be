/**
 * What the tools Mimbar's dialects follow make of a deck, read with the tools' own parsers, offline, in Node:
 * Slidev (@slidev/parser), Marp (@marp-team/marp-core) and reveal.js's Markdown plugin (which reveal-md
 * uses too). The dialect tests compare Mimbar against these, so that "as the author meant" means "as the
 * author's own tool does", not our reading of its documentation. Quarto has no parser that runs here: its
 * expected slides are written out by hand in tests/fixtures/dialects/quarto/*.expected.json.
 *
 * Only what each tool itself decides is reported. A field a tool does not work out before its browser code
 * runs is null (reveal.js and Slidev count fragments only in the page), never a guess of ours.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { load } from '@slidev/parser/fs';
import { Marp } from '@marp-team/marp-core';
import Markdown from 'reveal.js/plugin/markdown';
import { Lexer, Marked } from 'marked';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';

export interface PeerSlide {
  /** The slide's title as the tool sets it (Slidev's own `title`), else the text of its first heading. */
  title: string | null;
  /** The presenter notes, trimmed; '' when none. */
  notes: string;
  /** Fragments (build steps) the tool counted; null when the tool counts them only in the browser. */
  fragments: number | null;
  /**
   * The slide's Markdown as the tool split it: without its frontmatter (Slidev); with the notes still in it
   * (reveal.js); for Marp, the source lines from where Marp opens the slide (its `---` line, the heading
   * `headingDivider` split on, or the front matter for the first slide) up to the next slide's opening.
   */
  markdown: string;
  /** reveal.js: the slide is a vertical one (it sits in a stack under another). */
  vertical?: boolean;
  /** Slidev: the `layout` the slide's frontmatter names (Slidev's client picks cover/default when absent). */
  layout?: string;
  /** Slidev: `hide: true` or `disabled: true`; such a slide is listed here but Slidev does not show it. */
  hidden?: boolean;
  /** Slidev: the slide came in through another slide's `src:`. */
  imported?: boolean;
  /** Slidev: the slide's frontmatter, as YAML gave it. */
  frontmatter?: Record<string, unknown>;
  /** Marp: the attributes of the slide's `<section>`; reveal.js: those its `<!-- .slide: -->` comments set. */
  attributes?: Record<string, string>;
  /** Marp: the slide's rendered HTML (its <svg> with the slide's <section> layers). */
  html?: string;
  /** Marp: the images of the slide's `![bg]` background layer, in order, as written. */
  backgrounds?: string[];
}

export interface PeerDeck {
  slides: PeerSlide[];
  /** Problems the tool reported while reading (Slidev: an import outside the deck's folder, a missing file). */
  errors: string[];
}

/** Where `slidevReference` pretends a deck without a file lives; imports resolve (and stay) under it. */
const VIRTUAL_DECK = resolve('/slidev-reference-deck/slides.md');

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Slidev's reading of `text`. `deckPath` is where the deck lives, so that `src:` imports load as Slidev
 * loads them (with Slidev's own check that an import stays inside the deck's folder); without it, imports
 * fail as missing. Slides Slidev hides are kept, flagged `hidden`, in their place.
 */
export async function slidevReference(text: string, deckPath?: string): Promise<PeerDeck> {
  const entry = resolve(deckPath ?? VIRTUAL_DECK);
  const root = dirname(entry);
  const source = async (path: string): Promise<string> => {
    if (resolve(path) === entry) return text;
    // Slidev checks `allowedRoots` before it reads; this second check keeps the reference itself confined.
    if (deckPath === undefined || !inside(root, resolve(path))) throw new Error(`not read: ${path}`);
    return readFileSync(path, 'utf8');
  };
  const data = await load({ roots: [root], userRoot: root, allowedRoots: [root] }, entry, source);
  const slides: PeerSlide[] = [];
  for (const own of data.entry.slides) {
    const frontmatter = own.frontmatter as Record<string, unknown>;
    if (frontmatter['hide'] === true || frontmatter['disabled'] === true) {
      slides.push({ ...slidevSlide(own.title, own.note, own.content, frontmatter), hidden: true });
      continue;
    }
    for (const shown of data.slides) {
      const fromHere = shown.source === own;
      const importedHere = shown.importChain?.[0] === own;
      if (!fromHere && !importedHere) continue;
      const slide = slidevSlide(shown.title, shown.note, shown.content, shown.frontmatter as Record<string, unknown>);
      slides.push(importedHere ? { ...slide, imported: true } : slide);
    }
  }
  const errors = Object.values(data.markdownFiles).flatMap((md) => (md.errors ?? []).map((e) => e.message));
  return { slides, errors };
}

function slidevSlide(title: string | undefined, note: string | undefined, content: string, frontmatter: Record<string, unknown>): PeerSlide {
  const layout = frontmatter['layout'];
  return {
    title: title ?? null,
    notes: (note ?? '').trim(),
    fragments: null,
    markdown: content,
    frontmatter,
    ...(typeof layout === 'string' ? { layout } : {}),
  };
}

type Parse5Node = DefaultTreeAdapterMap['childNode'];
type Parse5Element = DefaultTreeAdapterMap['element'];

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

function* elements(nodes: readonly Parse5Node[]): Generator<Parse5Element> {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    yield node;
    yield* elements(node.childNodes);
  }
}

function textOf(node: Parse5Element): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) text += child.value;
    else if (isElement(child)) text += textOf(child);
  }
  return text;
}

/** The part of a markdown-it token Marp's slide split is read from (Marp types its parser loosely). */
interface MarkdownItToken {
  type: string;
  map: [number, number] | null;
}

/**
 * Marp's reading of `text`, through Marp Core with its defaults (what Marp CLI and the VS Code extension
 * render). Notes are Marp's own: the comments that are not directives, joined by a blank line.
 */
export function marpReference(text: string): PeerDeck {
  // `script: false` only drops the browser helper script Marp appends; the slides are the same.
  const marp = new Marp({ script: false });
  const { html, comments } = marp.render(text, { htmlAsArray: true });
  // Marp splits while it parses: each slide's opening token knows the source line it starts on.
  const lines = text.split(/\r?\n/);
  const starts = marp.markdown
    .parse(text, {})
    .filter((token: MarkdownItToken) => token.type === 'marpit_slide_open')
    .map((token: MarkdownItToken) => token.map?.[0] ?? 0);
  const slides = html.map((slideHtml, index): PeerSlide => {
    const all = [...elements(parseFragment(slideHtml).childNodes)];
    // A slide with `![bg]` images is drawn as layers, one <section> each: the background, the content and a
    // pseudo layer. The content layer carries the slide's attributes (and its id).
    const layer = (el: Parse5Element): string | undefined => el.attrs.find((a) => a.name === 'data-marpit-advanced-background')?.value;
    const section = all.find((el) => el.nodeName === 'section' && (layer(el) === undefined || layer(el) === 'content'));
    const backgrounds = all
      .filter((el) => el.nodeName === 'figure')
      .flatMap((el) => [...(el.attrs.find((a) => a.name === 'style')?.value ?? '').matchAll(/url\("([^"]*)"\)/g)].map((m) => m[1] ?? ''));
    const attributes: Record<string, string> = {};
    for (const attr of section?.attrs ?? []) attributes[attr.name] = attr.value;
    const heading = all.find((el) => /^h[1-6]$/.test(el.nodeName));
    return {
      title: heading ? textOf(heading).trim() : null,
      notes: (comments[index] ?? []).join('\n\n').trim(),
      fragments: all.filter((el) => el.attrs.some((a) => a.name === 'data-marpit-fragment')).length,
      markdown: lines.slice(starts[index] ?? 0, starts[index + 1] ?? lines.length).join('\n'),
      html: slideHtml,
      attributes,
      backgrounds,
    };
  });
  return { slides, errors: [] };
}

export interface RevealSplitOptions {
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
}

/** reveal.js's Markdown plugin's defaults (plugin/markdown), as the plugin's compiled code holds them. */
export const REVEAL_DEFAULTS = {
  separator: '\r?\n---\r?\n',
  verticalSeparator: null,
  // The plugin's source writes '^\s*notes?:' in a plain string, so the backslash is lost: this is the
  // pattern it really uses. A `Note:` line with spaces before it is therefore not a note.
  notesSeparator: '^s*notes?:',
} as const;

/** reveal-md's defaults (lib/defaults.json): reveal.js's separator, and `----` for vertical slides. */
export const REVEAL_MD_DEFAULTS = { separator: '\r?\n---\r?\n', verticalSeparator: '\r?\n----\r?\n' } as const;

// reveal.js's own attribute syntax in its Markdown plugin: `<!-- .slide: name="value" data-flag -->`.
const SLIDE_ATTRIBUTES = /\.slide:\s*?(\S.+?)$/m;
const ATTRIBUTE = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/g;
const COMMENT = /<!--([\s\S]*?)-->/g;

function slideAttributes(markdown: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const comment of markdown.matchAll(COMMENT)) {
    const found = SLIDE_ATTRIBUTES.exec(comment[1] ?? '');
    if (!found?.[1]) continue;
    for (const attr of found[1].matchAll(ATTRIBUTE)) {
      if (attr[2] !== undefined && attr[1] !== undefined) attributes[attr[1]] = attr[2];
      else if (attr[3] !== undefined) attributes[attr[3]] = '';
    }
  }
  return attributes;
}

function firstHeading(markdown: string): string | null {
  for (const token of new Lexer().lex(markdown)) {
    if (token.type === 'heading') return token.text.trim();
  }
  return null;
}

/** The text of the slide's `<aside class="notes">` elements, which reveal.js's speaker view shows too. */
function asideNotes(markdown: string): string[] {
  const html = new Marked().parse(markdown, { async: false });
  return [...elements(parseFragment(html).childNodes)]
    .filter((el) => el.nodeName === 'aside' && el.attrs.some((a) => a.name === 'class' && a.value.split(/\s+/).includes('notes')))
    .map((el) => textOf(el).trim());
}

function decodeTemplate(text: string): string {
  return text.replace(/__SCRIPT_END__/g, '</script>');
}

/**
 * reveal.js's reading of `text` (the Markdown plugin's `slidify`, no front matter). Notes follow the plugin:
 * the slide's text splits on the notes pattern, and only when it splits in exactly two is the second part
 * the note (a second `Note:` line on one slide means no notes at all). The text of `<aside class="notes">`
 * elements follows, as reveal.js's speaker view shows those too.
 */
export function revealReference(text: string, options: RevealSplitOptions = {}): PeerDeck {
  const notesSeparator = options.notesSeparator ?? REVEAL_DEFAULTS.notesSeparator;
  const html = Markdown().slidify(text, {
    separator: options.separator ?? REVEAL_DEFAULTS.separator,
    verticalSeparator: options.verticalSeparator ?? REVEAL_DEFAULTS.verticalSeparator,
    notesSeparator,
  });
  const slides: PeerSlide[] = [];
  for (const node of parseFragment(html).childNodes) {
    if (!isElement(node) || node.nodeName !== 'section') continue;
    // A stack is a <section> of <section data-markdown>s: its first slide is the top one, the rest are vertical.
    const stack: Parse5Element[] = node.attrs.some((a) => a.name === 'data-markdown') ? [node] : node.childNodes.filter(isElement);
    stack.forEach((section, place) => {
      const template = section.childNodes.find(isElement);
      const markdown = decodeTemplate(template ? textOf(template) : '');
      const parts = markdown.split(new RegExp(notesSeparator, 'mgi'));
      const content = parts.length === 2 ? (parts[0] ?? '') : markdown;
      slides.push({
        title: firstHeading(content),
        notes: [parts.length === 2 ? (parts[1] ?? '').trim() : '', ...asideNotes(content)].filter((n) => n !== '').join('\n\n'),
        fragments: null,
        markdown,
        attributes: slideAttributes(markdown),
        ...(place > 0 ? { vertical: true } : {}),
      });
    });
  }
  return { slides, errors: [] };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * reveal-md's reading of a file: YAML front matter first (its `separator`, `verticalSeparator` and
 * `notesSeparator` keys override reveal-md's defaults), then reveal.js's `slidify` on the rest.
 */
export function revealMdReference(text: string): PeerDeck {
  const found = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  const yaml: unknown = found ? parseYaml(found[1] ?? '') : null;
  const meta = yaml !== null && typeof yaml === 'object' ? (yaml as Record<string, unknown>) : {};
  const pick = (key: string, fallback?: string): string | undefined => {
    const value = meta[key];
    return typeof value === 'string' ? value : fallback;
  };
  const body = found ? text.replace(/^\uFEFF/, '').slice(found[0].length) : text;
  return revealReference(body, {
    separator: pick('separator', REVEAL_MD_DEFAULTS.separator),
    verticalSeparator: pick('verticalSeparator', REVEAL_MD_DEFAULTS.verticalSeparator),
    notesSeparator: pick('notesSeparator'),
  });
}
