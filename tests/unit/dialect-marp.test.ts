// @vitest-environment jsdom
/**
 * Mimbar's Marp dialect against Marp itself (Marp Core's own parser, tests/support/peer-decks.ts): slide by
 * slide, the same split, titles, notes (the comments that are not directives), fragment counts, classes,
 * page numbers, header and footer, background colour and images. Small inline decks cover what the
 * fixture files miss; the hostile fixture checks nothing an author writes can run, load or reach out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deck, DeckWarning, Slide } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { htmlToText } from '../../app/core/deck/markdown';
import { applyNotesPatch, NotesPatchError } from '../../app/core/deck/notes-patch/apply-notes-patch';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';
import { marpReference, type PeerSlide } from '../support/peer-decks';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialects', 'marp');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const marp = (body: string, head = ''): string => `---\nmarp: true\n${head}---\n\n${body}`;
const notices = (deck: Deck): DeckWarning[] => deck.warnings.filter((warning) => warning.kind === 'dialect');

/** The text of the `<header>`/`<footer>` Marp drew on a slide, or null. */
function marginal(peer: PeerSlide, tag: 'header' | 'footer'): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(peer.html ?? '');
  return match ? htmlToText(match[1] ?? '') : null;
}

/** What a user sees of a slide that Marp also decides: compared field by field with Marp's slide. */
function compare(slide: Slide, peer: PeerSlide, index: number): void {
  const at = `slide ${index + 1}`;
  if (peer.title !== null) expect(slide.title, at).toBe(peer.title.replace(/\s+/g, ' '));
  expect(slide.notes.markdown, at).toBe(peer.notes);
  expect(countFragmentSteps(slide.html), at).toBe(peer.fragments);
  const attributes = peer.attributes ?? {};
  expect(slide.look.classes, at).toEqual((attributes['class'] ?? '').split(/\s+/).filter((name) => /^[A-Za-z0-9][\w-]*$/.test(name)));
  expect(slide.look.pageNumber !== null, at).toBe(attributes['data-marpit-pagination'] !== undefined);
  expect(slide.look.header === null ? null : htmlToText(slide.look.header), at).toBe(marginal(peer, 'header'));
  expect(slide.look.footer === null ? null : htmlToText(slide.look.footer), at).toBe(marginal(peer, 'footer'));
  expect(slide.look.backgroundColor, at).toBe(attributes['data-background-color'] ?? null);
  expect(slide.look.color, at).toBe(attributes['data-color'] ?? null);
  // Marp draws `![bg]` images as figures; a `backgroundImage` directive stays a CSS background of the section.
  const directive = /^url\(([^)]*)\)$/.exec(attributes['data-background-image'] ?? '')?.[1];
  const expected = (peer.backgrounds ?? []).length > 0 ? (peer.backgrounds ?? []) : directive !== undefined ? [directive] : [];
  // Mimbar drops only sources that are no path or web address (`javascript:`).
  expect(slide.look.backgroundImages.map((image) => image.src), at).toEqual(expected.filter((src) => !/^javascript:/i.test(src)));
}

function compareDeck(text: string): { deck: Deck; peer: PeerSlide[] } {
  const deck = buildDeck(text);
  const peer = marpReference(text).slides;
  expect(deck.meta.dialect).toBe('marp');
  expect(deck.slides).toHaveLength(peer.length);
  deck.slides.forEach((slide, index) => compare(slide, peer[index] as PeerSlide, index));
  return { deck, peer };
}

describe('Marp dialect: the fixture decks read as Marp reads them', () => {
  it('ekosistem.md: ten slides, notes from comments (one at the end of a list item), a visible `Note:`, directives, backgrounds', () => {
    const { deck } = compareDeck(read('ekosistem.md'));
    const [cover, second, forest, river, dark, chain, contain] = deck.slides as Slide[];
    expect(cover?.look).toMatchObject({ classes: ['lead'], pageNumber: null, backgroundColor: '#fbfbf2', header: 'IPA Kelas VII · Ekosistem' });
    expect(second?.html).toContain('<img src="img/daun.png" alt="" width="200">');
    expect(second?.notes.blocks).toEqual([{ start: 27, end: 27, syntax: 'html-comment' }, { start: 28, end: 28, syntax: 'html-comment' }]);
    expect(forest?.look.backgroundImages).toEqual([{ src: 'img/hutan.png', fit: 'cover' }]);
    expect(forest?.html).not.toContain('<img');
    expect(river?.look).toMatchObject({ backgroundSide: 'left', splitPercent: 40 });
    expect(river?.html).toContain('<li>Serangga air </li>');
    expect(river?.html).not.toContain('<!--');
    expect(dark?.look).toMatchObject({ backgroundColor: '#1b4332', color: 'white' });
    expect(chain?.html).toContain('Note: tulisan ini tampil di slide');
    expect(chain?.notes.origin).toBe('none');
    expect(contain?.look.backgroundImages).toEqual([{ src: 'img/hutan.png', fit: 'contain' }]);
    expect(deck.meta.theme).toBe('white');
    expect(deck.warnings.filter((warning) => /unknown/i.test(warning.message))).toEqual([]);
  });

  it('headingdivider.md: `headingDivider: 2` starts a slide at every h1 and h2, not at h3', () => {
    const { deck } = compareDeck(read('headingdivider.md'));
    expect(deck.slides.map((slide) => slide.title)).toEqual(['The Water Cycle', 'Evaporation', 'Condensation', 'Precipitation', 'Collection', 'Quick quiz']);
    expect(deck.slides[2]?.html).toContain('<h3>Why clouds float</h3>');
    expect(deck.slides.map((slide) => slide.look.pageNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(deck.meta.title).toBe('Water Cycle');
  });

  it('hostile.md: the same slides as Marp, and nothing that can run script, load remotely or leave the folder', () => {
    const { deck } = compareDeck(read('hostile.md'));
    for (const slide of deck.slides) {
      const look = slide.look;
      for (const html of [slide.html, look.header ?? '', look.footer ?? '', slide.notes.html]) {
        const clean = document.createElement('div');
        clean.innerHTML = sanitizeHtml(html, '/deck/');
        for (const element of clean.querySelectorAll('*')) {
          expect(['script', 'iframe', 'style']).not.toContain(element.nodeName.toLowerCase());
          for (const attribute of Array.from(element.attributes)) {
            expect(attribute.name.startsWith('on') || attribute.name === 'style').toBe(false);
            if (attribute.name === 'src') expect(attribute.value.startsWith('/deck/')).toBe(true);
            if (attribute.name === 'href') expect(attribute.value).toMatch(/^https?:|^mailto:/);
          }
        }
      }
      for (const value of [look.backgroundColor, look.color, ...look.classes]) expect(value ?? '').not.toMatch(/[():;"\\]|url/i);
      for (const image of look.backgroundImages) expect(image.src).not.toMatch(/^javascript:|^file:|url\(/i);
    }
    expect(deck.meta.theme).toBe('white');
    expect(notices(deck).map((notice) => notice.message).join('\n')).toMatch(/`style`[\s\S]*not apply/);
  });
});

describe('Marp dialect: splitting', () => {
  it('splits on every top-level rule (`***`, `___`, `- - -` too), not on a `---` under text (a setext heading)', () => {
    const { deck } = compareDeck(marp('# A\n\n***\n\nB\n\n___\n\nC\n\n- - -\n\nD\ntext\n---\n\nstill D'));
    expect(deck.slides).toHaveLength(4);
    expect(deck.slides[3]?.html).toContain('<h2>D<br>text</h2>');
  });

  it('keeps the empty slide Marp makes when a rule is followed by a divided heading', () => {
    const { deck } = compareDeck(marp('# A\n\n---\n\n## B\n\ntext\n\n## C', 'headingDivider: 2\n'));
    expect(deck.slides.map((slide) => slide.html === '')).toEqual([false, true, false, false]);
  });

  it('keeps the empty first slide Marp makes when the body opens with a rule', () => {
    const { deck } = compareDeck(marp('---\n\n# A\n'));
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Slide', 'A']);
  });

  it('takes `headingDivider` from a directive comment anywhere, for the whole deck', () => {
    const { deck } = compareDeck(marp('# A\n\n## B\n\n<!-- headingDivider: 2 -->\n\n## C'));
    expect(deck.slides.map((slide) => slide.title)).toEqual(['A', 'B', 'C']);
    expect(deck.slides[1]?.notes.origin).toBe('none');
  });

  it('reads `headingDivider` as a list of levels, and does not divide before the first visible thing', () => {
    const { deck } = compareDeck(marp('<!-- a note -->\n\n# A\n\n## not divided\n\n### B', 'headingDivider: [1, 3]\n'));
    expect(deck.slides.map((slide) => slide.title)).toEqual(['A', 'B']);
  });
});

describe('Marp dialect: notes are the comments that are not directives', () => {
  const text = marp(
    '# A <!-- fit -->\n\npara <!-- inline note --> more\n\n- item <!-- item note -->\n- two\n\n<!-- a -->\n<!-- b -->\n\n' +
      '<!-- prettier-ignore -->\n<!-- foo: bar -->\n<!-- _class: x -->\n\n<!--\n_backgroundColor: navy\n-->\n\n' +
      'Note: visible\n\n<aside class="notes">aside stays</aside>\n\n::: notes\nfenced stays\n:::\n',
  );

  it('matches Marp: inline comments and unknown keys are notes; directives, `fit` and tool comments are not', () => {
    const { deck } = compareDeck(text);
    const slide = deck.slides[0] as Slide;
    expect(slide.notes.markdown).toBe('inline note\n\nitem note\n\na\n\nb\n\nfoo: bar');
    expect(slide.look).toMatchObject({ classes: ['x'], backgroundColor: 'navy' });
  });

  it('takes inline comments out of the content, and leaves `Note:`, `<aside class="notes">` and `::: notes` on the slide', () => {
    const slide = buildDeck(text).slides[0] as Slide;
    expect(slide.html).not.toContain('<!--');
    expect(slide.html).toContain('<p>para  more</p>');
    expect(slide.html).toContain('<li>item </li>');
    expect(slide.html).toContain('Note: visible');
    expect(slide.html).toContain('aside stays');
    expect(slide.html).toContain('::: notes');
    expect(slide.html).toContain('fenced stays');
    expect(slide.title).toBe('A');
  });

  it('gives a whole-block comment its exact lines, and an inline one the lines of the block holding it', () => {
    const slide = buildDeck(text).slides[0] as Slide;
    // Body lines: the front matter takes lines 1-3, the blank line 4, so `# A` is line 5.
    expect(slide.notes.blocks.slice(0, 4)).toEqual([
      { start: 7, end: 7, syntax: 'html-comment' },
      { start: 9, end: 10, syntax: 'html-comment' },
      { start: 12, end: 12, syntax: 'html-comment' },
      { start: 13, end: 13, syntax: 'html-comment' },
    ]);
  });

  it('writes edited notes back into a block comment, and into a new comment that reads back', () => {
    const source = marp('# One\n\n<!-- old words -->\n\n---\n\n# Two\n');
    const deck = buildDeck(source);
    const edited = applyNotesPatch(source, deck.slides[0]?.id ?? '', 'new words');
    expect(edited).toContain('<!-- new words -->');
    expect(buildDeck(edited).slides[0]?.notes.markdown).toBe('new words');
    const added = applyNotesPatch(source, deck.slides[1]?.id ?? '', 'fresh');
    expect(buildDeck(added).slides[1]?.notes.markdown).toBe('fresh');
    // Written the way Marp reads notes: a plain comment, so Marp's own notes hold exactly the text.
    expect(marpReference(added).slides[1]?.notes).toBe('fresh');
  });

  it('refuses to write back notes that sit inside a list item, and leaves the file alone', () => {
    const source = marp('# One\n\n- item <!-- inline -->\n- two\n');
    const id = buildDeck(source).slides[0]?.id ?? '';
    expect(() => applyNotesPatch(source, id, 'changed')).toThrow(NotesPatchError);
  });
});

describe('Marp dialect: directives', () => {
  it('inherits local directives to the following slides; `_` spot directives hold for one slide', () => {
    const { deck } = compareDeck(marp('A\n\n---\n\n<!-- color: red -->\n<!-- _class: lead -->\nB\n\n---\n\nC\n\n---\n\n<!-- _color: blue -->\nD\n\n---\n\nE'));
    expect(deck.slides.map((slide) => slide.look.color)).toEqual([null, 'red', 'red', 'blue', 'red']);
    expect(deck.slides.map((slide) => slide.look.classes)).toEqual([[], ['lead'], [], [], []]);
  });

  it('numbers pages with `paginate`, leaves out `_paginate: false`, and tells that `skip`/`hold` are numbered by place', () => {
    const text = marp('A\n\n---\n\n<!-- _paginate: false -->\nB\n\n---\n\nC\n\n---\n\n<!-- paginate: skip -->\nD\n\n---\n\n<!-- paginate: hold -->\nE', 'paginate: true\n');
    const { deck } = compareDeck(text);
    expect(deck.slides.map((slide) => slide.look.pageNumber)).toEqual([1, null, 3, null, 5]);
    expect(notices(deck).map((notice) => notice.line)).toEqual([19, 24]);
  });

  it('renders `header` and `footer` Markdown to HTML, and an empty spot value removes them', () => {
    const { deck } = compareDeck(marp('A\n\n---\n\n<!-- _footer: "" -->\nB', 'header: "**Bold** and _it_"\nfooter: "[site](https://example.com)"\n'));
    expect(deck.slides[0]?.look.header).toBe('<strong>Bold</strong> and <em>it</em>');
    expect(deck.slides[0]?.look.footer).toBe('<a href="https://example.com">site</a>');
    expect(deck.slides[1]?.look.footer).toBeNull();
  });

  it('takes a `backgroundImage: url(…)` into the look, and tells that a gradient is not drawn', () => {
    const deck = buildDeck(marp('A\n\n---\n\n<!-- _backgroundImage: "linear-gradient(red, blue)" -->\nB', 'backgroundImage: url(img/a.png)\nbackgroundSize: contain\n'));
    expect(deck.slides[0]?.look.backgroundImages).toEqual([{ src: 'img/a.png', fit: 'contain' }]);
    expect(deck.slides[1]?.look.backgroundImages).toEqual([]);
    expect(notices(deck).some((notice) => /gradient/.test(notice.message) && notice.line === 11)).toBe(true);
  });

  it('reads a directive comment full of self-referencing YAML aliases without resolving them', () => {
    const bomb = `<!--\n_class: &a [${'*a, '.repeat(3000)}lead]\n-->\n\nA`;
    const slide = buildDeck(marp(bomb)).slides[0] as Slide;
    expect(slide.look.classes).toEqual(['lead']);
    expect(slide.notes.origin).toBe('none');
  });

  it('ignores colours that are not plain colours, with a warning', () => {
    const deck = buildDeck(marp('<!-- backgroundColor: "red; background: url(x)" -->\nA'));
    expect(deck.slides[0]?.look.backgroundColor).toBeNull();
    expect(deck.warnings.some((warning) => /not a colour/.test(warning.message))).toBe(true);
  });

  it('maps Marp themes to white, an inverted deck to black, and tells a theme Marp does not ship', () => {
    expect(buildDeck(marp('A', 'theme: uncover\n')).meta.theme).toBe('white');
    expect(buildDeck(marp('A', 'theme: gaia\nclass: invert\n')).meta.theme).toBe('black');
    const custom = buildDeck(marp('A', 'theme: corporate\n'));
    expect(custom.meta.theme).toBe('white');
    expect(notices(custom).some((notice) => /corporate/.test(notice.message))).toBe(true);
    expect(custom.meta.slideNumber).toBe(false);
  });

  it('knows every Marp key in the front matter (no "unknown key" warning)', () => {
    const head = 'paginate: true\nheader: h\nfooter: f\nclass: lead\nbackgroundColor: white\ncolor: black\nbackgroundPosition: center\n' +
      'backgroundRepeat: no-repeat\nbackgroundSize: cover\nheadingDivider: 2\nsize: 16:9\n_class: invert\ndescription: d\n';
    expect(buildDeck(marp('# A', head)).warnings).toEqual([]);
  });
});

describe('Marp dialect: images and fragments', () => {
  it('sets several `bg` images side by side, in a right panel, and drops a paragraph that held only them', () => {
    const { deck } = compareDeck(marp('![bg](a.png) ![bg right:30%](b.png)\n![bg 50%](c.png)\n\ntext ![bg](d.png)'));
    const slide = deck.slides[0] as Slide;
    expect(slide.look.backgroundImages).toEqual([
      { src: 'a.png', fit: 'cover' }, { src: 'b.png', fit: 'cover' }, { src: 'c.png', fit: 50 }, { src: 'd.png', fit: 'cover' },
    ]);
    expect(slide.look).toMatchObject({ backgroundSide: 'right', splitPercent: 30 });
    expect(slide.html).toBe('<p>text </p>\n');
  });

  it('sizes images with plain width/height attributes, and tells the sizes and filters it cannot honour', () => {
    const deck = buildDeck(marp('![w:200 h:100px](x.png) ![width:10em cat](y.png) ![sepia](z.png)'));
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<img src="x.png" alt="" width="200" height="100">');
    expect(html).toContain('<img src="y.png" alt="cat">');
    expect(html).not.toMatch(/style=/);
    expect(notices(deck).map((notice) => notice.message).join('\n')).toMatch(/units other than pixels[\s\S]*filter `sepia`/);
  });

  it('makes `*` and `1)` list items fragments, nested ones too, and not `-`, `+` or `1.` lists', () => {
    const { deck } = compareDeck(marp('* a\n* b\n  - c\n  * d\n\n1) x\n2) y\n\n1. p\n\n+ q\n\n- r\n'));
    expect(countFragmentSteps(deck.slides[0]?.html ?? '')).toBe(5);
  });
});

/** Each formula of a slide in order: true for display math. Marp: KaTeX's spans; Mimbar: MathML. */
function marpFormulas(html: string): boolean[] {
  return [...html.matchAll(/<span\b[^>]*class="katex(-display)?"/g)].reduce<boolean[]>((found, match, index, all) => {
    // A display formula is a katex-display span around a katex span: count the pair once.
    if (match[1] === undefined && all[index - 1]?.[1] !== undefined) return found;
    found.push(match[1] !== undefined);
    return found;
  }, []);
}

function mimbarFormulas(html: string): boolean[] {
  return [...html.matchAll(/<math(?: display="block")?/g)].map((match) => match[0].includes('block'));
}

describe('formulas, as Marp Core with its KaTeX plugin typesets them', () => {
  it('finds the same formulas, inline or display, slide by slide, and leaves prices and code as text', () => {
    const text = read('rumus.md');
    const peer = marpReference(text, { math: true }).slides;
    const deck = buildDeck(text);
    expect(deck.slides).toHaveLength(peer.length);
    deck.slides.forEach((slide, index) => expect(mimbarFormulas(slide.html), `slide ${index + 1}`).toEqual(marpFormulas(peer[index]?.html ?? '')));
    expect(deck.slides.flatMap((slide) => mimbarFormulas(slide.html))).toHaveLength(12);
    expect(deck.warnings.filter((warning) => warning.kind === 'formula' || warning.kind === 'dialect')).toEqual([]);
  });
});
