/**
 * Marp's directives (marpit.marp.app/directives): which keys there are, how a comment is told to be a
 * directive, and how the values are read. Marp reads a comment's text as YAML with the fail-safe schema
 * (every value a string) after quoting the values of its own keys ("loose YAML", Marp Core's default),
 * and the comment is a directive when the result names at least one directive key; any other comment
 * is a presenter note. Global directives hold for the whole deck (the last one written wins); local ones
 * hold from their slide on; a local key written with a leading `_` (a spot directive) holds for its
 * slide only.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** Global directives: Marpit's, Marp Core's (`math`, `size`) and Marp CLI's metadata keys. */
export const GLOBAL_KEYS = ['headingDivider', 'style', 'theme', 'lang', 'math', 'size', 'title', 'author', 'description', 'image', 'keywords', 'url'] as const;
export type GlobalKey = (typeof GLOBAL_KEYS)[number];

/** Local directives, also written as spot directives with a leading `_`. */
export const LOCAL_KEYS = [
  'paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color',
] as const;
export type LocalKey = (typeof LOCAL_KEYS)[number];

/** A directive value as Marp holds it: a string, or a list of them (`class: [a, b]`, `headingDivider: [1, 2]`). */
export type DirectiveValue = string | string[];

export type Globals = Partial<Record<GlobalKey, DirectiveValue>>;
export type Locals = Partial<Record<LocalKey, DirectiveValue>>;

/** What one comment (or the front matter) says. */
export interface Directives {
  globals: Globals;
  locals: Locals;
  spots: Locals;
}

const GLOBAL_SET: ReadonlySet<string> = new Set(GLOBAL_KEYS);
const LOCAL_SET: ReadonlySet<string> = new Set(LOCAL_KEYS);

/** Every key Marp reads from front matter, for the pipeline's "unknown key" check. */
export const MARP_FRONT_MATTER_KEYS: readonly string[] = ['marp', ...GLOBAL_KEYS, ...LOCAL_KEYS, ...LOCAL_KEYS.map((key) => `_${key}`)];

/** Comments tools write for themselves (Prettier, markdownlint, remark-lint): Marp neither shows nor keeps them as notes. */
const MAGIC_COMMENTS = [/^prettier-ignore(-(start|end))?$/, /^markdownlint-((disable|enable).*|capture|restore)$/, /^lint (disable|enable|ignore).*$/];

/** A directive key followed by a colon anywhere: a comment without one cannot be a directive. */
const MENTIONS_KEY = new RegExp(`_?(?:${[...GLOBAL_KEYS, ...LOCAL_KEYS].join('|')})["']?\\s*:`);

/** The text inside a comment as Marp takes it: the first `<!-- … -->`, trimmed; '' when it never closes. */
export function commentContent(raw: string): string {
  return /<!--+\s*([\s\S]*?)\s*--+>/.exec(raw)?.[1]?.trim() ?? '';
}

/** What a comment is, as Marp reads it. */
export type CommentKind = { kind: 'directive'; directives: Directives } | { kind: 'tool' } | { kind: 'note'; text: string };

/** Reads one comment's text (`commentContent`). */
export function readComment(content: string): CommentKind {
  // Most comments are notes that name no directive key: they need no YAML.
  const directives = MENTIONS_KEY.test(content) ? directivesOf(parseLooseYaml(content)) : null;
  if (directives !== null) return { kind: 'directive', directives };
  // `marp: true` in a comment is a switch for editors, not words for the presenter.
  if (/^marp\s*:\s*\S+$/.test(content)) return { kind: 'tool' };
  if (MAGIC_COMMENTS.some((matcher) => matcher.test(content))) return { kind: 'tool' };
  return { kind: 'note', text: content };
}

/** The directives an object of keys names (front matter, or a comment's YAML), or null when it names none. */
export function directivesOf(data: unknown): Directives | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const found: Directives = { globals: {}, locals: {}, spots: {} };
  let recognized = false;
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const value = valueOf(raw);
    if (GLOBAL_SET.has(key)) {
      recognized = true;
      if (value !== null) found.globals[key as GlobalKey] = value;
    } else if (LOCAL_SET.has(key)) {
      recognized = true;
      if (value !== null) found.locals[key as LocalKey] = value;
    } else if (key.startsWith('_') && LOCAL_SET.has(key.slice(1))) {
      recognized = true;
      if (value !== null) found.spots[key.slice(1) as LocalKey] = value;
    }
  }
  return recognized ? found : null;
}

/** A value as Marp's fail-safe YAML gives it: scalars as strings (front matter was read with the full schema). */
function valueOf(raw: unknown): DirectiveValue | null {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw === null) return '';
  if (Array.isArray(raw)) return raw.filter((item) => ['string', 'number', 'boolean'].includes(typeof item)).map(String);
  return null;
}

const YAML_SPECIAL = `["'{|>~&*`;
const LOOSE_KEYS = [...GLOBAL_KEYS, ...LOCAL_KEYS].map((key) => `_?${key}`).flatMap((key) => [key, `"${key}"`, `'${key}'`]);
const LOOSE_LINE = new RegExp(`^((?:${LOOSE_KEYS.join('|')})\\s*:)(.+)$`);

/**
 * Parses a comment's text as Marp does: the values of directive keys quoted first (so `header: a: b`
 * reads as one string), then YAML with the fail-safe schema. Null when it is not YAML.
 */
export function parseLooseYaml(text: string): unknown {
  const quoted = text
    .split(/\r?\n/)
    .map((line) =>
      line.replace(LOOSE_LINE, (whole, key: string, value: string) => {
        const trimmed = value.trim();
        if (trimmed === '' || YAML_SPECIAL.includes(trimmed[0] ?? '')) return whole;
        const spaces = value.slice(0, value.length - value.trimStart().length);
        return `${key}${spaces}"${trimmed.split('"').join('\\"')}"`;
      }),
    )
    .join('\n')
    .trim();
  try {
    const document = parseDocument(quoted, { schema: 'failsafe', prettyErrors: false });
    if (document.errors.length > 0) return null;
    return plainData(document.contents);
  } catch {
    return null;
  }
}

/**
 * A parsed comment as plain data, read off the YAML tree without resolving aliases (a hostile comment's
 * self-referencing anchors would take exponential time to resolve, and no directive needs one): a map of
 * scalar keys to scalars or lists of scalars; anything else is a string or null.
 */
function plainData(node: unknown): unknown {
  if (isScalar(node)) return String(node.value);
  if (!isMap(node)) return null;
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue;
    const value = pair.value;
    if (isScalar(value)) data[String(pair.key.value)] = String(value.value);
    else if (isSeq(value)) data[String(pair.key.value)] = value.items.filter(isScalar).map((item) => String(item.value));
    else data[String(pair.key.value)] = value === null ? '' : null;
  }
  return data;
}

/** The heading levels `headingDivider` names (Marp: a number n means levels 1 to n), or null when off. */
export function headingLevels(value: DirectiveValue | undefined): number[] | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) {
    const levels = value.map((item) => Number.parseInt(item, 10));
    return [1, 2, 3, 4, 5, 6].filter((level) => levels.includes(level));
  }
  const level = Number.parseInt(value, 10);
  return level >= 1 && level <= 6 ? Array.from({ length: level }, (_, index) => index + 1) : null;
}

/** True when a `headingDivider` value changes anything (Marp ignores values it cannot read, and `false` turns it off). */
export function isHeadingDividerValue(value: DirectiveValue): boolean {
  return value === 'false' || headingLevels(value) !== null;
}

/** A directive value as one string (a list joined by spaces, as Marp does for `class`). */
export function text(value: DirectiveValue | undefined): string | undefined {
  return Array.isArray(value) ? value.join(' ') : value;
}
