/**
 * Optional YAML front matter at the top of a deck: parsed with the `yaml` library (no custom tags, a
 * cap on aliases so an alias bomb cannot expand), reduced to the keys Mimbar knows. Unknown keys and
 * bad values become warnings; nothing in front matter is ever executed or passed on unchecked.
 */
import { parseDocument } from 'yaml';
import { DIALECTS, THEMES, type DeckStyle, type ThemeName } from '../../contract/deck';

export interface FrontMatter {
  title?: string;
  subtitle?: string;
  author?: string;
  institute?: string;
  /** As written; `today` is kept as is and dated when the deck is built. */
  date?: string;
  lang?: string;
  theme?: ThemeName;
  style?: DeckStyle;
  slideLevel?: number;
  condense?: boolean;
  slideNumber?: boolean;
  durationSeconds?: number;
  /** Article style: short sub-sections as one slide of bullets (default true). */
  group?: boolean;
  /** Article style: an agenda slide after the title for five sections or more (default true). */
  agenda?: boolean;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The block as YAML gave it, every key, unchecked: a dialect reads its own keys from it. */
  raw: Readonly<Record<string, unknown>>;
  /** Number of source lines the front matter block takes (0 when there is none). */
  lineCount: number;
  warnings: { message: string; line: number }[];
}

/** The parsed block before Mimbar's keys are picked: `data` is filled by `readMimbarKeys`. */
export type ParsedFrontMatter = Omit<FrontMatterResult, 'data'>;

const KNOWN_KEYS = ['title', 'subtitle', 'author', 'institute', 'date', 'lang', 'theme', 'style', 'slideLevel', 'condense', 'slideNumber', 'duration', 'group', 'agenda', 'dialect'];

/** Parses the front matter block of `text` (LF line endings), if it starts on the first line. */
export function parseFrontMatter(text: string): ParsedFrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (match === null) return { raw: {}, lineCount: 0, warnings: [] };
  const lineCount = countLines(match[0]);
  const warnings: FrontMatterResult['warnings'] = [];
  const document = parseDocument(match[1] ?? '', { customTags: [], uniqueKeys: false, prettyErrors: false });
  if (document.errors.length > 0) {
    warnings.push({ message: `Front matter is not valid YAML and was ignored: ${firstLine(document.errors[0]?.message)}`, line: 1 });
    return { raw: {}, lineCount, warnings };
  }
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    warnings.push({ message: `Front matter was ignored: ${firstLine(error instanceof Error ? error.message : String(error))}`, line: 1 });
    return { raw: {}, lineCount, warnings };
  }
  if (raw === null || raw === undefined) return { raw: {}, lineCount, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push({ message: 'Front matter must be a list of `key: value` lines; it was ignored.', line: 1 });
    return { raw: {}, lineCount, warnings };
  }
  return { raw: raw as Record<string, unknown>, lineCount, warnings };
}

/** How a dialect shares the front matter: the keys it reads itself, and whether `theme` names its tool's theme. */
export interface KeyOwnership {
  dialectKeys: readonly string[];
  /** The deck is another tool's: its `theme` (Marp's `gaia`, Slidev's `seriph`) and `style` (Marp's CSS) are that tool's, not checked here. */
  isOtherTool: boolean;
}

/** Reads Mimbar's own keys of a parsed block; keys neither Mimbar nor the dialect reads become warnings. */
export function readMimbarKeys(parsed: ParsedFrontMatter, ownership: KeyOwnership = { dialectKeys: [], isOtherTool: false }): FrontMatterResult {
  const warnings = [...parsed.warnings];
  const data = pickKnown(parsed.raw, warnings, ownership);
  return { ...parsed, data, warnings };
}

/** Parses and reads the front matter of a Mimbar deck (no dialect keys). */
export function readFrontMatter(text: string): FrontMatterResult {
  return readMimbarKeys(parseFrontMatter(text));
}

function pickKnown(raw: Readonly<Record<string, unknown>>, warnings: FrontMatterResult['warnings'], ownership: KeyOwnership): FrontMatter {
  const data: FrontMatter = {};
  const bad = (key: string, expected: string): void => {
    warnings.push({ message: `Front matter \`${key}\` should be ${expected}; it was ignored.`, line: 1 });
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key) && !ownership.dialectKeys.includes(key)) {
      warnings.push({ message: `Unknown front matter key \`${key}\` was ignored.`, line: 1 });
    }
  }
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    bad(key, 'text');
    return undefined;
  };
  const flag = (key: string): boolean | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    bad(key, '`true` or `false`');
    return undefined;
  };
  data.title = text('title');
  data.subtitle = text('subtitle');
  data.author = text('author');
  data.institute = text('institute');
  // YAML 1.2's core schema has no timestamps: `date: 2026-12-08` arrives as text.
  data.date = text('date');
  const lang = text('lang');
  if (lang !== undefined) {
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) data.lang = lang;
    else bad('lang', 'a language tag such as `id` or `en`');
  }
  const theme = ownership.isOtherTool ? undefined : text('theme');
  if (theme !== undefined) {
    if ((THEMES as readonly string[]).includes(theme)) data.theme = theme as ThemeName;
    else bad('theme', `one of ${THEMES.join(', ')}`);
  }
  const dialect = text('dialect');
  if (dialect !== undefined && !(DIALECTS as readonly string[]).includes(dialect)) bad('dialect', `one of ${DIALECTS.join(', ')}`);
  const style = ownership.isOtherTool ? undefined : text('style');
  if (style !== undefined) {
    if (style === 'article' || style === 'deck') data.style = style;
    else bad('style', '`article` or `deck`');
  }
  const level = raw.slideLevel;
  if (level !== undefined && level !== null) {
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) data.slideLevel = level;
    else bad('slideLevel', 'a heading depth from 1 to 6');
  }
  data.condense = flag('condense');
  data.group = flag('group');
  data.agenda = flag('agenda');
  data.slideNumber = flag('slideNumber');
  const duration = text('duration');
  if (duration !== undefined) {
    const seconds = parseDuration(duration);
    if (seconds === null) bad('duration', 'a length such as `45m`, `1h30m` or `90s`');
    else data.durationSeconds = seconds;
  }
  for (const key of Object.keys(data) as (keyof FrontMatter)[]) {
    if (data[key] === undefined) delete data[key];
  }
  return data;
}

/** Parses `45m`, `1h30m`, `90s`, `1:30:00`, or a bare number of minutes; null when it is none of these. */
export function parseDuration(value: string): number | null {
  const trimmed = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 60);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const units = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?$/.exec(trimmed);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return null;
}

function countLines(block: string): number {
  const newlines = block.split('\n').length - 1;
  return block.endsWith('\n') ? newlines : newlines + 1;
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0] ?? '';
}
