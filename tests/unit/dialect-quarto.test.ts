// @vitest-environment jsdom
/**
 * The Quarto dialect against the slides Quarto's documentation gives for kuliah-gempa.qmd (written out in
 * tests/fixtures/dialects/quarto/kuliah-gempa.expected.json: Quarto has no parser that runs here), small
 * decks for what the fixture misses, and the hostile deck.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialects', 'quarto');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const fragments = (slide: Slide | undefined): number => (slide?.html.match(/<[a-z][^>]*\sclass="[^"]*\bfragment\b/g) ?? []).length;
const quarto = (body: string, revealjs = ''): string => `---\nformat:\n  revealjs:\n    theme: default\n${revealjs}---\n${body}`;

interface ExpectedSlide {
  title: string | null;
  notes: string;
  fragments: number;
  background?: Record<string, string>;
  columns?: string[];
  subtitle?: string;
  author?: string;
}

describe('Quarto dialect, compared with Quarto\'s documented slides', () => {
  const expected = JSON.parse(read('kuliah-gempa.expected.json')) as { slides: ExpectedSlide[] };
  const deck = buildDeck(read('kuliah-gempa.qmd'));

  it('is read as Quarto, with Quarto\'s light default theme for `theme: simple`', () => {
    expect(deck.meta.dialect).toBe('quarto');
    expect(deck.meta.theme).toBe('white');
    expect(deck.meta.title).toBe('Gempa Bumi dan Lempeng Tektonik');
  });

  it('has the slides Quarto makes, in order, with their titles (an untitled slide is named by its first words)', () => {
    expect(deck.slides).toHaveLength(expected.slides.length);
    deck.slides.forEach((slide, index) => {
      const want = expected.slides[index]?.title ?? null;
      if (want === null) expect(slide.title).toMatch(/^Slide tanpa judul/);
      else expect(slide.title).toBe(want);
    });
  });

  it('opens with a title slide made from title, subtitle and author', () => {
    const [first] = deck.slides;
    expect(first?.html).toContain('<h1>Gempa Bumi dan Lempeng Tektonik</h1>');
    expect(first?.html).toContain(expected.slides[0]?.subtitle ?? '?');
    expect(first?.html).toContain(expected.slides[0]?.author ?? '?');
    expect(first?.notes.editable).toBe(false);
  });

  it('takes each slide\'s `::: notes` as its notes, with the div\'s exact lines', () => {
    expect(deck.slides.map((s) => s.notes.text)).toEqual(expected.slides.map((s) => s.notes));
    const lines = read('kuliah-gempa.qmd').split('\n');
    for (const slide of deck.slides) {
      for (const block of slide.notes.blocks) {
        expect(block.syntax).toBe('fenced-div');
        expect(lines[block.start - 1]).toBe('::: notes');
        expect(lines[block.end - 1]).toBe(':::');
      }
    }
  });

  it('counts the fragments Quarto shows: incremental items, pauses, fragment spans and divs', () => {
    expect(deck.slides.map(fragments)).toEqual(expected.slides.map((s) => s.fragments));
    expect(deck.slides.map((s) => countFragmentSteps(s.html))).toEqual(expected.slides.map((s) => s.fragments));
  });

  it('dresses slides from their heading attributes, and shows the heading without them', () => {
    expected.slides.forEach((want, index) => {
      const look = deck.slides[index]?.look;
      expect(look?.backgroundColor ?? null).toBe(want.background?.['background-color'] ?? null);
      const image = want.background?.['background-image'];
      expect(look?.backgroundImages).toEqual(image === undefined ? [] : [{ src: image, fit: 'cover' }]);
    });
    expect(deck.slides[1]?.html).toContain('<h2>Apa itu Gempa Bumi?</h2>');
  });

  it('lays columns out side by side at their widths', () => {
    const index = expected.slides.findIndex((s) => s.columns !== undefined);
    const html = deck.slides[index]?.html ?? '';
    expect(html).toContain('<div class="mimbar-columns">');
    const widths = [...html.matchAll(/class="mimbar-column (mimbar-w-\d+)"/g)].map((m) => m[1]);
    expect(widths).toEqual((expected.slides[index]?.columns ?? []).map((w) => `mimbar-w-${parseInt(w, 10)}`));
  });
});

describe('Quarto dialect, constructs the fixture misses', () => {
  it('makes a `#` heading a section slide, and splits at `###` only under `slide-level: 3`', () => {
    const body = '# Part\n\n## A\n\n### A.1\n\ntext\n';
    expect(buildDeck(quarto(body)).slides.map((s) => s.title)).toEqual(['Part', 'A']);
    expect(buildDeck(quarto(body, '    slide-level: 3\n')).slides.map((s) => s.title)).toEqual(['Part', 'A', 'A.1']);
  });

  it('reads a heading with only attributes as an untitled slide, with background size and classes', () => {
    const deck = buildDeck(quarto('## {background-image="img/x.png" background-size="contain" .smaller .scrollable}\n\nJust a picture.\n'));
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0]?.title).toBe('Just a picture.');
    expect(deck.slides[0]?.html).not.toContain('<h2');
    expect(deck.slides[0]?.look.backgroundImages).toEqual([{ src: 'img/x.png', fit: 'contain' }]);
    expect(deck.slides[0]?.look.classes).toEqual(['smaller', 'scrollable']);
  });

  it('makes every list item a fragment under `incremental: true`, except in `.nonincremental`', () => {
    const body = '## L\n\n- a\n- b\n\n::: {.nonincremental}\n- c\n- d\n:::\n';
    expect(fragments(buildDeck(quarto(body, '    incremental: true\n')).slides[0])).toBe(2);
    expect(fragments(buildDeck(quarto(body)).slides[0])).toBe(0);
  });

  it('keeps fragment styles and indexes on spans and divs', () => {
    const html = buildDeck(quarto('## F\n\n[one]{.fragment .fade-up fragment-index=2}\n\n::: {.fragment .highlight-red}\ntwo\n:::\n')).slides[0]?.html ?? '';
    expect(html).toContain('<span class="fragment fade-up" data-fragment-index="2">one</span>');
    expect(html).toContain('<div class="fragment highlight-red">');
  });

  it('keeps a pause\'s notes out of the fragment, and lets `::: notes` pass through a div', () => {
    const deck = buildDeck(quarto('## P\n\nfirst\n\n. . .\n\nsecond\n\n::: notes\nsay it\n:::\n'));
    expect(fragments(deck.slides[0])).toBe(1);
    expect(deck.slides[0]?.notes.text).toBe('say it');
    expect(deck.slides[0]?.html).not.toContain('say it');
  });

  it('puts the `footer` on every slide but the title slide', () => {
    const deck = buildDeck(`---\ntitle: T\nformat:\n  revealjs:\n    footer: "SMA *Negeri* 1"\n---\n## A\n\n## B\n`);
    expect(deck.slides.map((s) => s.look.footer)).toEqual([null, 'SMA <em>Negeri</em> 1', 'SMA <em>Negeri</em> 1']);
  });

  it('maps `theme: dark` to black and leaves `.r-stretch` as a notice', () => {
    const deck = buildDeck(quarto('## I\n\n![map](img/m.png){.r-stretch}\n').replace('theme: default', 'theme: dark'));
    expect(deck.meta.theme).toBe('black');
    expect(deck.slides[0]?.html).toContain('<img src="img/m.png" alt="map">');
    expect(deck.slides[0]?.html).not.toContain('{.r-stretch}');
    expect(deck.warnings.some((w) => w.kind === 'dialect' && w.message.includes('r-stretch'))).toBe(true);
  });

  it('does not hang on deeply nested or unclosed divs', () => {
    const nested = quarto(`## N\n\n${'::: {.a}\n'.repeat(2000)}x\n${':::\n'.repeat(2000)}`);
    expect(buildDeck(nested).slides).toHaveLength(1);
    expect(buildDeck(quarto(`## U\n\n${'::: {.a}\n'.repeat(2000)}`)).slides).toHaveLength(1);
    // Depth that wanders but never closes the first div: each opener's scan is bounded.
    expect(buildDeck(quarto(`## W\n\n::: {.a}\n${'::: {.b}\nx\n:::\n'.repeat(20000)}`)).slides).toHaveLength(1);
  });
});

describe('Quarto dialect, hostile deck', () => {
  const deck = buildDeck(read('hostile.md'));

  it('takes no iframe, video, handler, style or outside path into a look', () => {
    const looks = JSON.stringify(deck.slides.map((s) => s.look));
    expect(looks).not.toMatch(/iframe|embed|clip\.mp4|javascript|url\(|onclick|etc\/passwd|tracker/);
    const messages = deck.warnings.map((w) => w.message).join('\n');
    for (const refused of ['background-iframe', 'background-video', 'onclick', 'style', 'not a colour', 'climbs out']) expect(messages).toContain(refused);
  });

  it('emits no handler or style from attributes; a raw `{=html}` block stays code', () => {
    const html = deck.slides.map((s) => s.html).join('\n');
    expect(html).toContain('<span class="fragment">Click me</span>');
    expect(html).toContain('<div class="mimbar-column mimbar-w-40">');
    expect(html).not.toMatch(/<script/);
    for (const slide of deck.slides) {
      const clean = sanitizeHtml(slide.html, '/deck/');
      expect(clean).not.toMatch(/<script|<iframe|onerror|onclick|javascript:|style=/i);
      expect(clean).not.toMatch(/(?:src|href)="[^"]*tracker\.example\.com/i);
    }
  });

  it('uses the white theme for a theme path and loads none of its includes', () => {
    expect(deck.meta.theme).toBe('white');
    expect(deck.warnings.some((w) => w.kind === 'dialect' && w.message.includes('include-in-header'))).toBe(true);
  });
});
