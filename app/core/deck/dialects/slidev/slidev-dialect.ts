/**
 * Slidev's rules (sli.dev/guide/syntax), read as @slidev/parser reads a deck: slides split on `---`
 * text lines (split-lines.ts); each slide's front matter sets its layout, classes, background and title
 * (slide-settings.ts); the head front matter is the first slide's; `hide`/`disabled` slides are left
 * out; `src:` slides are replaced by the slides of the file they name, inside the deck's folder only
 * (import-path.ts), with the importing slide's settings over theirs. Notes are the last comment
 * (slidev-notes.ts); clicks, slots and components are finished in the HTML (finish-html.ts).
 */
import type { Token } from 'marked';
import type { ThemeName } from '../../../../contract/deck';
import type { DeckDialect, DialectInput, DialectSlide } from '../dialect';
import { scanConstructs } from './constructs';
import { finishSlidevHtml } from './finish-html';
import { folderOf, resolveImport, slidesInRange } from './import-path';
import { clip, parseSlideFrontMatter, readSlideSettings, type Settings } from './slide-settings';
import { slidevNotes } from './slidev-notes';
import { slotExtension } from './slot-extension';
import { splitSlideLines, type SlideLines } from './split-lines';

/** Imports nest at most this deep (Slidev has no cap; a cycle guard alone would allow very long chains). */
const MAX_IMPORT_DEPTH = 8;
/** At most this many slides come in through imports, so a file imported many times cannot blow a deck up. */
const MAX_IMPORTED_SLIDES = 2000;
/** At most this many imported files are read, so files that import each other many times stay quick. */
const MAX_IMPORT_READS = 200;

/** Slidev's headmatter keys (sli.dev/custom/#headmatter) and per-slide keys, which Mimbar reads or knowingly skips. */
const SLIDEV_HEAD_KEYS = [
  'theme', 'addons', 'titleTemplate', 'info', 'keywords', 'presenter', 'browserExporter', 'download', 'exportFilename', 'export',
  'twoslash', 'lineNumbers', 'monaco', 'monacoTypesSource', 'monacoTypesAdditionalPackages', 'monacoTypesIgnorePackages',
  'monacoRunAdditionalDeps', 'monacoRunUseStrict', 'remoteAssets', 'selectable', 'record', 'contextMenu', 'wakeLock', 'pwa',
  'remote', 'editor', 'mcp', 'colorSchema', 'routerMode', 'aspectRatio', 'canvasWidth', 'themeConfig', 'favicon', 'plantUmlServer',
  'fonts', 'defaults', 'drawings', 'htmlAttrs', 'mdc', 'comark', 'seoMeta', 'notesAutoRuby', 'timer', 'magicMoveDuration',
  'magicMoveCopy', 'codeCopy', 'shiki', 'preloadImages', 'clickAnimation', 'highlighter', 'css', 'config', 'transition',
  'hideInToc', 'routeAlias', 'layout', 'class', 'background', 'backgroundSize', 'image', 'clicks', 'clicksStart', 'disabled',
  'hide', 'level', 'preload', 'src', 'zoom', 'dragPos', 'name', 'layoutClass', 'url',
];

/** Headmatter settings whose effect Mimbar does not draw, with what it does instead. */
const HEAD_NOTICES: Readonly<Record<string, string>> = {
  fonts: 'Slidev `fonts` are not loaded; Mimbar uses its own fonts',
  aspectRatio: 'Slidev `aspectRatio` is not applied; Mimbar shows slides at its own 16:9',
  canvasWidth: 'Slidev `canvasWidth` is not applied; Mimbar scales slides itself',
  addons: 'Slidev addons are not loaded; their components show as labelled boxes',
  themeConfig: 'Slidev `themeConfig` is not applied; Mimbar draws its own theme',
  htmlAttrs: 'Slidev `htmlAttrs` are not applied',
};

/** Slidev's own default theme (and none at all), which Mimbar's light theme stands in for without a notice. */
const PLAIN_THEMES = ['default', 'none'];

/** What one file read contributes: where it is and how it got here. */
interface FileContext {
  /** The file's path inside the deck's folder ('' for the deck itself). */
  path: string;
  /** The files that import it, outermost first (the cycle guard). */
  chain: string[];
  /** The settings of the slides that import it, over its own. */
  override: Settings;
  /** The deck line the outermost import stands on, or null for the deck itself. */
  importLine: number | null;
}

interface ReadState {
  input: DialectInput;
  slides: DialectSlide[];
  defaults: Settings;
  mdc: boolean;
  /** The headmatter's `lineNumbers: true`: every code block is numbered unless it says `lines:false`. */
  lineNumbers: boolean;
  imported: number;
  /** Files read through imports so far (a file may be imported many times). */
  reads: number;
  /** The import cap was reached (and said). */
  isCapped: boolean;
}

export const slidevDialect: DeckDialect = {
  name: 'slidev',
  frontMatterKeys: SLIDEV_HEAD_KEYS,
  newNotes: ['comment-plain', 'comment'],
  extensions: [{ extensions: [slotExtension] }],
  read(input) {
    const head = input.frontMatter;
    const defaults = isSettings(head.defaults) ? head.defaults : {};
    const state: ReadState = { input, slides: [], defaults, mdc: head.mdc === true, lineNumbers: head.lineNumbers === true, imported: 0, reads: 0, isCapped: false };
    for (const [key, message] of Object.entries(HEAD_NOTICES)) {
      if (head[key] !== undefined && head[key] !== null && head[key] !== false) input.unsupported(`${message}.`, 1);
    }
    readFile(state, input.body, input.firstLine, input.firstLine > 1 ? head : null, { path: '', chain: [], override: {}, importLine: null });
    return { slides: state.slides, meta: { theme: themeOf(head, input) } };
  },
  notes: slidevNotes,
  finish: finishSlidevHtml,
};

/** Mimbar's theme for a Slidev theme: Slidev's themes are light unless `colorSchema: dark`. */
function themeOf(head: Settings, input: DialectInput): ThemeName {
  const theme = typeof head.theme === 'string' ? head.theme : 'default';
  const mimbarTheme: ThemeName = head.colorSchema === 'dark' ? 'black' : 'white';
  if (!PLAIN_THEMES.includes(theme)) input.unsupported(`Slidev theme \`${clip(theme)}\` is not loaded; Mimbar draws its own ${mimbarTheme === 'black' ? 'dark' : 'light'} theme instead.`, 1);
  return mimbarTheme;
}

function isTruthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

function isSettings(value: unknown): value is Settings {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads the slides of one file. `head`: the deck's head front matter, already read, which is the first
 * slide's (null for a deck without one, and for imported files, whose first front matter is their own).
 */
function readFile(state: ReadState, text: string, firstLine: number, head: Settings | null, file: FileContext, range: string | null = null): void {
  const { input } = state;
  const where = (line: number): { prefix: string; line: number } =>
    file.importLine === null ? { prefix: '', line } : { prefix: `In \`${file.path}\` (its line ${line}): `, line: file.importLine };
  const pieces = splitSlideLines(text, firstLine, head !== null);
  const wanted = new Set(slidesInRange(range, pieces.length));
  if (range !== null) {
    for (const n of wanted) if (n > pieces.length) input.warn(`Slide ${n} named by \`src: ${file.path}#${range}\` does not exist: the file has ${pieces.length}.`, file.importLine);
  }
  for (const [index, piece] of pieces.entries()) {
    if (!wanted.has(index + 1)) continue;
    const at = where(piece.startLine);
    let own: Settings = {};
    if (index === 0 && head !== null) {
      own = head;
    } else if (piece.frontMatter !== null) {
      const parsed = parseSlideFrontMatter(piece.frontMatter);
      if (parsed.error !== null) {
        const what = Object.keys(parsed.data).length > 0 ? 'Mimbar read what it could, as Slidev does' : 'it was ignored, and its lines are not shown';
        input.warn(`${at.prefix}This slide's front matter is wrong (${parsed.error}); ${what}. In Slidev a \`---\` line straight above text opens front matter: leave a blank line after \`---\` to start a slide.`, at.line);
      }
      own = parsed.data;
    }
    if (piece.unclosed) input.warn(`${at.prefix}A \`---\` line opens front matter that no \`---\` line closes; the lines are read as the slide's text.`, at.line);
    // Slidev leaves out a slide whose `hide` or `disabled` is anything truthy.
    if (isTruthy(own.hide) || isTruthy(own.disabled)) continue;
    if (typeof own.src === 'string') {
      const rest: Record<string, unknown> = { ...own };
      delete rest.src;
      readImport(state, own.src, { ...file, override: { ...rest, ...file.override } }, piece.startLine);
      continue;
    }
    if (own.src !== undefined) {
      input.warn(`${at.prefix}\`src:\` should name a Markdown file; the slide was left out.`, at.line);
      continue;
    }
    const settings: Settings = { ...state.defaults, ...own, ...file.override };
    // The head front matter's settings are reported on line 1, where it starts.
    addSlide(state, settings, piece, file, index === 0 && head !== null ? 1 : piece.startLine);
  }
}

/** The slides of the file a `src:` names, in place of the slide that names it. */
function readImport(state: ReadState, src: string, file: FileContext, line: number): void {
  const { input } = state;
  const at = file.importLine ?? line;
  const prefix = file.importLine === null ? '' : `In \`${file.path}\`: `;
  const target = resolveImport(src, folderOf(file.path));
  if (target === null) {
    input.warn(`${prefix}\`src: ${clip(src)}\` names a file outside the deck's folder; it was not read and the slide was left out.`, at);
    return;
  }
  if (target.path === file.path || file.chain.includes(target.path)) {
    input.warn(`${prefix}\`src: ${clip(src)}\` imports a file that imports it back; it was read once and the slide was left out.`, at);
    return;
  }
  if (file.chain.length + 1 > MAX_IMPORT_DEPTH) {
    input.warn(`${prefix}\`src: ${clip(src)}\` nests imports more than ${MAX_IMPORT_DEPTH} deep; it was not read.`, at);
    return;
  }
  if (state.imported >= MAX_IMPORTED_SLIDES || state.reads >= MAX_IMPORT_READS) {
    // Said once: past the cap every further import would repeat it.
    if (state.isCapped) return;
    state.isCapped = true;
    input.warn(`${prefix}\`src: ${clip(src)}\` was not read: the deck already imports ${MAX_IMPORTED_SLIDES} slides or reads ${MAX_IMPORT_READS} files.`, at);
    return;
  }
  state.reads += 1;
  const text = input.readImport === null ? null : input.readImport(target.path);
  if (text === null) {
    const why = input.readImport === null ? 'the deck was built from text alone, with no folder to read it from' : 'it is missing, not a file, or outside the deck\'s folder';
    input.warn(`${prefix}\`src: ${clip(src)}\` could not be read (${why}); the slide was left out.`, at);
    return;
  }
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chain = [...file.chain, ...(file.path === '' ? [] : [file.path])];
  readFile(state, normalized, 1, null, { path: target.path, chain, override: file.override, importLine: at }, target.range);
}

/** Adds one shown slide; `settingsLine`: where its settings are written in its own file. */
function addSlide(state: ReadState, settings: Settings, piece: SlideLines, file: FileContext, settingsLine: number): void {
  const { content, contentLine } = piece;
  const { input } = state;
  const imported = file.importLine !== null;
  const notice = (message: string, at: number): void => {
    if (imported) input.unsupported(`In \`${file.path}\` (its line ${at}): ${message}`, file.importLine);
    else input.unsupported(message, at);
  };
  const scan = scanConstructs(content, contentLine, state.mdc, notice);
  const tokens = input.lex(scan.text, contentLine);
  for (const item of tokens) numberCode(item.token, state.lineNumbers);
  if (imported) state.imported += 1;
  const read = readSlideSettings(settings, state.slides.length === 0, (message) => notice(message, settingsLine));
  const slide: DialectSlide = {
    heading: null,
    tokens,
    isTitle: false,
    section: null,
    isVertical: false,
    startLine: imported ? (file.importLine ?? piece.startLine) : piece.startLine,
    look: read.look,
    ...(read.ownTitle !== undefined ? { ownTitle: read.ownTitle } : {}),
    ...(imported ? { imported: true } : {}),
  };
  state.slides.push(slide);
}

/**
 * Code fences keep their whole info string (`ts {2|3-4}{lines:true}`): the code renderer reads Slidev's
 * highlight steps and settings from it. With the headmatter's `lineNumbers: true`, a fence that does not
 * say `lines:` itself gets Slidev's `{lines:true}` group.
 */
function numberCode(token: Token, lineNumbers: boolean): void {
  if (!lineNumbers) return;
  if (token.type === 'code' && !/\blines\s*:/.test(String(token.lang ?? ''))) {
    token.lang = `${String(token.lang ?? '')} {lines:true}`;
  }
  const children = 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [];
  for (const child of children) numberCode(child, lineNumbers);
  if (token.type === 'list') for (const item of token.items) for (const child of item.tokens) numberCode(child, lineNumbers);
}
