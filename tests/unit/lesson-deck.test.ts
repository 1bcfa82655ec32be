// The article becomes a lesson a teacher can present unchanged: measured on the bundled article, on the
// same article hard-wrapped at 78 columns (as most Markdown in repositories is), and on two other long
// articles (one English, one Indonesian without front matter). The figures are those of issue 17.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { hardWrap } from '../support/hard-wrap';
import { lessonMetrics } from '../support/lesson-metrics';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const article = read('slides/manfaat-hubungan-internasional.md');
const DECKS: [name: string, text: string, lang: string][] = [
  ['the bundled article', article, 'id'],
  ['the bundled article, hard-wrapped at 78 columns', hardWrap(article), 'id'],
  ['an English lesson on the water cycle', read('tests/fixtures/lessons/water-cycle.md'), 'en'],
  ['an Indonesian lesson on digestion, with no front matter', read('tests/fixtures/lessons/sistem-pencernaan.md'), 'id'],
];

describe('article decks are lessons', () => {
  for (const [name, text, lang] of DECKS) {
    describe(name, () => {
      const deck = buildDeck(text);
      const metrics = lessonMetrics(deck, text);

      it(`is read as ${lang}, with a title slide and an agenda`, () => {
        expect(deck.meta.lang).toBe(lang);
        expect(deck.slides[0]?.html).toMatch(/^<h1>/);
        expect(deck.slides[1]?.html).toContain('class="mimbar-agenda"');
      });

      it('holds 2–6 bullets or items on at least 70 % of its content slides', () => {
        expect(metrics.contentSlides).toBeGreaterThan(8);
        expect(metrics.denseShare).toBeGreaterThanOrEqual(0.7);
      });

      it('keeps bullets short: none over 160 characters, the median at most 110', () => {
        expect(metrics.maxBulletLength).toBeLessThanOrEqual(160);
        expect(metrics.medianBulletLength).toBeLessThanOrEqual(110);
      });

      it('has no bullet that opens with a connective, is an interjection or a fragment, or stops where a source line does; no repeated title; balanced parts', () => {
        expect(metrics.problems).toEqual([]);
      });

      it('keeps every paragraph, word for word, on a slide or in that slide\'s notes', () => {
        const kept = deck.slides.map((slide) => `${slide.html}\n${slide.notes.markdown}`).join('\n').replace(/\s+/g, ' ');
        const paragraphs = text.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n\s*\n/)
          .map((block) => block.trim())
          .filter((block) => block !== '' && !block.startsWith('#') && !/^(\d+\.|[-*])\s/.test(block))
          .map((block) => block.replace(/\s+/g, ' '));
        expect(paragraphs.length).toBeGreaterThan(10);
        expect(paragraphs.filter((paragraph) => !kept.includes(paragraph))).toEqual([]);
      });
    });
  }

  it('turns grouping and the agenda off when the front matter says so', () => {
    const text = `---\ntitle: T\ngroup: false\nagenda: false\n---\n${article.replace(/^---\n[\s\S]*?\n---\n/, '')}`;
    const deck = buildDeck(text);
    expect(deck.slides.some((slide) => slide.html.includes('mimbar-agenda'))).toBe(false);
    expect(deck.slides.some((slide) => slide.id === 'pertukaran-informasi-intelijen')).toBe(true);
  });
});
