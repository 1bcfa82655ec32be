/**
 * Which tool a deck was written for, told from what the file says: front matter `dialect:` first, then
 * a key only that tool reads (`marp: true`, Quarto's `format: revealjs`, reveal-md's `revealOptions` or
 * separators, Slidev's headmatter keys), then constructs only that tool writes (Slidev's per-slide
 * front matter and slots, Marp's directive comments, reveal's `.slide:`/`.element:` comments, Quarto's
 * attribute headings and fenced divs). A deck that says none of these is Mimbar's own, an article or a
 * `---` deck. The scans read each line once, outside code fences.
 */
import { closesFence, fenceOpenedBy } from '../code-fence';
import { DIALECTS, type Dialect } from '../../../contract/deck';

export interface DetectedDialect {
  dialect: Dialect;
  /** Why, in words `build` and `check` print: "front matter `marp: true`". */
  reason: string;
}

/** Slidev headmatter keys no other dialect uses (sli.dev/custom/#headmatter). */
const SLIDEV_KEYS = [
  'highlighter', 'drawings', 'transition', 'mdc', 'colorSchema', 'fonts', 'info', 'layout', 'background', 'canvasWidth',
  'aspectRatio', 'routerMode', 'addons', 'themeConfig', 'download', 'exportFilename', 'lineNumbers', 'monaco', 'selectable',
  'record', 'contextMenu', 'wakeLock', 'seoMeta', 'hideInToc', 'htmlAttrs', 'presenter', 'browserExporter', 'twoslash', 'defaults',
];
const SLIDEV_THEMES = ['seriph', 'apple-basic', 'bricks', 'shibainu', 'academic', 'penguin', 'geist'];
const REVEAL_MD_KEYS = ['revealOptions', 'separator', 'verticalSeparator', 'notesSeparator', 'highlightTheme'];

/** Marp directive comments: `<!-- paginate: true -->`, `<!-- _class: lead -->` (marpit.marp.app/directives). */
const MARP_DIRECTIVE = /^\s*<!--\s*_?(?:paginate|headingDivider|backgroundColor|backgroundImage|backgroundPosition|backgroundRepeat|backgroundSize|class|header|footer|color|marp)\s*:/;
const REVEAL_ATTRIBUTES = /<!--\s*\.(?:slide|element)\s*:/;
const SLIDEV_SLOT = /^::[A-Za-z][\w-]*::\s*$/;
const SLIDEV_CLICK = /<v-clicks?\b|\bv-click\b/;
const SLIDE_FRONT_MATTER_KEY = /^(?:layout|class|transition|clicks|hideInToc|level|src|disabled|hide|image|background|preload|routeAlias|zoom|dragPos)\s*:/;
const QUARTO_HEADING_ATTRIBUTES = /^#{1,6}\s.*\{[^}]*(?:background-[a-z-]+|\.smaller|\.scrollable|auto-animate)\s*=?[^}]*\}\s*$/;
const QUARTO_DIV = /^:::+\s*\{?\s*\.(?:columns|column|incremental|nonincremental|fragment|r-stack|callout[\w-]*)\b/;

/** The dialect of a deck with head front matter `frontMatter` and `body` after it (LF line endings). */
export function detectDialect(frontMatter: Readonly<Record<string, unknown>>, body: string): DetectedDialect {
  const named = frontMatter.dialect;
  if (typeof named === 'string' && (DIALECTS as readonly string[]).includes(named)) return { dialect: named as Dialect, reason: 'front matter `dialect:`' };
  if (frontMatter.marp === true) return { dialect: 'marp', reason: 'front matter `marp: true`' };
  if (isQuartoFormat(frontMatter.format)) return { dialect: 'quarto', reason: 'front matter `format: revealjs`' };
  const revealKey = REVEAL_MD_KEYS.find((key) => key in frontMatter);
  if (revealKey !== undefined) return { dialect: 'reveal', reason: `front matter \`${revealKey}\`` };
  const slidevKey = SLIDEV_KEYS.find((key) => key in frontMatter);
  if (slidevKey !== undefined) return { dialect: 'slidev', reason: `front matter \`${slidevKey}\`` };
  if (typeof frontMatter.theme === 'string' && SLIDEV_THEMES.includes(frontMatter.theme)) return { dialect: 'slidev', reason: `front matter \`theme: ${frontMatter.theme}\`` };
  return detectFromBody(body);
}

function isQuartoFormat(format: unknown): boolean {
  if (typeof format === 'string') return format === 'revealjs';
  return format !== null && typeof format === 'object' && !Array.isArray(format) && 'revealjs' in format;
}

/**
 * The first construct in the body that only one tool writes, outside code fences. Only a deck counts (a
 * body with a `---` line): an article that borrows another tool's notes or attribute comments stays an
 * article. Marp's `headingDivider`, which splits without `---`, counts anywhere.
 */
function detectFromBody(body: string): DetectedDialect {
  const { found, hasSeparator } = scanBody(body.split('\n'));
  if (found === null) return { dialect: 'mimbar', reason: 'nothing names another tool' };
  if (found.isSplitting || hasSeparator) return { dialect: found.dialect, reason: found.reason };
  return { dialect: 'mimbar', reason: `an article (no \`---\` line), though it has ${found.reason}` };
}

/** The first telling construct, and whether a `---` line stands outside code fences and comments. */
function scanBody(lines: readonly string[]): { found: (DetectedDialect & { isSplitting: boolean }) | null; hasSeparator: boolean } {
  let found: (DetectedDialect & { isSplitting: boolean }) | null = null;
  let hasSeparator = false;
  let fence: string | null = null;
  let isInComment = false;
  for (let i = 0; i < lines.length && !(found !== null && hasSeparator); i += 1) {
    const line = lines[i] ?? '';
    if (isInComment) {
      if (line.includes('-->')) isInComment = false;
      continue;
    }
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const opened = fenceOpenedBy(line);
    if (opened !== null) {
      fence = opened;
      continue;
    }
    if (/^---\s*$/.test(line)) hasSeparator = true;
    found ??= constructAt(lines, i);
    const open = line.lastIndexOf('<!--');
    if (open !== -1 && !line.slice(open + 4).includes('-->')) isInComment = true;
  }
  return { found, hasSeparator };
}

/** The dialect construct on line `i`, if any. */
function constructAt(lines: readonly string[], i: number): (DetectedDialect & { isSplitting: boolean }) | null {
  const line = lines[i] ?? '';
  const at = `line ${i + 1}`;
  // A directive comment on one line, or one opened alone on a line with the directive on the next.
  const directive = MARP_DIRECTIVE.test(line) ? line : /^\s*<!--\s*$/.test(line) && MARP_DIRECTIVE.test(`<!-- ${lines[i + 1] ?? ''}`) ? lines[i + 1] ?? '' : null;
  if (directive !== null) return { dialect: 'marp', reason: `a Marp directive comment (${at} of the body)`, isSplitting: /headingDivider/.test(directive) };
  if (REVEAL_ATTRIBUTES.test(line)) return { dialect: 'reveal', reason: `a reveal.js attribute comment (${at} of the body)`, isSplitting: false };
  if (SLIDEV_SLOT.test(line) || SLIDEV_CLICK.test(line)) return { dialect: 'slidev', reason: `a Slidev slot or click (${at} of the body)`, isSplitting: false };
  // Slidev's per-slide front matter: a `---` line, then `key: value` lines of Slidev's keys, then `---`.
  if (/^---\s*$/.test(line) && SLIDE_FRONT_MATTER_KEY.test(lines[i + 1] ?? '') && closesFrontMatter(lines, i + 1)) {
    return { dialect: 'slidev', reason: `a Slidev slide front matter block (${at} of the body)`, isSplitting: true };
  }
  if (QUARTO_HEADING_ATTRIBUTES.test(line) || QUARTO_DIV.test(line) || /^\. \. \.\s*$/.test(line)) {
    return { dialect: 'quarto', reason: `a Quarto construct (${at} of the body)`, isSplitting: false };
  }
  return null;
}

/** Whether lines from `from` are `key: value` (or indented) lines up to a closing `---`, within 40 lines. */
function closesFrontMatter(lines: readonly string[], from: number): boolean {
  for (let i = from; i < Math.min(lines.length, from + 40); i += 1) {
    const line = lines[i] ?? '';
    if (/^---\s*$/.test(line)) return true;
    if (!/^(?:[A-Za-z_][\w-]*\s*:|\s+\S|\s*#|\s*$)/.test(line)) return false;
  }
  return false;
}
