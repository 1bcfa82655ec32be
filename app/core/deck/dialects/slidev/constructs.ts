/**
 * The Slidev constructs on a slide's text lines that Mimbar does not honour, each reported once per
 * slide with its source line, and the one text change made before lexing: with `mdc: true`, MDC
 * attribute groups (`{.red}`, `[word]{style="…"}`) are dropped. Lines inside code fences and code spans
 * are not read. Lines keep their count, so source lines stay right.
 */

/** Click tags Mimbar turns into fragments itself (finish-html.ts); every other dashed or capitalised tag is a Vue component. */
export const CLICK_TAGS: ReadonlySet<string> = new Set(['v-click', 'v-clicks', 'v-after']);

/** The slot names Mimbar's views place (Slidev's built-in layouts use no others). */
export const SLOT_NAMES: ReadonlySet<string> = new Set(['default', 'left', 'right', 'top', 'bottom']);

export const SLOT_LINE = /^::[ \t]*([\w.:-]+)[ \t]*::[ \t]*$/;

/** Ordinary HTML elements whose names carry a dash or a capital never: anything else dashed or capitalised is Vue's. */
export function isComponentName(name: string): boolean {
  if (CLICK_TAGS.has(name.toLowerCase())) return false;
  return /[A-Z]/.test(name) || name.includes('-');
}

const DIRECTIVES: readonly [RegExp, string][] = [
  [/\bv-(?:click|after)\.hide\b|\bv-click-hide\b|<v-(?:click|after)\b[^<>]{0,400}\shide\b/, 'Slidev `hide` clicks (an element hidden on a click) are not honoured; the element is shown and steps in like any click'],
  [/\bv-motion\b|:initial=|:enter=/, 'Slidev `v-motion` animations are not played; the element is shown still'],
  [/\bv-mark\b/, 'Slidev `v-mark` (hand-drawn marks) is not drawn; the text shows unmarked'],
  [/\bv-drag\b/, 'Slidev draggable elements (`v-drag`) are not positioned; they stay where the text puts them'],
  [/\bv-(?:click|after)\s*=\s*["']\s*\[|\bat\s*=\s*["']\s*\[/, 'Slidev click ranges (`[2, 4]`) are not honoured; the element steps in at the first click and stays'],
  [/\s(?::[\w-]+|v-bind:[\w-]+|@[\w-]+|v-on:[\w-]+|v-(?:if|else|show|for|html|text|model))\s*=/, 'Vue bindings and directives (`:attr`, `@event`, `v-if`…) are not run; the element is shown with its plain attributes'],
];

export interface ConstructScan {
  /** The text with MDC attributes dropped when `mdc` is on (else as given). */
  text: string;
  /** Slot names of `::name::` lines, in order. */
  slots: string[];
}

/** Scans a slide's content (its first line is source line `firstLine`), reporting through `notice(message, line)`. */
export function scanConstructs(text: string, firstLine: number, mdc: boolean, notice: (message: string, line: number) => void): ConstructScan {
  const seen = new Set<string>();
  const once = (key: string, message: string, line: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    notice(message, line);
  };
  const lines = text.split('\n');
  const slots: string[] = [];
  let fence: string | null = null;
  let inStyle = false;
  let inComment = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const at = firstLine + i;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1] !== undefined && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && (fenceMatch[2] ?? '').trim() === '') fence = null;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      scanFenceInfo(fenceMatch[2] ?? '', at, once);
      continue;
    }
    if (inStyle) {
      if (/<\/style\s*>/i.test(line)) inStyle = false;
      continue;
    }
    const slot = inComment ? null : SLOT_LINE.exec(line);
    if (slot?.[1] !== undefined) {
      slots.push(slot[1]);
      if (!SLOT_NAMES.has(slot[1])) once(`slot:${slot[1]}`, `Slidev slot \`::${slot[1]}::\` is not one Mimbar places (default, left, right, top, bottom); its content shows in the default slot.`, at);
      continue;
    }
    const outside = outsideComments(line, inComment);
    inComment = outside.isOpen;
    const code = outside.text.replace(/`[^`]*`/g, '');
    if (/^\s*<style\b/i.test(code)) {
      once('style', 'A `<style>` block on a slide is dropped: Mimbar does not apply a deck\'s own CSS.', at);
      if (!/<\/style\s*>/i.test(code)) inStyle = true;
    }
    if (/<script\b/i.test(code)) once('script', 'A `<script>` (Vue `<script setup>`) block is dropped: Mimbar runs no script from a deck.', at);
    if (/^\s*<<<\s*@?\//.test(code)) once('snippet', 'Slidev code snippet imports (`<<< @/…`) are not read; the line shows as written.', at);
    if (code.includes('{{')) once('mustache', 'Vue interpolations (`{{ … }}`) are not evaluated; they show as written.', at);
    for (const match of code.matchAll(/<([A-Za-z][\w-]*)(?=[\s/>]|$)/g)) {
      const name = match[1] ?? '';
      if (isComponentName(name)) once(`component:${name}`, `Vue component \`<${name}>\` is not run; Mimbar shows a labelled box in its place.`, at);
    }
    for (const [pattern, message] of DIRECTIVES) {
      if (pattern.test(code)) once(message, `${message}.`, at);
    }
    if (/^\s*<template\b/i.test(code)) once('template', 'Vue `<template>` blocks (`<template v-slot:right>`) are not read; use `::right::` slot lines.', at);
    if (mdc) {
      const dropped = dropMdcAttributes(line);
      if (dropped !== line) {
        lines[i] = dropped;
        once('mdc', 'MDC attributes (`{.class}`, `{style="…"}`) are dropped: Mimbar does not apply a deck\'s own CSS.', at);
      }
    }
  }
  return { text: mdc ? lines.join('\n') : text, slots };
}

/** The parts of `line` outside HTML comments, and whether a comment is still open after it. */
function outsideComments(line: string, isOpen: boolean): { text: string; isOpen: boolean } {
  let text = '';
  let cursor = 0;
  let open = isOpen;
  while (cursor < line.length) {
    if (open) {
      const end = line.indexOf('-->', cursor);
      if (end === -1) return { text, isOpen: true };
      cursor = end + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', cursor);
      if (start === -1) return { text: text + line.slice(cursor), isOpen: false };
      text += `${line.slice(cursor, start)} `;
      cursor = start + 4;
      open = true;
    }
  }
  return { text, isOpen: open };
}

/** Reports what a code fence's info string asks of Slidev that Mimbar does not do: Monaco, Twoslash, magic move, PlantUML, Mermaid options (line highlights and numbers it does). */
function scanFenceInfo(info: string, line: number, once: (key: string, message: string, line: number) => void): void {
  const words = info.trim();
  const lang = /^\S*/.exec(words)?.[0] ?? '';
  // Mermaid blocks are drawn (app/core/deck/diagrams/); their `{theme, scale}` options are Slidev's own.
  if (lang === 'mermaid') {
    if (/\{[^}]*\}/.test(words)) once('mermaid-options', 'Slidev Mermaid options (`{theme: …, scale: …}`) are not applied; the diagram takes the slide\'s colours and fits the slide.', line);
    return;
  }
  if (/\{\s*monaco(?:-run|-diff)?\b[^}]*\}/.test(words)) once('monaco', 'Slidev Monaco editors (`{monaco}`) are not run; the code is shown as a plain code block.', line);
  if (/\btwoslash\b/.test(words)) once('twoslash', 'Slidev Twoslash type hints are not shown; the code is shown as a plain code block.', line);
  if (/\bmagic-move\b/.test(words)) once('magic-move', 'Slidev Shiki Magic Move is not animated; every step\'s code is shown.', line);
  if (lang === 'plantuml') once(lang, 'A plantuml diagram is not drawn; its source is shown as a code block.', line);
}

/**
 * The line without MDC attribute groups: `{` followed by `.class`, `#id` or `key=` up to `}`, bounded
 * in length so a line cannot make the scan slow. `[word]{.x}` keeps `word`.
 */
function dropMdcAttributes(line: string): string {
  // Code spans are left as written: `{.red}` in backticks is an example, not an attribute.
  return line
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : dropMdcOutsideCode(part)))
    .join('');
}

function dropMdcOutsideCode(line: string): string {
  return line
    .replace(/\[([^\]\n]{0,500})\]\{(?=\s*[.#\w-])[^{}\n]{0,300}\}/g, (whole, word: string, offset: number, all: string) => (isMdcGroup(whole.slice(word.length + 2)) && all[offset + whole.length] !== '(' ? word : whole))
    .replace(/\s?\{[^{}\n]{1,300}\}/g, (whole) => (isMdcGroup(whole.trim()) ? '' : whole));
}

function isMdcGroup(group: string): boolean {
  const inner = group.slice(1, -1).trim();
  return /^(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+)))*$/.test(inner);
}
