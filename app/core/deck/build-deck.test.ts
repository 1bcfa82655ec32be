import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { MAX_CHARS, MAX_UNITS } from './fit';
import { htmlToText } from './markdown';

const fixture = (name: string): string => readFileSync(new URL(`../../../tests/fixtures/${name}`, import.meta.url), 'utf8');

describe('buildDeck: notes syntaxes', () => {
  const deck = buildDeck(fixture('notes-syntaxes.md'));
  const byTitle = (title: string) => {
    const slide = deck.slides.find((s) => s.title === title);
    if (!slide) throw new Error(`no slide titled ${title}: ${deck.slides.map((s) => s.title).join(', ')}`);
    return slide;
  };

  it('takes a Note: paragraph and everything after it as notes', () => {
    const slide = byTitle('Prefix notes');
    expect(slide.notes.origin).toBe('explicit');
    expect(slide.notes.syntax).toBe('note-prefix');
    expect(slide.notes.text).toBe('This is a reveal-md note.\n\nIt continues to the end of the slide.');
    expect(slide.html).not.toContain('reveal-md note');
    expect(slide.notes.blocks).toEqual([{ start: 11, end: 13, syntax: 'note-prefix' }]);
  });

  it('takes HTML comments as notes and drops reveal directives', () => {
    const slide = byTitle('Comment notes');
    expect(slide.notes.syntax).toBe('html-comment');
    expect(slide.notes.text).toBe('This is a Marp or Slidev note.');
    expect(slide.html).not.toContain('data-background');
    expect(slide.html).not.toContain('<!--');
  });

  it('takes <aside class="notes"> as notes', () => {
    const slide = byTitle('Aside notes');
    expect(slide.notes.syntax).toBe('aside');
    expect(slide.notes.text).toBe('This is a reveal.js aside note.');
    expect(slide.html).not.toContain('<aside');
  });

  it('takes ::: notes fenced divs as notes', () => {
    const slide = byTitle('Fenced div notes');
    expect(slide.notes.syntax).toBe('fenced-div');
    expect(slide.notes.text).toBe('This is a Quarto note.\n\nWith a second paragraph.');
    expect(slide.html).not.toContain(':::');
  });

  it('leaves look-alikes on the slide: Footnotes:, Note: in code, Note: in a list', () => {
    const slide = byTitle('Look-alikes');
    expect(slide.notes.origin).not.toBe('explicit');
    const text = htmlToText(slide.html);
    expect(text).toContain('Note: inside a code fence is code.');
    expect(text).toContain('Note: in a list item is content.');
    // Footnotes: is prose, condensed to its lead sentence on the slide and kept whole in derived notes.
    expect(text).toContain('Footnotes: this line is content, not notes.');
  });
});

describe('buildDeck: deck style', () => {
  const deck = buildDeck(fixture('deck-style.md'));

  it('splits on top-level --- and ---- only, never inside a code fence', () => {
    expect(deck.meta.style).toBe('deck');
    expect(deck.slides.map((s) => [s.title, s.h, s.v])).toEqual([
      ['First slide', 0, 0],
      ['Code slide', 1, 0],
      ['Vertical child', 1, 1],
      ['Last slide', 2, 0],
    ]);
    expect(htmlToText(deck.slides[1]?.html ?? '')).toContain('---\nkey: value\n---');
    expect(deck.slides[3]?.html).toContain('<hr>');
  });

  it('reads notes in deck slides and reports their lines', () => {
    const child = deck.slides[2];
    expect(child?.notes.text).toBe('Spoken words for the vertical slide.');
    expect(child?.notes.blocks[0]?.start).toBe(26);
  });

  it('is detected without front matter and can be forced back to article', () => {
    const text = '# One\n\ntext\n\n---\n\n# Two\n\nmore\n';
    expect(buildDeck(text).meta.style).toBe('deck');
    expect(buildDeck(`---\nstyle: article\n---\n${text}`).meta.style).toBe('article');
  });
});

describe('buildDeck: article style', () => {
  it('makes # the title slide, ## slides and ### sub-slides in sequence', () => {
    const deck = buildDeck('# Deck\n\n## Section\n\nIntro.\n\n### Sub\n\nDetail.\n\n## Next\n\nMore.\n');
    expect(deck.slides.map((s) => [s.title, s.section, s.h, s.v])).toEqual([
      ['Deck', null, 0, 0],
      ['Section', null, 1, 0],
      ['Sub', 'Section', 2, 0],
      ['Next', null, 3, 0],
    ]);
    expect(deck.slides[0]?.html).toContain('<h1>Deck</h1>');
  });

  it('condenses each paragraph to its most central sentence and keeps the whole paragraphs in the notes', () => {
    // "Kalimat kedua" shares most of its words with the rest; ties would go to the first sentence.
    const deck = buildDeck('## Topik\n\nKalimat pertama, kira-kira dst. dan seterusnya. Kalimat kedua yang panjang. Ketiga!\n\nParagraf lain di sini. Isinya pendek saja.\n');
    const slide = deck.slides[0];
    expect(htmlToText(slide?.html ?? '').replace(/\s+/g, ' ').trim()).toBe('Topik Kalimat kedua yang panjang. Paragraf lain di sini.');
    expect(slide?.notes.origin).toBe('derived');
    expect(slide?.notes.text).toBe('Kalimat pertama, kira-kira dst. dan seterusnya. Kalimat kedua yang panjang. Ketiga!\n\nParagraf lain di sini. Isinya pendek saja.');
  });

  it('shows the best two or three sentences of a section that is one paragraph', () => {
    const deck = buildDeck('## Topik\n\nKalimat pertama, kira-kira dst. dan seterusnya. Kalimat kedua yang panjang. Ketiga!\n');
    const bullets = Array.from(deck.slides[0]?.html.matchAll(/<li>(.*?)<\/li>/g) ?? [], (match) => match[1]);
    expect(bullets).toEqual(['Kalimat pertama, kira-kira dst. dan seterusnya.', 'Kalimat kedua yang panjang.']);
    expect(deck.slides[0]?.notes.text).toBe('Kalimat pertama, kira-kira dst. dan seterusnya. Kalimat kedua yang panjang. Ketiga!');
  });

  it('shows whole paragraphs with condense: false, continued on numbered slides', () => {
    const sentence = 'Ini adalah kalimat yang cukup panjang untuk mengisi slide dengan teks biasa. ';
    const deck = buildDeck(`---\ncondense: false\n---\n## Panjang\n\n${sentence.repeat(15)}\n`);
    expect(deck.slides.length).toBeGreaterThan(1);
    expect(deck.slides.map((s) => s.title)).toContain(`Panjang (2/${deck.slides.length})`);
    const shown = deck.slides.map((s) => htmlToText(s.html)).join(' ');
    expect(shown.split('Ini adalah kalimat').length - 1).toBe(15);
    expect(deck.warnings).toEqual([]);
  });

  it('splits long lists into continuation slides without losing or renumbering items', () => {
    // Items long enough to count as a bullet each (short ones take half the room: see the next test).
    const items = Array.from({ length: 9 }, (_, i) => `${i + 1}. Butir nomor ${i + 1} dengan penjelasan yang cukup panjang`).join('\n');
    const deck = buildDeck(`## Daftar\n\n${items}\n`);
    expect(deck.slides.map((s) => s.title)).toEqual(['Daftar (1/2)', 'Daftar (2/2)']);
    // Balanced (4 + 5, not 6 + 3), and numbered on from where the first part stopped.
    expect(deck.slides[1]?.html).toContain('<ol start="5">');
    expect(deck.slides.map((s) => s.id)).toEqual(['daftar', 'daftar~2']);
    for (const slide of deck.slides) expect((slide.html.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(MAX_UNITS);
  });

  it('keeps a list of short items whole on one slide', () => {
    // A cue, the lead-in and eight short items: 1 + 1 + 8 × ½ units.
    const items = Array.from({ length: 8 }, (_, i) => `${i + 1}. Butir ${i + 1}`).join('\n');
    const deck = buildDeck(`## Daftar\n\nSebuah pengantar untuk daftar ini. Daftarnya sebagai berikut:\n\n${items}\n`);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Daftar']);
    expect((deck.slides[0]?.html.match(/<li>/g) ?? []).length).toBe(9);
  });

  it('gives ids from headings that do not change when unrelated text changes', () => {
    const before = buildDeck('# T\n\n## Satu\n\nA.\n\n## Dua\n\nB.\n\n## Satu\n\nC.\n');
    const after = buildDeck('# T\n\n## Satu\n\nA diganti. Dengan kalimat baru.\n\n## Dua\n\nB.\n\n## Satu\n\nC.\n');
    expect(before.slides.map((s) => s.id)).toEqual(['t', 'satu', 'dua', 'satu-2']);
    expect(after.slides.map((s) => s.id)).toEqual(before.slides.map((s) => s.id));
  });

  it('records source lines of each slide', () => {
    const deck = buildDeck('---\ntitle: X\n---\n# X\n\n## A\n\ntext a\n\n## B\n\ntext b\nmore b\n');
    expect(deck.slides.map((s) => s.range)).toEqual([
      { start: 4, end: 4 },
      { start: 6, end: 8 },
      { start: 10, end: 13 },
    ]);
  });

  it('keeps every slide within the content budget or warns about it', () => {
    const deck = buildDeck(`## Kode\n\n\`\`\`\n${'x = 1\n'.repeat(120)}\`\`\`\n`);
    expect(deck.slides).toHaveLength(1);
    expect(deck.warnings[0]?.message).toMatch(/shrunk to fit/);
    expect(MAX_CHARS).toBe(560);
  });
});

describe('buildDeck: encodings and empty input', () => {
  it('keeps the first heading after a BOM and reads CRLF line endings', () => {
    const deck = buildDeck('\uFEFF# Judul\r\n\r\n## Bagian\r\n\r\nIsi.\r\n');
    expect(deck.meta.hasBom).toBe(true);
    expect(deck.meta.eol).toBe('\r\n');
    expect(deck.slides[0]?.html).toContain('<h1>Judul</h1>');
    expect(deck.slides[1]?.range).toEqual({ start: 3, end: 5 });
  });

  it('builds an empty deck from an empty or blank file', () => {
    for (const text of ['', '\n\n  \n']) {
      const deck = buildDeck(text, { fallbackTitle: 'kosong.md' });
      expect(deck.slides).toEqual([]);
      expect(deck.warnings).toEqual([]);
      expect(deck.meta.title).toBe('kosong.md');
    }
  });
});

describe('buildDeck: front matter', () => {
  it('warns about unknown keys and bad values, and never pollutes prototypes', () => {
    const deck = buildDeck('---\ntitle: T\ndependencies: [evil.js]\n__proto__: { polluted: yes }\ntheme: ../../x.css\n---\n# T\n');
    const messages = deck.warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/Unknown front matter key `dependencies`/);
    expect(messages).toMatch(/`theme` should be one of/);
    expect(deck.meta.theme).toBe('black');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a YAML alias bomb with a warning', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i += 1) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const deck = buildDeck(`---\n${bomb.join('\n')}\n---\n# Boom\n`);
    expect(deck.warnings[0]?.message).toMatch(/Front matter was ignored/);
    expect(deck.slides[0]?.title).toBe('Boom');
  });

  it('reads duration, lang, theme and slide numbers', () => {
    const deck = buildDeck('---\nduration: 45m\nlang: id\ntheme: white-contrast\nslideNumber: false\n---\n# T\n');
    expect(deck.meta).toMatchObject({ durationSeconds: 2700, lang: 'id', theme: 'white-contrast', slideNumber: false });
  });
});

describe('buildDeck: the deck title', () => {
  it('comes from front matter, else the first heading (also in deck style), else the file name', () => {
    expect(buildDeck('---\ntitle: Dari front matter\n---\n\n## Satu\n').meta.title).toBe('Dari front matter');
    expect(buildDeck('---\nstyle: deck\n---\n\nIntro text.\n\n---\n\n## Gambar\n\nText.\n', { fallbackTitle: 'kelas.md' }).meta.title).toBe('Gambar');
    expect(buildDeck('Only text.\n', { fallbackTitle: 'kelas.md' }).meta.title).toBe('kelas.md');
  });
});
