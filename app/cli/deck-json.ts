/** The JSON shape `mimbar build --json` prints: stable, documented in the README. */
import type { Deck, LineRange } from '../contract/deck';
import { countFragmentSteps } from '../core/export/fragment-steps';

export interface DeckJson {
  title: string;
  author: string | null;
  lang: string;
  style: string;
  /** The tool's rules the deck was read with: article, mimbar, slidev, marp, reveal or quarto. */
  dialect: string;
  /** Why that dialect ("front matter `marp: true`"). */
  dialectReason: string;
  slides: {
    id: string;
    title: string;
    section: string | null;
    h: number;
    v: number;
    /** Presenter notes as plain text. */
    notes: string;
    notesOrigin: string;
    lines: LineRange;
    notesLines: LineRange[];
    part: { n: number; of: number } | null;
    placeholder: boolean;
    /** Fragment steps: how many presses reveal the slide's fragments (0 when it has none). */
    fragments: number;
    layout: string;
    classes: string[];
    backgroundColor: string | null;
    /** Background images as written in the deck. */
    backgroundImages: string[];
  }[];
  warnings: { slide: string | null; line: number | null; message: string }[];
}

/** Reduces a deck to what the CLI prints. */
export function toDeckJson(deck: Deck): DeckJson {
  return {
    title: deck.meta.title,
    author: deck.meta.author,
    lang: deck.meta.lang,
    style: deck.meta.style,
    dialect: deck.meta.dialect,
    dialectReason: deck.meta.dialectReason,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      title: slide.title,
      section: slide.section,
      h: slide.h,
      v: slide.v,
      notes: slide.notes.text,
      notesOrigin: slide.notes.origin,
      lines: slide.range,
      notesLines: slide.notes.blocks.map(({ start, end }) => ({ start, end })),
      part: slide.part,
      placeholder: slide.isPlaceholder,
      fragments: countFragmentSteps(slide.html),
      layout: slide.look.layout,
      classes: slide.look.classes,
      backgroundColor: slide.look.backgroundColor,
      backgroundImages: slide.look.backgroundImages.map((image) => image.src),
    })),
    warnings: deck.warnings.map((warning) => ({ slide: warning.slide, line: warning.line, message: warning.message })),
  };
}

/** A readable summary: count, titles, warnings. */
export function formatSummary(deck: Deck, fileName: string): string {
  const lines = [`${deck.meta.title} — ${deck.slides.length} slides (${deck.meta.dialect} dialect, lang ${deck.meta.lang}) from ${fileName}`, ''];
  for (const [index, slide] of deck.slides.entries()) {
    const position = slide.v > 0 ? `${slide.h + 1}.${slide.v + 1}` : `${slide.h + 1}`;
    const indent = slide.section !== null || slide.v > 0 ? '    ' : '  ';
    const notes = slide.notes.origin === 'none' ? '' : ` [notes: ${slide.notes.origin}]`;
    lines.push(`${String(index + 1).padStart(4)}  ${indent}${position.padEnd(6)}${slide.title}${notes}`);
  }
  if (deck.warnings.length > 0) {
    lines.push('', `${deck.warnings.length} warning(s):`);
    for (const warning of deck.warnings) lines.push(`  ${warning.line === null ? '' : `line ${warning.line}: `}${warning.message}`);
  } else {
    lines.push('', 'No warnings.');
  }
  return `${lines.join('\n')}\n`;
}
