/**
 * Condensing and fitting: turns a slide's content tokens into units (a lead-sentence bullet, a list
 * item, a block) and packs them into parts that stay within the content budget. In article style each
 * prose paragraph shows as its lead sentence and the whole paragraph becomes a derived note; lists stay
 * lists. Nothing is dropped: a unit that alone exceeds the budget gets a part of its own.
 */
import type { Marked, Tokens } from 'marked';
import { htmlToText } from './markdown';
import type { LocatedToken } from './located-token';
import { CUE_LENGTH, MAX_CUE_LENGTH, cueOf, cuesOf, cutToClause, isBulletWorthy, isInterjection, type PlainText } from './cue';
import { CUE_RULES, type CueRules } from './cue-rules';
import { splitSentences } from './sentences';

/** At most this many bullets or blocks on one slide at 1280×720. */
export const MAX_UNITS = 6;
/** About this many characters of body text on one slide at 1280×720. */
export const MAX_CHARS = 560;

/** One thing on a slide; `keepWithNext` keeps it on the part of the unit after it (a list's lead-in). */
export type Unit =
  | { kind: 'bullet'; html: string; chars: number; note: string | null; keepWithNext?: boolean }
  | { kind: 'item'; list: Tokens.List; index: number; chars: number; note: string | null; keepWithNext?: boolean }
  | { kind: 'block'; html: string; chars: number; note: string | null; keepWithNext?: boolean };

export interface FitOptions {
  condense: boolean;
  /** Split long paragraphs and lists into parts (article style); deck-style slides stay whole. */
  split: boolean;
  /** `performance.now()` after which a huge slide gives up (throws `BudgetExceeded`); none by default. */
  deadline?: number;
  /** The deck language's rules for cue bullets (condensed articles). */
  rules?: CueRules;
  /** The tokens hold short sub-sections (`RawSlide.grouped`): each heading and its text become one bullet. */
  group?: boolean;
  /** The title slide: the first paragraph's cue is its introduction, every paragraph goes to the notes. */
  title?: boolean;
}

/** A slide too large to turn into units within the deck's time budget. */
export class BudgetExceeded extends Error {
  constructor() {
    super('the time budget was exceeded');
    this.name = 'BudgetExceeded';
  }
}

/** Turns content tokens into units. A paragraph that yields no bullet leaves its text in a neighbour's notes. */
export function toUnits(markdown: Marked, tokens: LocatedToken[], options: FitOptions): Unit[] {
  const units: Unit[] = [];
  const deadline = options.deadline ?? Infinity;
  // Text with no inline Markdown or HTML in it reads as written (most prose): no need to render it.
  const plain: PlainText = (text) => (/[*_`[\]<>&\\~]/.test(text) ? htmlToText(markdown.parseInline(text) as string) : text);
  const rules = options.rules ?? CUE_RULES.en;
  let orphanNotes: string[] = [];
  const keepNote = (note: string): void => {
    const last = units[units.length - 1];
    if (last) last.note = last.note === null ? note : `${last.note}\n\n${note}`;
    else orphanNotes.push(note);
  };
  const push = (unit: Unit): void => {
    if (orphanNotes.length > 0) {
      unit.note = [...orphanNotes, ...(unit.note === null ? [] : [unit.note])].join('\n\n');
      orphanNotes = [];
    }
    units.push(unit);
  };
  let hasIntro = false;
  for (let index = 0; index < tokens.length; index += 1) {
    if (index % 256 === 255 && performance.now() > deadline) throw new BudgetExceeded();
    const { token } = tokens[index] as LocatedToken;
    const next = tokens[index + 1]?.token;
    if (token.type === 'def' || token.type === 'space') continue;
    if (options.group && token.type === 'heading') {
      // One sub-section: its heading and the paragraphs up to the next heading.
      const paragraphs: string[] = [];
      while (index + 1 < tokens.length && (tokens[index + 1] as LocatedToken).token.type !== 'heading') {
        index += 1;
        const part = (tokens[index] as LocatedToken).token;
        if (part.type === 'paragraph') paragraphs.push((part as Tokens.Paragraph).text.trim());
      }
      push(subsectionUnit(markdown, (token as Tokens.Heading).text, paragraphs, rules, plain));
    } else if (token.type === 'list') {
      const list = condenseList(markdown, token as Tokens.List, options.condense, rules, plain);
      list.shown.items.forEach((item, at) => {
        push({ kind: 'item', list: list.shown, index: at, chars: textLength(markdown.parser([{ ...list.shown, items: [item] }])), note: list.notes[at] ?? null });
      });
    } else if (token.type === 'paragraph' && isProse(token as Tokens.Paragraph)) {
      const paragraph = token as Tokens.Paragraph;
      if (options.title && options.condense) {
        // The title slide shows one line of introduction; the rest is for the presenter.
        const cue = hasIntro ? null : cueOf(paragraph.text.trim(), rules, plain);
        if (cue === null) {
          keepNote(paragraph.text.trim());
          continue;
        }
        hasIntro = true;
        const html = `<p class="mimbar-intro">${markdown.parseInline(cue) as string}</p>\n`;
        push({ kind: 'block', html, chars: textLength(html), note: paragraph.text.trim() });
        continue;
      }
      const made = paragraphUnits(markdown, paragraph, options, rules, plain, next?.type === 'list');
      if (made.length > 0) {
        for (const unit of made) push(unit);
      } else if (isInterjection(plain(paragraph.text), rules)) {
        // "Astaga!" is said, not shown.
        keepNote(paragraph.text.trim());
      } else {
        // A paragraph of a word or two ("Fine.") is no bullet, but it is the slide's text: shown as written.
        const html = markdown.parser([paragraph]);
        push({ kind: 'block', html, chars: textLength(html), note: null });
      }
    } else {
      const html = markdown.parser([token]);
      push({ kind: 'block', html, chars: textLength(html), note: null });
    }
  }
  if (orphanNotes.length > 0) units.push({ kind: 'block', html: '', chars: 0, note: orphanNotes.join('\n\n') });
  const [only] = units;
  if (units.length === 1 && only?.kind === 'bullet' && only.note !== null && options.condense && !options.group && !options.title) {
    // A section of one paragraph: its best two or three sentences, not one thin bullet.
    const cues = cuesOf(only.note, rules, plain, LONE_PARAGRAPH_CUES);
    if (cues.length > 1) {
      return cues.map((cue, index) => {
        const html = markdown.parseInline(cue) as string;
        return { kind: 'bullet' as const, html, chars: textLength(html), note: index === 0 ? only.note : null };
      });
    }
  }
  return units;
}

/** How many cues a section of one paragraph shows. */
const LONE_PARAGRAPH_CUES = 3;

/** A grouped bullet, title and cue, aims at this length (a cut cue), and never passes `MAX_CUE_LENGTH`. */
const GROUPED_BULLET_LENGTH = 130;

/** "**Sub-title** — cue": one bullet for a short sub-section; its text goes to the notes under its title. */
function subsectionUnit(markdown: Marked, heading: string, paragraphs: string[], rules: CueRules, plain: PlainText): Unit {
  const title = heading.trim();
  // The bullet, title and all, stays within the longest cue.
  const room = Math.max(60, GROUPED_BULLET_LENGTH - plain(title).length - 3);
  const cue = paragraphs.length === 0 ? null : cueOf(paragraphs.join(' '), rules, plain, Math.min(CUE_LENGTH, room), MAX_CUE_LENGTH - plain(title).length - 3);
  const html = `<strong>${markdown.parseInline(title) as string}</strong>${cue === null ? '' : ` — ${markdown.parseInline(cue) as string}`}`;
  const note = [`**${title}**`, ...paragraphs].join('\n\n');
  return { kind: 'bullet', html, chars: textLength(html), note };
}

/**
 * A list as the slide shows it: in a condensed article an item too long for a cue shows its main clause,
 * and its whole text goes to the notes.
 */
function condenseList(markdown: Marked, list: Tokens.List, condense: boolean, rules: CueRules, plain: PlainText): { shown: Tokens.List; notes: (string | null)[] } {
  const notes: (string | null)[] = [];
  if (!condense) return { shown: list, notes };
  const items = list.items.map((item) => {
    const simple = item.tokens.every((part) => part.type === 'text' || part.type === 'paragraph' || part.type === 'space');
    const text = item.text.replace(/\s*\n\s*/g, ' ').trim();
    if (!simple || plain(text).length <= CUE_LENGTH) {
      notes.push(null);
      return item;
    }
    const cut = cutToClause(text, rules, plain, CUE_LENGTH);
    const lexed = markdown.lexer(`- ${cut}`)[0] as Tokens.List | undefined;
    const replacement = lexed?.items[0];
    if (!replacement) {
      notes.push(null);
      return item;
    }
    notes.push(text);
    return { ...replacement, task: item.task, checked: item.checked, loose: item.loose };
  });
  return { shown: { ...list, items }, notes };
}

function paragraphUnits(markdown: Marked, paragraph: Tokens.Paragraph, options: FitOptions, rules: CueRules, plain: PlainText, beforeList: boolean): Unit[] {
  const source = paragraph.text.trim();
  if (options.condense) {
    // A lead-in ("… berkontribusi pada:") stays, whole, with the list it opens.
    const sentences = beforeList && /:\s*$/.test(source) ? splitSentences(source.replace(/\s*\n\s*/g, ' ')) : [];
    const last = sentences[sentences.length - 1] ?? '';
    if (last !== '' && isBulletWorthy(plain(last), rules)) {
      const rest = sentences.slice(0, -1).join(' ');
      const cue = rest === '' ? null : cueOf(rest, rules, plain);
      const leadIn = `<p class="mimbar-lead-in">${markdown.parseInline(last) as string}</p>\n`;
      const units: Unit[] = [];
      if (cue !== null) {
        const html = markdown.parseInline(cue) as string;
        units.push({ kind: 'bullet', html, chars: textLength(html), note: source });
      }
      units.push({ kind: 'block', html: leadIn, chars: textLength(leadIn), note: cue === null ? source : null, keepWithNext: true });
      return units;
    }
    const cue = cueOf(source, rules, plain);
    if (cue === null) return [];
    const html = markdown.parseInline(cue) as string;
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

/**
 * Packs units into parts within `MAX_UNITS` and `MAX_CHARS`: as few parts as greedy packing needs, with
 * the units spread evenly over them (3 + 1 becomes 2 + 2). A unit marked `keepWithNext` (a list's
 * lead-in) never ends a part.
 */
export function packUnits(units: Unit[], split: boolean): Unit[][] {
  if (!split) return [units];
  const runs = keepTogether(units);
  const greedy = packGreedy(runs);
  if (greedy.length <= 1 || runs.length > MAX_BALANCED_RUNS) return greedy.map((part) => part.flat());
  return balance(runs, greedy.length).map((part) => part.flat());
}

/** Above this many runs in one section, parts are packed greedily (balancing is quadratic). */
const MAX_BALANCED_RUNS = 120;

/** Units joined by `keepWithNext` into runs that stay on one part. */
function keepTogether(units: Unit[]): Unit[][] {
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  for (const unit of units) {
    run.push(unit);
    if (!unit.keepWithNext) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A short list item ("Lambung") takes half the room of a bullet, so a list of short items stays whole. */
const SHORT_ITEM = 50;
const weightOf = (unit: Unit): number => (unit.kind === 'item' && unit.chars < SHORT_ITEM ? 0.5 : 1);

const sizeOf = (runs: Unit[][]): { count: number; chars: number } => {
  let count = 0;
  let chars = 0;
  for (const run of runs) {
    for (const unit of run) {
      count += weightOf(unit);
      chars += unit.chars;
    }
  }
  return { count, chars };
};

function fits(runs: Unit[][]): boolean {
  if (runs.length <= 1) return true;
  const { count, chars } = sizeOf(runs);
  return count <= MAX_UNITS && chars <= MAX_CHARS;
}

function packGreedy(runs: Unit[][]): Unit[][][] {
  const parts: Unit[][][] = [];
  let part: Unit[][] = [];
  for (const run of runs) {
    if (part.length > 0 && !fits([...part, run])) {
      parts.push(part);
      part = [];
    }
    part.push(run);
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts;
}

/** What cutting a list in two adds to a packing's cost (a part of 5 units costs 100 + its characters). */
const LIST_CUT_COST = 60;

/** Splits `runs` into `k` parts that each fit, as even in units and characters as can be. */
function balance(runs: Unit[][], k: number): Unit[][][] {
  const n = runs.length;
  // Prefix sums of units and characters, so a part's size is two subtractions.
  const counts = [0];
  const chars = [0];
  runs.forEach((run, index) => {
    const size = sizeOf([run]);
    counts.push((counts[index] as number) + size.count);
    chars.push((chars[index] as number) + size.chars);
  });
  const cost = (from: number, to: number): number => {
    const count = (counts[to] as number) - (counts[from] as number);
    const length = (chars[to] as number) - (chars[from] as number);
    if (to - from > 1 && (count > MAX_UNITS || length > MAX_CHARS)) return Infinity;
    return count * count * 4 + (length / 100) ** 2;
  };
  // A part that starts inside a list costs more: a list is split only when it must be.
  const cutCost = (at: number): number => {
    const last = runs[at - 1]?.at(-1);
    const first = runs[at]?.[0];
    return last?.kind === 'item' && first?.kind === 'item' && last.list === first.list ? LIST_CUT_COST : 0;
  };
  // best[p][i]: the least cost of the first i runs in p parts; cut[p][i]: where its last part starts.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let p = 1; p <= k; p += 1) {
    for (let i = p; i <= n; i += 1) {
      for (let j = p - 1; j < i; j += 1) {
        const before = (best[p - 1] as number[])[j] as number;
        if (before === Infinity) continue;
        const total = before + cost(j, i) + cutCost(j);
        if (total < ((best[p] as number[])[i] as number)) {
          (best[p] as number[])[i] = total;
          (cut[p] as number[])[i] = j;
        }
      }
    }
  }
  if ((best[k] as number[])[n] === Infinity) return packGreedy(runs);
  const parts: Unit[][][] = [];
  for (let p = k, i = n; p > 0; p -= 1) {
    const j = (cut[p] as number[])[i] as number;
    parts.unshift(runs.slice(j, i));
    i = j;
  }
  return parts;
}

/** True when a part exceeds the budget (only possible for a single oversized unit, or in deck style). */
export function isOverBudget(part: Unit[]): boolean {
  // Blocks that show nothing by themselves (a Slidev `<v-click>` tag line, a slot marker, a comment) take no room.
  const { count, chars } = sizeOf([part.filter((unit) => !isInvisible(unit))]);
  return count > MAX_UNITS || chars > MAX_CHARS;
}

/** A block with no text and nothing that takes room on its own (no image, table, code, rule or media). */
function isInvisible(unit: Unit): boolean {
  return unit.kind === 'block' && unit.chars === 0 && !/<(?:img|svg|video|audio|picture|table|pre|canvas|object|embed|iframe|hr|math)\b/i.test(unit.html);
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
