/**
 * What the tools Mimbar's dialects follow make of a deck, read with the tools' own parsers, offline, in Node:
 * Slidev (@slidev/parser), Marp (@marp-team/marp-core) and reveal.js's Markdown plugin (which reveal-md
 * uses too). The dialect tests compare Mimbar against these, so that "as the author meant" means "as the
 * author's own tool does", not our reading of its documentation. Quarto has no parser that runs here: its
 * expected slides are written out by hand in tests/fixtures/dialects/quarto/*.expected.json.
 *
 * Only what each tool itself decides is reported. A field a tool does not work out before its browser code
 * runs is null (Slidev counts its clicks only in the page), never a guess of ours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { load } from '@slidev/parser/fs';
import { Marp } from '@marp-team/marp-core';
import katexPlugin from '@marp-team/marp-core/plugins/katex';
import Markdown from 'reveal.js/plugin/markdown';
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
  /** The attributes of the slide's `<section>` as the tool set them (Marp's directives, reveal.js's `.slide:`). */
  attributes?: Record<string, string>;
  /** The slide's HTML as the tool rendered it (Marp: its <svg> with the <section> layers; reveal.js: the section's content). */
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
  // Typed here: the @slidev/types the parser is installed with (see package.json overrides) is older than its data.
  const files = Object.values(data.markdownFiles as Record<string, { errors?: { message: string }[] }>);
  const errors = files.flatMap((md) => (md.errors ?? []).map((error) => error.message));
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
export function marpReference(text: string, options: { math?: boolean } = {}): PeerDeck {
  // `script: false` only drops the browser helper script Marp appends; the slides are the same. With
  // `math`, Marp Core's KaTeX plugin typesets formulas, as Marp CLI does.
  const marp = options.math === true ? new Marp({ script: false }).use(katexPlugin()) : new Marp({ script: false });
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

/**
 * reveal.js's Markdown plugin's defaults (plugin/markdown), as its compiled code holds them; the plugin
 * applies them itself when an option is left out, and a test checks these give the same slides.
 */
export const REVEAL_DEFAULTS = {
  separator: '\r?\n---\r?\n',
  verticalSeparator: null,
  // The plugin's source writes '^\s*notes?:' in a plain string, so the backslash is lost: this is the
  // pattern it really uses. A `Note:` line with spaces before it is therefore not a note.
  notesSeparator: '^s*notes?:',
} as const;

/** reveal-md's defaults (lib/defaults.json): reveal.js's separator, and `----` for vertical slides. */
export const REVEAL_MD_DEFAULTS = { separator: '\r?\n---\r?\n', verticalSeparator: '\r?\n----\r?\n' } as const;

function decodeTemplate(text: string): string {
  return text.replace(/__SCRIPT_END__/g, '</script>');
}

/** The Markdown of each slide, in order, as `slidify` splits `text`. */
function splitMarkdown(text: string, options: RevealSplitOptions): string[] {
  const html = Markdown().slidify(text, options);
  const markdown: string[] = [];
  for (const node of parseFragment(html).childNodes) {
    if (!isElement(node) || node.nodeName !== 'section') continue;
    const stack: Parse5Element[] = node.attrs.some((a) => a.name === 'data-markdown') ? [node] : node.childNodes.filter(isElement);
    for (const section of stack) {
      const template = section.childNodes.find(isElement);
      markdown.push(decodeTemplate(template ? textOf(template) : ''));
    }
  }
  return markdown;
}

/** The part of jsdom used here (jsdom ships no types, and the repository has no @types/jsdom). */
interface JsdomPage {
  window: { document: Document; Node: typeof Node; close(): void };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => JsdomPage };

/** Attributes the plugin works with, not the author's. */
const PLUGIN_ATTRIBUTES = new Set(['data-markdown', 'data-markdown-parsed', 'data-separator', 'data-separator-vertical', 'data-separator-notes']);

/**
 * reveal.js's reading of `text`, by its Markdown plugin run whole in a jsdom page, as reveal-md and any
 * `<section data-markdown>` run it in the browser: the split (`slidify`), notes (the notes pattern; only a
 * slide whose text splits on it in exactly two has notes, so two `Note:` lines mean none), Markdown through
 * the plugin's marked, and `<!-- .slide: -->` / `<!-- .element: -->` attributes applied. Titles are the
 * first heading; fragments count `.fragment` elements outside the notes; notes include `<aside class="notes">`.
 */
export function revealReference(text: string, options: RevealSplitOptions = {}): PeerDeck {
  // Options left out stay out, so the plugin falls back on its own defaults (REVEAL_DEFAULTS says which).
  const split: RevealSplitOptions = {};
  if (options.separator !== undefined) split.separator = options.separator;
  if (options.verticalSeparator !== undefined) split.verticalSeparator = options.verticalSeparator;
  if (options.notesSeparator !== undefined) split.notesSeparator = options.notesSeparator;
  const markdown = splitMarkdown(text, split);
  const { window } = new JSDOM('<!doctype html><div class="reveal"><div class="slides"></div></div>');
  const document = window.document;
  const reveal = document.querySelector('.reveal');
  const holder = document.querySelector('.slides');
  if (!reveal || !holder) throw new Error('jsdom page without .reveal .slides');
  const section = document.createElement('section');
  section.setAttribute('data-markdown', '');
  if (split.separator !== undefined) section.setAttribute('data-separator', split.separator);
  if (split.verticalSeparator !== undefined) section.setAttribute('data-separator-vertical', split.verticalSeparator);
  if (split.notesSeparator !== undefined) section.setAttribute('data-separator-notes', split.notesSeparator);
  const template = document.createElement('textarea');
  template.setAttribute('data-template', '');
  template.textContent = text;
  section.append(template);
  holder.append(section);
  // The plugin reads `Node.COMMENT_NODE` as a global; Node has none. Lend it jsdom's while the plugin runs
  // (its work on inline Markdown is synchronous; the promise it leaves finds nothing left to do).
  const globals = globalThis as { Node?: unknown };
  const hadNode = 'Node' in globals;
  const ownNode = globals.Node;
  globals.Node = window.Node;
  try {
    const plugin = Markdown();
    void plugin.init?.({ getRevealElement: () => reveal, getConfig: () => ({ markdown: {} }) } as unknown as Parameters<NonNullable<typeof plugin.init>>[0]);
    void plugin.convertSlides();
  } finally {
    if (hadNode) globals.Node = ownNode;
    else delete globals.Node;
  }
  const rendered = [...holder.querySelectorAll('section[data-markdown]')];
  const slides = rendered.map((slide, index): PeerSlide => {
    const notes = [...slide.querySelectorAll('aside.notes')];
    const outsideNotes = (el: Element): boolean => !notes.some((aside) => aside.contains(el));
    const heading = [...slide.querySelectorAll('h1, h2, h3, h4, h5, h6')].find(outsideNotes);
    const attributes: Record<string, string> = {};
    for (const attr of [...slide.attributes]) if (!PLUGIN_ATTRIBUTES.has(attr.name)) attributes[attr.name] = attr.value;
    const inStack = slide.parentElement?.tagName === 'SECTION';
    return {
      title: heading?.textContent?.trim() ?? null,
      notes: notes.map((aside) => (aside.textContent ?? '').trim()).filter((n) => n !== '').join('\n\n'),
      fragments: [...slide.querySelectorAll('.fragment')].filter(outsideNotes).length,
      markdown: markdown[index] ?? '',
      attributes,
      ...(inStack && slide.previousElementSibling !== null ? { vertical: true } : {}),
      html: slide.innerHTML,
    };
  });
  window.close();
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
