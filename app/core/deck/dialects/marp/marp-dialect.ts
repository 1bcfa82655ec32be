/**
 * Marp's rules (Marpit, marpit.marp.app, as Marp Core 5 / Marpit 3 apply them): slides split at top-level
 * rules and, with `headingDivider`, at headings; directives in the front matter and in comments dress the
 * slides; every other comment is a presenter note (a `Note:` paragraph, `<aside class="notes">` and
 * `::: notes` are not notes to Marp: they show); `![bg]` images are backgrounds; `*` and `1)` lists are
 * fragmented.
 */
import type { DeckMeta, ThemeName } from '../../../../contract/deck';
import type { LocatedToken } from '../../located-token';
import type { DeckDialect, DialectInput, DialectSlide } from '../dialect';
import {
  directivesOf, headingLevels, isHeadingDividerValue, MARP_FRONT_MATTER_KEYS, text,
  type Directives, type Globals, type Locals,
} from './marp-directives';
import { hasUnhonouredSize, type MarpImage } from './marp-image';
import { backgroundFit, marpLook, plainSource, urlPath, type FoundBackground } from './marp-look';
import { marpMarkdown } from './marp-markdown';
import { splitMarp } from './marp-split';
import { cleanSlide, walkSlide } from './marp-tokens';
import { cssColor, plainClasses } from '../look-values';

const BUILT_IN_THEMES = new Set(['default', 'gaia', 'uncover']);

export const marpDialect: DeckDialect = {
  name: 'marp',
  frontMatterKeys: MARP_FRONT_MATTER_KEYS,
  newNotes: ['comment-plain', 'comment'],
  extensions: [marpMarkdown],
  read(input) {
    const tokens = input.tokens();
    const head = directivesOf(input.frontMatter) ?? { globals: {}, locals: {}, spots: {} };
    noticeDirectives(input, head, null);

    // Global directives hold for the whole deck, the last one written winning, wherever it is.
    let globals: Globals = mergeGlobals({}, head.globals);
    walkSlide(tokens, {
      comment(kind) {
        if (kind.kind === 'directive') globals = mergeGlobals(globals, kind.directives.globals);
      },
      image() {},
    });
    const levels = globals.headingDivider === undefined || globals.headingDivider === 'false' ? null : headingLevels(globals.headingDivider);

    const headers = new Map<string, string>();
    const inline = (markdown: string): string => {
      let html = headers.get(markdown);
      if (html === undefined) headers.set(markdown, (html = input.markdown.parseInline(markdown) as string));
      return html;
    };
    let local: Locals = { ...head.locals };
    const slides: DialectSlide[] = splitMarp(tokens, levels, input.firstLine).map((page, index) => {
      const spots: Locals = index === 0 ? { ...head.spots } : {};
      const backgrounds: FoundBackground[] = [];
      walkSlide(page.tokens, {
        comment(kind, _token, top) {
          if (kind.kind !== 'directive') return;
          local = { ...local, ...kind.directives.locals };
          Object.assign(spots, kind.directives.spots);
          noticeDirectives(input, kind.directives, top.startLine);
        },
        image(options, token, top) {
          noticeImage(input, options, top.startLine);
          if (!options.background || token.href.trim() === '') return;
          if (plainSource(token.href) === null) input.warn(`The background image "${token.href.slice(0, 80)}" is not a path or web address; Mimbar leaves it out.`, top.startLine);
          backgrounds.push({ src: token.href, options });
        },
      });
      const { look, paginate } = marpLook({ ...local, ...spots }, backgrounds, inline);
      return {
        heading: null,
        tokens: page.tokens,
        isTitle: false,
        section: null,
        isVertical: false,
        startLine: page.startLine,
        ...(Object.keys(look).length > 0 ? { look } : {}),
        ...(paginate ? { paginate } : {}),
      };
    });
    return { slides, meta: deckMeta(input, globals, head.locals) };
  },
  notes(tokens: LocatedToken[]) {
    return cleanSlide(tokens);
  },
};

/** `next` over `globals`, keeping only the values Marp takes (it ignores a `headingDivider` it cannot read). */
function mergeGlobals(globals: Globals, next: Globals): Globals {
  const merged: Globals = { ...globals, ...next };
  if (next.headingDivider !== undefined && !isHeadingDividerValue(next.headingDivider)) merged.headingDivider = globals.headingDivider;
  if (merged.headingDivider === undefined) delete merged.headingDivider;
  return merged;
}

/** The deck settings Marp's global directives give. */
function deckMeta(input: DialectInput, globals: Globals, headLocals: Locals): Partial<Pick<DeckMeta, 'title' | 'author' | 'lang' | 'theme' | 'slideNumber'>> {
  const meta: Partial<Pick<DeckMeta, 'title' | 'author' | 'lang' | 'theme' | 'slideNumber'>> = {
    // Marp numbers a page only where `paginate` says so; the pipeline puts those numbers on the slides.
    slideNumber: false,
    theme: theme(headLocals),
  };
  const title = text(globals.title);
  if (title !== undefined && title.trim() !== '') meta.title = title.trim();
  const author = text(globals.author);
  if (author !== undefined && author.trim() !== '') meta.author = author.trim();
  const lang = text(globals.lang);
  if (lang !== undefined && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang.trim())) meta.lang = lang.trim();
  else if (lang !== undefined) input.warn(`The Marp \`lang\` "${lang.slice(0, 40)}" is not a language tag; Mimbar ignores it.`, null);
  return meta;
}

/**
 * Mimbar's theme for the deck's Marp theme: Marp's three (`default`, `gaia`, `uncover`) are light, so
 * white; a deck whose front matter gives every slide the `invert` class is dark, so black.
 */
function theme(headLocals: Locals): ThemeName {
  return plainClasses(text(headLocals.class) ?? '').includes('invert') ? 'black' : 'white';
}

/** Tells, once where it is written, each directive Mimbar does not honour as Marp does. */
function noticeDirectives(input: DialectInput, directives: Directives, line: number | null): void {
  const { globals } = directives;
  const where = line === null ? 'in the front matter' : 'in a directive comment';
  const themeName = text(globals.theme);
  if (themeName !== undefined && !BUILT_IN_THEMES.has(themeName)) {
    input.unsupported(`The Marp theme "${themeName.slice(0, 60)}" (${where}) is not one of Marp's built-in themes; Mimbar shows its white theme.`, line);
  }
  if (globals.style !== undefined) input.unsupported(`Marp \`style\` (${where}) is custom CSS, which Mimbar does not apply: the slides use Mimbar's theme.`, line);
  const size = text(globals.size);
  if (size !== undefined && size !== '16:9') input.unsupported(`Marp \`size: ${size.slice(0, 20)}\`: Mimbar draws every slide at 16:9.`, line);
  // `math: katex` and `math: mathjax` both typeset TeX: Mimbar typesets it with its own (app/core/deck/math/).
  if (globals.headingDivider !== undefined && !isHeadingDividerValue(globals.headingDivider)) {
    input.warn(`Marp \`headingDivider\` should be a heading level from 1 to 6, a list of them, or false; Mimbar ignores "${text(globals.headingDivider)?.slice(0, 20)}".`, line);
  }
  for (const [spot, locals] of [['', directives.locals], ['_', directives.spots]] as const) noticeLocals(input, spot, locals, line);
}

function noticeLocals(input: DialectInput, spot: string, locals: Locals, line: number | null): void {
  for (const key of ['backgroundColor', 'color'] as const) {
    const value = text(locals[key]);
    if (value !== undefined && value.trim() !== '' && cssColor(value) === null) {
      input.warn(`Marp \`${spot}${key}\` "${value.slice(0, 60)}" is not a colour Mimbar accepts (a hex colour, rgb()/hsl() or a colour name); it is ignored.`, line);
    }
  }
  const image = text(locals.backgroundImage);
  if (image !== undefined && image.trim() !== '' && image.trim() !== 'none' && urlPath(image) === null) {
    input.unsupported(`Marp \`${spot}backgroundImage\` "${image.slice(0, 60)}": Mimbar shows a background image only from one url(…) with a path or web address (no gradients); it is ignored.`, line);
  }
  const size = text(locals.backgroundSize);
  if (size !== undefined && backgroundFit(size) === 'cover' && size !== 'cover') {
    input.unsupported(`Marp \`${spot}backgroundSize: ${size.slice(0, 40)}\`: Mimbar draws the background image to cover the slide.`, line);
  }
  const position = text(locals.backgroundPosition);
  if (position !== undefined && position !== 'center') input.unsupported(`Marp \`${spot}backgroundPosition\`: Mimbar centres background images.`, line);
  const repeat = text(locals.backgroundRepeat);
  if (repeat !== undefined && repeat !== 'no-repeat') input.unsupported(`Marp \`${spot}backgroundRepeat\`: Mimbar never repeats background images.`, line);
  const paginate = text(locals.paginate)?.toLowerCase();
  if (paginate === 'skip' || paginate === 'hold') {
    input.unsupported(`Marp \`${spot}paginate: ${paginate}\`: Mimbar numbers every slide by its place in the deck, so the numbers ${paginate === 'skip' ? 'after this slide count it (it shows none itself)' : 'do not hold still'}.`, line);
  }
  const classes = text(locals.class);
  if (classes !== undefined && classes.trim() !== '' && plainClasses(classes).join(' ') !== classes.trim().split(/\s+/).join(' ')) {
    input.warn(`Marp \`${spot}class\` "${classes.slice(0, 60)}" holds names that are not plain class names; Mimbar keeps only the plain ones.`, line);
  }
}

/** Tells the image options Mimbar does not honour. */
function noticeImage(input: DialectInput, image: MarpImage, line: number): void {
  if (image.filters.length > 0) input.unsupported(`Marp image filter ${image.filters.map((f) => `\`${f.slice(0, 30)}\``).join(', ')}: Mimbar shows the image unfiltered.`, line);
  if (!image.background) {
    if (hasUnhonouredSize(image)) input.unsupported('Marp image size in units other than pixels: Mimbar shows the image at its own size.', line);
    return;
  }
  if (image.vertical) input.unsupported('Marp `bg vertical`: Mimbar sets several background images side by side.', line);
  if (image.width !== null || image.height !== null) input.unsupported('Marp background image `w:`/`h:`: Mimbar sizes background images only by cover, contain or a percentage.', line);
  if (image.size === 'auto') input.unsupported('Marp `bg auto`: Mimbar draws the background image whole (as `contain`).', line);
}
