// @vitest-environment jsdom
/**
 * The reveal dialect against reveal.js's own Markdown plugin (run in jsdom by tests/support/peer-decks.ts):
 * each fixture deck is built by Mimbar and read by the plugin, and the slides must agree one by one
 * (count, vertical place, title, notes, fragments, backgrounds). The hostile deck must give nothing that
 * runs, loads from afar or names a file outside the deck's folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';
import { revealMdReference, type PeerDeck } from '../support/peer-decks';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialects', 'reveal');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
/** plain-reveal.md names no tool: front matter `dialect: reveal` reads it as reveal-md would. */
const asReveal = (text: string, extra = ''): string => `---\ndialect: reveal\n${extra}---\n${text}`;
const fragments = (slide: Slide): number => (slide.html.match(/<[a-z][^>]*\sclass="[^"]*\bfragment\b/g) ?? []).length;

/** Mimbar's slides and the plugin's, side by side, in the fields both decide. */
function compare(deck: Deck, reference: PeerDeck): void {
  expect(deck.slides.map((s) => s.title)).toEqual(reference.slides.map((s) => s.title));
  expect(deck.slides.map((s) => s.v > 0)).toEqual(reference.slides.map((s) => s.vertical ?? false));
  expect(deck.slides.map((s) => s.notes.text)).toEqual(reference.slides.map((s) => s.notes));
  expect(deck.slides.map(fragments)).toEqual(reference.slides.map((s) => s.fragments));
}

describe('reveal dialect, compared with reveal.js / reveal-md', () => {
  it('reads plain-reveal.md with reveal-md\'s defaults as the plugin does: `---` under a line of text splits, `--` does not', () => {
    const text = asReveal(read('plain-reveal.md'));
    const deck = buildDeck(text);
    expect(deck.meta.dialect).toBe('reveal');
    compare(deck, revealMdReference(text));
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides[2]?.html).toContain('<h3>Chloroplasts up close</h3>');
  });

  it('stacks slides under a `verticalSeparator` named in front matter', () => {
    const text = asReveal(read('plain-reveal.md'), "verticalSeparator: '^\\r?\\n--\\r?\\n$'\n");
    const deck = buildDeck(text);
    const reference = revealMdReference(text);
    expect(reference.slides.filter((s) => s.vertical).map((s) => s.title)).toEqual(['Chloroplasts up close', 'Stomata']);
    compare(deck, reference);
    expect(deck.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [3, 0], [4, 0], [5, 0], [6, 0]]);
  });

  it('takes notes by reveal\'s rule: an indented `Note:` stays on the slide, two `Note:` lines give none (with a warning)', () => {
    const deck = buildDeck(asReveal(read('plain-reveal.md')));
    const indented = deck.slides.find((s) => s.title === 'A note about notes');
    expect(indented?.notes.origin).toBe('none');
    expect(indented?.html).toContain('Note: this line starts with spaces');
    const two = deck.slides.find((s) => s.title === 'Two notes');
    expect(two?.notes.origin).toBe('none');
    expect(two?.html).toContain('Note: second');
    expect(deck.warnings.some((w) => w.message.includes('more than one notes line'))).toBe(true);
  });

  it('gives each notes block its exact source lines and syntax', () => {
    const text = asReveal(read('plain-reveal.md'));
    const lines = text.split('\n');
    const deck = buildDeck(text);
    const plants = deck.slides.find((s) => s.title === 'What plants need');
    expect(plants?.notes.blocks).toEqual([{ start: 12, end: 12, syntax: 'note-prefix' }]);
    expect(lines[11]).toBe('Note: Ask who has grown a plant at home.');
    const where = deck.slides.find((s) => s.title === 'Where it happens');
    expect(where?.notes.blocks).toEqual([{ start: 22, end: 22, syntax: 'aside' }]);
    expect(lines[21]).toBe('<aside class="notes">Show the microscope photo here.</aside>');
  });

  it('reads reveal-md-deck.md as reveal-md does: its own separators, `.slide:` backgrounds, `.element:` fragments, theme', () => {
    const text = read('reveal-md-deck.md');
    const deck = buildDeck(text);
    const reference = revealMdReference(text);
    compare(deck, reference);
    expect(deck.slides[1]?.look.backgroundColor).toBe('#ff0000');
    expect(reference.slides[1]?.attributes).toEqual({ 'data-background': '#ff0000' });
    expect(deck.slides[5]?.look.backgroundImages).toEqual([{ src: 'img/peta.png', fit: 'cover' }]);
    expect(reference.slides[5]?.attributes).toEqual({ 'data-background-image': 'img/peta.png' });
    expect(deck.slides[2]?.html).toContain('<p class="fragment">Candi Prambanan </p>');
    expect(countFragmentSteps(deck.slides[2]?.html ?? '')).toBe(2);
    // `---` is no separator in this deck: the rule stays on the slide.
    expect(deck.slides[6]?.html).toContain('<hr>');
    // solarized is a light reveal.js theme.
    expect(deck.meta.theme).toBe('white');
    expect(deck.warnings.filter((w) => w.kind === 'dialect').map((w) => w.message).join('\n')).toContain('`transition`');
  });

  it('splits inside a code fence too, as the plugin does (the separator is a pattern on the raw text)', () => {
    const text = asReveal('## Settings\n```yaml\nname: kelas\n---\nroom: 2\n```\n');
    expect(buildDeck(text).slides).toHaveLength(revealMdReference(text).slides.length);
    expect(buildDeck(text).slides).toHaveLength(2);
  });

  it('maps `.slide:` classes, sizes and colours; `.element:` sets only class, id and data-fragment-index', () => {
    const deck = buildDeck(asReveal([
      '<!-- .slide: class="lead invert" data-background-image="img/a.png" data-background-size="contain" data-transition="zoom" id="intro" -->',
      '## One',
      '- a',
      '- b <!-- .element: class="fragment fade-up" data-fragment-index="2" title="x" -->',
      '',
      '---',
      '<!-- .slide: data-background-color="rgb(0, 10, 20)" data-visibility="x" -->',
      '## Two',
      '',
      '---',
      '<!-- .slide: data-visibility="hidden" -->',
      '## Hidden',
    ].join('\n')));
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two']);
    const [one, two] = deck.slides;
    expect(one?.look.classes).toEqual(['lead', 'invert']);
    expect(one?.look.backgroundImages).toEqual([{ src: 'img/a.png', fit: 'contain' }]);
    expect(one?.html).toContain('<li class="fragment fade-up" data-fragment-index="2">b </li>');
    expect(one?.html).not.toContain('title="x"');
    expect(one?.html).not.toContain('.slide:');
    expect(two?.look.backgroundColor).toBe('rgb(0, 10, 20)');
    const notices = deck.warnings.filter((w) => w.kind === 'dialect').map((w) => w.message).join('\n');
    expect(notices).toContain('`data-transition`');
    expect(notices).toContain('`id`');
    expect(notices).toContain('`title`');
  });

  it('dresses the element before an `.element:` comment on its own line, and a list\'s last item, as the plugin does', () => {
    const text = asReveal('## E\n\nFirst\n<!-- .element: class="fragment" -->\n\n- a\n- b\n<!-- .element: class="fragment" -->\n\n![x](img/x.png) <!-- .element: id="pic" -->\n');
    const reference = revealMdReference(text);
    const slide = buildDeck(text).slides[0];
    expect(fragments(slide as Slide)).toBe(reference.slides[0]?.fragments);
    expect(reference.slides[0]?.html).toContain('<p class="fragment">First');
    expect(slide?.html).toContain('<p class="fragment">First');
    expect(reference.slides[0]?.html).toContain('<li class="fragment">b</li>');
    expect(slide?.html).toContain('<li class="fragment">b</li>');
    expect(slide?.html).toContain('<img src="img/x.png" alt="x" id="pic">');
  });

  it('maps reveal.js themes onto Mimbar\'s: dark ones to black, light ones to white, reveal-md\'s default black', () => {
    expect(buildDeck(asReveal('# A\n', 'theme: night\n')).meta.theme).toBe('black');
    expect(buildDeck(asReveal('# A\n', 'theme: simple\n')).meta.theme).toBe('white');
    expect(buildDeck(asReveal('# A\n')).meta.theme).toBe('black');
  });

  it('refuses a separator pattern that could hang the build, and still finishes', { timeout: 10_000 }, () => {
    const hostile = asReveal(`${'a'.repeat(400)}!\n\n`.repeat(300), "separator: '(a+)+$'\nnotesSeparator: '(a|aa)*b'\n");
    const deck = buildDeck(hostile);
    expect(deck.slides).toHaveLength(1);
    expect(deck.warnings.filter((w) => w.message.includes('is refused (it repeats a group)'))).toHaveLength(2);
  });

  it('runs an allowed but slow pattern line by line, so it finishes too', { timeout: 10_000 }, () => {
    // Two open-ended repeats are allowed; on a long run of spaces they backtrack, but only within one line.
    const slow = asReveal(`${' '.repeat(499)}\n`.repeat(400), "separator: '\\s*\\s*x'\n");
    expect(buildDeck(slow).slides.length).toBeLessThanOrEqual(1);
  });

  it('refuses invalid and over-long patterns with a warning, and keeps reveal-md\'s default', () => {
    const deck = buildDeck(asReveal('# A\n\n---\n\n# B\n', `separator: '(['\nverticalSeparator: '${'x'.repeat(200)}'\n`));
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(deck.warnings.map((w) => w.message).join('\n')).toMatch(/not a valid regular expression[\s\S]*longer than/);
  });

  it('splits mid-line on a one-line separator, as reveal.js does', () => {
    const text = asReveal('# A <!--s--> # B\n', "separator: '<!--s-->'\n");
    expect(buildDeck(text).slides).toHaveLength(revealMdReference(text).slides.length);
  });
});

describe('reveal: code blocks', () => {
  it('keeps `[1|2-3]` on the fence: line numbers and one fragment step per further highlight, as the highlight plugin does', () => {
    const deck = buildDeck(asReveal('# Code\n\n```js [1|2-3]\nlet a = 1;\nlet b = 2;\nlet c = 3;\n```\n'));
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<code class="language-js">');
    expect([...html.matchAll(/mimbar-line-number" aria-hidden="true">(\d+)</g)].map((match) => match[1])).toEqual(['1', '2', '3', '1', '2', '3']);
    expect(fragments(deck.slides[0] as Slide)).toBe(1);
    expect(html).not.toContain('[1|2-3]');
  });
});

describe('reveal dialect, hostile deck', () => {
  const deck = buildDeck(read('hostile.md'));
  const looks = JSON.stringify(deck.slides.map((s) => s.look));

  it('reads it as reveal-md does, slide for slide', () => {
    const reference = revealMdReference(read('hostile.md'));
    expect(deck.slides).toHaveLength(reference.slides.length);
    expect(deck.slides.slice(0, 5).map((s) => s.title)).toEqual(reference.slides.slice(0, 5).map((s) => s.title));
  });

  it('takes no iframe, video, handler, style, script URL or outside path into a look', () => {
    expect(looks).not.toMatch(/iframe|embed|clip\.mp4|javascript|url\(|onclick|etc\/passwd|tracker/);
    expect(deck.slides.every((s) => s.look.backgroundImages.length === 0 && s.look.backgroundColor === null)).toBe(true);
    const messages = deck.warnings.map((w) => w.message).join('\n');
    for (const refused of ['data-background-iframe', 'data-background-video', 'onclick', 'style', 'url(javascript:alert(1))', '../../../../etc/passwd']) {
      expect(messages).toContain(refused);
    }
  });

  it('sets no handler or style from `.element:`, and keeps its class', () => {
    const html = deck.slides[4]?.html ?? '';
    expect(html).toContain('<p class="fragment">Click me </p>');
    expect(html).not.toMatch(/onclick|style=/);
  });

  it('emits no `.slide:` comment text, and after the sanitizer nothing runs or loads from afar', () => {
    for (const slide of deck.slides) {
      expect(slide.html).not.toContain('.slide:');
      const clean = sanitizeHtml(slide.html, '/deck/');
      expect(clean).not.toMatch(/<script|<iframe|onerror|onclick|javascript:/i);
      // A remote image is shown as a stand-in naming its address, never loaded.
      expect(clean).not.toMatch(/(?:src|href)="[^"]*tracker\.example\.com/i);
    }
  });

  it('uses Mimbar\'s black theme for a theme path, and loads none of its css or scripts', () => {
    expect(deck.meta.theme).toBe('black');
    const notices = deck.warnings.filter((w) => w.kind === 'dialect').map((w) => w.message).join('\n');
    expect(notices).toContain('`css` is not loaded');
    expect(notices).toContain('`scripts` is not loaded');
  });
});

describe('reveal: where attribute warnings point', () => {
  it('reports each refused slide attribute at the line of the comment that set it', () => {
    const text = '---\nseparator: "^---$"\n---\n\n# A\n\n<!-- .slide: data-background-iframe="https://example.com" -->\n\nText.\n\n<!-- .slide: onclick="x()" -->\n';
    const lines = buildDeck(text).warnings.filter((warning) => warning.message.startsWith('reveal.js slide attribute')).map((warning) => warning.line);
    expect(lines).toEqual([7, 11]);
  });
});
