// The bundled article, built by the real engine, checked against the article's own plain text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../app/core/deck/markdown';
import { MAX_CHARS, MAX_UNITS } from '../../app/core/deck/fit';
import { loadDeck } from '../../app/core/files/load-deck';
import { sameTitle } from '../../app/core/deck/shape-lesson';
import { bulletsOf } from '../support/lesson-metrics';

const articleText = readFileSync(new URL('../fixtures/article/manfaat-hubungan-internasional.txt', import.meta.url), 'utf8');
const deckPath = new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;

/** Compares text the way a reader would: no zero-width joiners, no Markdown emphasis, single spaces. */
const normalize = (text: string): string => text.replace(/\u200d/g, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

const ARTEFACTS = /\[(Interjection|Dependent modifier|Transitional phrase)\]\s*/g;
const paragraphs = articleText
  .replace(ARTEFACTS, '')
  .split(/\n\s*\n/)
  .map((block) => block.split('\n').map((line) => normalize(line)).join('\n'))
  .filter((block) => block.length > 0);
/** Section headings: short lines without a final period, as the article sets them. */
const headings = paragraphs.slice(1).filter((block) => block.length < 110 && !/[.:]$/.test(block) && !/^\d+\.\s.*:\s/.test(block));

describe('the bundled article deck', async () => {
  const deck = await loadDeck(deckPath);
  const titles = deck.slides.map((slide) => normalize(slide.title.replace(/ \(\d+\/\d+\)$/, '')));

  it('is in Indonesian, article style, titled after the article', () => {
    expect(deck.meta).toMatchObject({ lang: 'id', style: 'article' });
    expect(normalize(deck.slides[0]?.title ?? '').toLowerCase()).toBe(normalize(paragraphs[0] ?? '').toLowerCase());
  });

  it('has a slide or a grouped bullet titled after every section heading of the article', () => {
    expect(headings.length).toBeGreaterThan(40);
    // Short sub-sections are bullets of their section's slide: "**Sub-title** — cue".
    const grouped = deck.slides.flatMap((slide) => bulletsOf(slide).map((bullet) => normalize(bullet.split(' — ')[0] ?? '')));
    // The opening section repeats the deck title and is folded into the title slide.
    const missing = headings.filter((heading) => !titles.includes(heading) && !grouped.includes(heading) && !sameTitle(heading, deck.meta.title));
    expect(missing).toEqual([]);
    expect(titles.filter((title, index) => index > 0 && sameTitle(title, deck.meta.title))).toEqual([]);
  });

  it('keeps every slide within the content budget, with no over-budget warning', () => {
    expect(deck.warnings).toEqual([]);
    for (const slide of deck.slides) {
      const body = slide.html.replace(/^<h[12]>[\s\S]*?<\/h[12]>\n/, '');
      expect(htmlToText(body).length, slide.id).toBeLessThanOrEqual(MAX_CHARS);
      // The agenda lists up to eight short section titles.
      const units = slide.html.includes('class="mimbar-agenda"') ? 8 : MAX_UNITS;
      expect((body.match(/<(li|p|pre|table|blockquote)\b/g) ?? []).length, slide.id).toBeLessThanOrEqual(units);
    }
  });

  it('shows every sentence of the article on a slide or in its notes', () => {
    const shown = normalize(deck.slides.map((slide) => `${htmlToText(slide.html)} ${slide.notes.text}`).join(' '));
    const sentences = paragraphs.flatMap((block) =>
      block.split('\n').flatMap((line) => line.replace(/^\d+\.\s+/, '').split(/(?<=[.!?:])\s+(?=\S)/)),
    );
    // The headings that repeat the deck title are shown as the front matter writes the title.
    const lost = sentences.filter((sentence) => !shown.includes(sentence) && !sameTitle(sentence, deck.meta.title));
    expect(sentences.length).toBeGreaterThan(150);
    expect(lost).toEqual([]);
  });

  it('gives notes to every slide that condensed prose', () => {
    const condensed = deck.slides.filter((slide) => slide.html.includes('class="mimbar-lead"'));
    expect(condensed.length).toBeGreaterThan(15);
    for (const slide of condensed) expect(slide.notes.origin, slide.id).toBe('derived');
  });

  it('repairs the broken emoji sequences', () => {
    expect(deck.slides.map((slide) => slide.title).join('\n')).not.toMatch(/\uFE0F[\u2640\u2642]/);
    expect(deck.slides.some((slide) => slide.html.includes('🕵️\u200d♂️'))).toBe(true);
  });
});
