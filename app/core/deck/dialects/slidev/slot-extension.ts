/**
 * Slidev's slot lines (`::right::`, sli.dev/guide/layout#slots) as a Marked block extension: the line
 * becomes a marker that `finish` (finish-html.ts) turns into the slot wrappers the views place,
 * `<div class="mimbar-slot mimbar-slot-right">…</div>`. The marker is a comment, so a slide whose
 * markers are not read shows nothing of them.
 */
import type { RendererExtension, TokenizerExtension, Tokens } from 'marked';
import { SLOT_NAMES } from './constructs';

export interface SlotToken extends Tokens.Generic {
  type: 'slidevSlot';
  raw: string;
  name: string;
}

/** The comment a slot line renders to; `finish` reads it back. */
export const SLOT_MARKER_PREFIX = 'mimbar-slidev-slot:';

/** The slot a written name goes to: one the views place, else the default slot. */
export function placedSlot(name: string): string {
  return SLOT_NAMES.has(name) ? name : 'default';
}

export const slotExtension: TokenizerExtension & RendererExtension = {
  name: 'slidevSlot',
  level: 'block',
  // Only the paragraph being read is searched (up to its first blank line), as for `::: notes`: searching
  // the rest of the file each time would be quadratic.
  start(src) {
    const end = src.search(/\n[ \t]*\n/);
    const match = /^::[ \t]*[\w.:-]+[ \t]*::[ \t]*$/m.exec(end === -1 ? src : src.slice(0, end));
    return match?.index;
  },
  tokenizer(src) {
    const match = /^::[ \t]*([\w.:-]+)[ \t]*::[ \t]*(?:\n|$)/.exec(src);
    if (match === null) return undefined;
    const token: SlotToken = { type: 'slidevSlot', raw: match[0], name: match[1] ?? 'default' };
    return token;
  },
  renderer(token) {
    return `<!--${SLOT_MARKER_PREFIX}${placedSlot(String((token as SlotToken).name))}-->\n`;
  },
};
