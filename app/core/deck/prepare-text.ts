/** The first stage of a build: a deck's text made ready for lexing. Reads no file: the text is given. */
import { DIALECT_MODULES } from './dialects';
import { detectDialect, type DetectedDialect } from './dialects/detect-dialect';
import { parseFrontMatter, readMimbarKeys, type FrontMatterResult } from './front-matter';

/** A deck's text made ready for lexing: BOM and line endings normalized, front matter read. */
export interface PreparedText {
  hasBom: boolean;
  eol: '\n' | '\r\n' | '\r';
  frontMatter: FrontMatterResult;
  /** The text after the front matter (LF line endings), which is lexed. */
  body: string;
  /** Source line the body starts on. */
  firstLine: number;
  /** The tool the deck was written for; `mimbar` is refined to `article` by the deck's style when it is built. */
  detected: DetectedDialect;
}

/** Normalizes `text` (BOM dropped, line endings made LF) and reads its front matter; `hasBom`: the file had a BOM already stripped. */
export function prepareText(text: string, options: { hasBom?: boolean } = {}): PreparedText {
  const hasBom = options.hasBom === true || text.startsWith('\uFEFF');
  const hasCr = text.includes('\r');
  const crlf = hasCr ? (text.match(/\r\n/g) ?? []).length : 0;
  const withoutBom = text.replace(/^\uFEFF/, '');
  const normalized = hasCr ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const parsed = parseFrontMatter(normalized);
  const body = dropLines(normalized, parsed.lineCount);
  const detected = detectDialect(parsed.raw, body);
  const isOwn = detected.dialect === 'article' || detected.dialect === 'mimbar';
  const frontMatter = readMimbarKeys(parsed, { dialectKeys: DIALECT_MODULES[detected.dialect].frontMatterKeys, isOtherTool: !isOwn });
  const eol = hasCr ? dominantEol(text, crlf) : '\n';
  return { hasBom, eol, frontMatter, body, firstLine: parsed.lineCount + 1, detected };
}

/** The line ending most lines of `text` end with (`crlf` of them are CRLF): new lines are written with it. */
function dominantEol(text: string, crlf: number): '\n' | '\r\n' | '\r' {
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  if (cr > lf && cr > crlf) return '\r';
  return crlf > 0 && crlf * 2 >= crlf + lf + cr ? '\r\n' : '\n';
}

/** `text` without its first `count` lines (as `split('\n').slice(count).join('\n')`, without the copies). */
function dropLines(text: string, count: number): string {
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return '';
    start = next + 1;
  }
  return text.slice(start);
}
