/**
 * Condensing and fitting: turns a slide's content tokens into units (a lead-sentence bullet, a list
 * item, a block) and packs them into parts that stay within the content budget. In article style each
 * prose paragraph shows as its lead sentence and the whole paragraph becomes a derived note; lists stay
 * lists. Nothing is dropped: a unit that alone exceeds the budget gets a part of its own.
 */
import type { Marked, Tokens } from 'marked';
import { htmlToText } from './markdown';
import type { LocatedToken } from './located-token';
import { splitSentences } from './sentences';

/** At most this many bullets or blocks on one slide at 1280×720. */
export const MAX_UNITS = 6;
/** About this many characters of body text on one slide at 1280×720. */
export const MAX_CHARS = 450;

export type Unit =
  | { kind: 'bullet'; html: string; chars: number; note: string | null }
  | { kind: 'item'; list: Tokens.List; index: number; chars: number; note: null }
  | { kind: 'block'; html: string; chars: number; note: string | null };

export interface FitOptions {
  condense: boolean;
  /** Split long paragraphs and lists into parts (article style); deck-style slides stay whole. */
  split: boolean;
  /** `performance.now()` after which a huge slide gives up (throws `BudgetExceeded`); none by default. */
  deadline?: number;
}

/** A slide too large to turn into units within the deck's time budget. */
export class BudgetExceeded extends Error {
  constructor() {
    super('the time budget was exceeded');
    this.name = 'BudgetExceeded';
  }
}

/** Turns content tokens into units. */
export function toUnits(markdown: Marked, tokens: LocatedToken[], options: FitOptions): Unit[] {
  const units: Unit[] = [];
  const deadline = options.deadline ?? Infinity;
  for (const [index, { token }] of tokens.entries()) {
    if (index % 256 === 255 && performance.now() > deadline) throw new BudgetExceeded();
    if (token.type === 'def' || token.type === 'space') continue;
    if (token.type === 'list') {
      const list = token as Tokens.List;
      list.items.forEach((item, index) => {
        units.push({ kind: 'item', list, index, chars: textLength(markdown.parser([{ ...list, items: [item] }])), note: null });
      });
    } else if (token.type === 'paragraph' && isProse(token as Tokens.Paragraph)) {
      units.push(...paragraphUnits(markdown, token as Tokens.Paragraph, options));
    } else {
      const html = markdown.parser([token]);
      units.push({ kind: 'block', html, chars: textLength(html), note: null });
    }
  }
  return units;
}

function paragraphUnits(markdown: Marked, paragraph: Tokens.Paragraph, options: FitOptions): Unit[] {
  const source = paragraph.text.trim();
  if (options.condense) {
    const lead = splitSentences(source)[0] ?? source;
    const html = markdown.parseInline(lead) as string;
    return [{ kind: 'bullet', html, chars: textLength(html), note: source }];
  }
  const whole = markdown.parser([paragraph]);
  if (!options.split || textLength(whole) <= MAX_CHARS) return [{ kind: 'block', html: whole, chars: textLength(whole), note: null }];
  // Too long for one slide and not condensed: continue it, sentence by sentence, on the next part.
  const chunks: string[] = [];
  for (const sentence of splitSentences(source)) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && textLength(markdown.parseInline(`${last} ${sentence}`) as string) <= MAX_CHARS) {
      chunks[chunks.length - 1] = `${last} ${sentence}`;
    } else {
      chunks.push(sentence);
    }
  }
  return chunks.map((chunk) => {
    const html = `<p>${markdown.parseInline(chunk) as string}</p>\n`;
    return { kind: 'block' as const, html, chars: textLength(html), note: null };
  });
}

/** Packs units into parts, greedily, within `MAX_UNITS` and `MAX_CHARS`. */
export function packUnits(units: Unit[], split: boolean): Unit[][] {
  if (!split) return [units];
  const parts: Unit[][] = [];
  let part: Unit[] = [];
  let chars = 0;
  for (const unit of units) {
    if (part.length > 0 && (part.length >= MAX_UNITS || chars + unit.chars > MAX_CHARS)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(unit);
    chars += unit.chars;
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/** True when a part exceeds the budget (only possible for a single oversized unit, or in deck style). */
export function isOverBudget(part: Unit[]): boolean {
  return part.length > MAX_UNITS || part.reduce((sum, unit) => sum + unit.chars, 0) > MAX_CHARS;
}

/** Renders a part: consecutive bullets share one list, consecutive items of a list stay one list. */
export function renderPart(markdown: Marked, part: Unit[]): string {
  let html = '';
  for (let i = 0; i < part.length; ) {
    const unit = part[i] as Unit;
    if (unit.kind === 'bullet') {
      let items = '';
      for (; i < part.length && part[i]?.kind === 'bullet'; i += 1) items += `<li>${(part[i] as { html: string }).html}</li>\n`;
      html += `<ul class="mimbar-lead">\n${items}</ul>\n`;
    } else if (unit.kind === 'item') {
      const first = unit.index;
      let last = first;
      for (i += 1; i < part.length; i += 1) {
        const next = part[i];
        if (next?.kind !== 'item' || next.list !== unit.list || next.index !== last + 1) break;
        last = next.index;
      }
      const start = typeof unit.list.start === 'number' ? unit.list.start + first : first + 1;
      const slice: Tokens.List = { ...unit.list, start: unit.list.ordered ? start : '', items: unit.list.items.slice(first, last + 1) };
      html += markdown.parser([slice]);
    } else {
      html += unit.html;
      i += 1;
    }
  }
  return html;
}

/** A paragraph of prose, as opposed to one that only holds images. */
function isProse(paragraph: Tokens.Paragraph): boolean {
  return paragraph.tokens.some((token) => token.type !== 'image' && !(token.type === 'text' && token.raw.trim() === '') && token.type !== 'br');
}

function textLength(html: string): number {
  return htmlToText(html).length;
}
