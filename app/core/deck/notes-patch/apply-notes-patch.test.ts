import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../build-deck';
import { applyNotesPatch, normalizeNotes, NotesPatchError, readNotes } from './apply-notes-patch';

const repo = new URL('../../../../', import.meta.url).pathname;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const decks = [...markdownFiles(join(repo, 'tests/fixtures')), ...markdownFiles(join(repo, 'slides'))];
const article = readFileSync(join(repo, 'slides/manfaat-hubungan-internasional.md'), 'utf8');
const syntaxes = readFileSync(join(repo, 'tests/fixtures/notes-syntaxes.md'), 'utf8');
const deckStyle = readFileSync(join(repo, 'tests/fixtures/deck-style.md'), 'utf8');

const HOSTILE: Record<string, string> = {
  'a comment end': 'Say it --> then stop. Also --&gt; and --!> and <!-- nested -->',
  'a slide separator': 'First point\n\n---\n\nSecond point\n----\n***',
  'a setext underline': 'Looks like a heading\n---',
  'Note: at a line start': 'Intro\nNote: this is not a new block\nNotes: nor this',
  'a code fence': '```js\nconst end = "-->";\n```\n\nAfter the fence\n```\nunclosed',
  'headings': '# A title\n## A section\n### A point',
  'closing tags': '</aside>\n:::\n::: notes\n<aside class="notes">',
  'emoji': 'Salam 👋🏽 dari 🇮🇩 — 👨‍👩‍👧 keluarga ❤️‍🔥',
  'CRLF line breaks': 'Baris satu\r\nBaris dua\r\n\r\nParagraf',
  'leading indentation': '    indented code\n\n> a quote\n- a list',
  'HTML': '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '100 k characters': 'Kata '.repeat(20_000) + 'akhir',
};

describe('applyNotesPatch: unchanged notes leave the file unchanged', () => {
  for (const path of decks) {
    it(`every slide of ${path.slice(repo.length)}`, () => {
      const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const notes = readNotes(source);
      for (const [id, text] of notes) {
        if (!buildDeck(source).slides.find((slide) => slide.id === id)?.notes.editable) continue;
        expect(applyNotesPatch(source, id, text), id).toBe(source);
      }
    });
  }
});

/** Slide ids to try hostile notes on: every slide of the syntax fixture and the deck-style fixture, a sample of the article. */
// Only slides whose notes live in the file: the agenda is made from the headings (its refusal is tested below).
const editable = (source: string): string[] => [...readNotes(source).keys()].filter((id) => buildDeck(source).slides.find((slide) => slide.id === id)?.notes.editable);
const targets: [string, string, string[]][] = [
  ['notes syntaxes', syntaxes, editable(syntaxes)],
  ['deck style', deckStyle, editable(deckStyle)],
  // The title slide (with the opening folded in), a grouped slide and a part of one, continued parts.
  ['article', article, ['manfaat-hubungan-internasional-di-bidang-pertahanan-dan', 'kerjasama-pertahanan-dan-keamanan', 'mengatasi-terorisme-dan-kejahatan-transnasional~3', 'memperkuat-kapasitas-keamanan-nasional~2', 'mendukung-operasi-penjaga-perdamaian~2']],
];

describe('applyNotesPatch: slides made from the structure', () => {
  it('refuses the agenda, whose notes have no place in the file', () => {
    expect(buildDeck(article).slides.some((slide) => slide.id === 'agenda')).toBe(true);
    expect(() => applyNotesPatch(article, 'agenda', 'x')).toThrow(/cannot be stored/);
  });
});

describe('applyNotesPatch: hostile notes read back exactly, other slides unchanged', () => {
  for (const [name, source, ids] of targets) {
    for (const [label, text] of Object.entries(HOSTILE)) {
      it(`${label}, on every tested slide of the ${name}`, () => {
        const before = readNotes(source);
        for (const id of ids) {
          const patched = applyNotesPatch(source, id, text);
          const after = readNotes(patched);
          expect(after.get(id), id).toBe(normalizeNotes(text));
          for (const [other, notes] of before) if (other !== id) expect(after.get(other), `${other} after editing ${id}`).toBe(notes);
          // And the result is stable: saving the same notes again changes nothing.
          expect(applyNotesPatch(patched, id, text)).toBe(patched);
        }
      });
    }
  }
});

describe('applyNotesPatch: byte identity outside the notes block', () => {
  it('adds a comment at the end of an article section and changes nothing else', () => {
    const patched = applyNotesPatch(article, 'kerjasama-pertahanan-dan-keamanan', 'Catatan baru.');
    const block = '\n<!-- notes: Catatan baru. -->\n';
    expect(patched.split(block)).toHaveLength(2);
    expect(patched.replace(block, '')).toBe(article);
    // The section's short sub-sections are one slide with it: the notes go after the last of them,
    // right before the next section.
    expect(patched).toContain(`${block}\n## Meningkatkan Kemampuan Militer`);
    expect(readNotes(patched).get('kerjasama-pertahanan-dan-keamanan')).toBe('Catatan baru.');
  });

  it('keeps CRLF line endings everywhere and writes the new block with CRLF', () => {
    const crlf = syntaxes.replace(/\n/g, '\r\n');
    for (const id of editable(crlf)) {
      const patched = applyNotesPatch(crlf, id, 'Line one\nline two');
      expect(patched.replace(/\r\n/g, ''), id).not.toMatch(/[\r\n]/);
      expect(readNotes(patched).get(id)).toBe('Line one\nline two');
    }
  });

  it('keeps a file without a final newline without one, and one with a final newline with it', () => {
    const bare = deckStyle.replace(/\n+$/, '');
    const lastId = [...readNotes(bare).keys()].at(-1) as string;
    const patched = applyNotesPatch(bare, lastId, 'Closing words');
    expect(patched.startsWith(bare)).toBe(true);
    expect(patched.endsWith('-->')).toBe(true);
    expect(readNotes(patched).get(lastId)).toBe('Closing words');
    const withNewline = applyNotesPatch(`${bare}\n`, lastId, 'Closing words');
    expect(withNewline).toBe(`${patched}\n`);
  });

  it('keeps the syntax a slide already uses when the text fits it', () => {
    const patched = applyNotesPatch(syntaxes, 'fenced-div-notes', 'Edited Quarto note.');
    expect(patched).toContain('::: notes\nEdited Quarto note.\n:::');
    expect(buildDeck(patched).slides.find((slide) => slide.id === 'fenced-div-notes')?.notes.syntax).toBe('fenced-div');
    const prefix = applyNotesPatch(syntaxes, 'prefix-notes', 'Spoken words.');
    expect(prefix).toContain('\nNote: Spoken words.\n');
    expect(prefix).not.toContain('It continues to the end of the slide.');
  });

  it('falls back to a comment when the text would break the slide\'s own syntax', () => {
    const patched = applyNotesPatch(deckStyle, 'vertical-child', 'Before\n\n---\n\nAfter');
    expect(patched).toContain('<!-- notes:\nBefore\n\n---\n\nAfter\n-->');
    expect(readNotes(patched).get('vertical-child')).toBe('Before\n\n---\n\nAfter');
  });

  it('stores empty notes on a slide with derived notes as an empty block, and removes blocks elsewhere', () => {
    const cleared = applyNotesPatch(article, 'kerjasama-pertahanan-dan-keamanan', '');
    expect(readNotes(cleared).get('kerjasama-pertahanan-dan-keamanan')).toBe('');
    expect(cleared).toContain('<!-- notes: -->');
    const removed = applyNotesPatch(syntaxes, 'comment-notes', '');
    expect(readNotes(removed).get('comment-notes')).toBe('');
    expect(removed).not.toContain('Marp or Slidev note');
    expect(removed).toContain('<!-- .slide: data-background-color="#000" -->');
  });
});

describe('applyNotesPatch: refusals', () => {
  it('refuses a slide id that is not in the file', () => {
    expect(() => applyNotesPatch(article, 'no-such-slide', 'x')).toThrow(NotesPatchError);
  });

  it('refuses the title slide made from front matter', () => {
    const source = '---\ntitle: From front matter\n---\n\n## First\n\nText.\n';
    const id = buildDeck(source).slides[0]?.id as string;
    expect(() => applyNotesPatch(source, id, 'x')).toThrow(/cannot be stored/);
  });
});
