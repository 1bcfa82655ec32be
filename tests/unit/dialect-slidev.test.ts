// @vitest-environment jsdom
/**
 * Mimbar's Slidev dialect against Slidev's own parser (@slidev/parser, through tests/support/peer-decks.ts):
 * the same slides, titles, notes, hidden slides and imports on every fixture deck and on small decks for
 * the edge cases of Slidev's line-based splitting. Fragments are Mimbar's own count from the documented
 * click rules (sli.dev/guide/animations): Slidev counts clicks only in the browser, so its reference has none.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { loadDiagramLibrary } from '../../app/core/deck/diagrams/diagram-library';
import { applyNotesPatch } from '../../app/core/deck/notes-patch/apply-notes-patch';
import { countFragmentSteps } from '../../app/core/export/fragment-steps';
import { sanitizeHtml } from '../../renderer/shared/sanitize/sanitize-html';
import { slidevReference, type PeerDeck } from '../support/peer-decks';

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialects', 'slidev');
const deckPath = (name: string): string => join(FOLDER, name);
const read = (name: string): string => readFileSync(deckPath(name), 'utf8');

/** A host's `readImport` for tests: files under `folder` only; every path it was asked for is recorded. */
function confinedReader(folder: string): { readImport: (path: string) => string | null; asked: string[] } {
  const asked: string[] = [];
  const root = realpathSync(folder);
  return {
    asked,
    readImport(path: string): string | null {
      asked.push(path);
      const target = resolve(root, path);
      const rel = relative(root, target);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
      try {
        if (!statSync(target).isFile() || !realpathSync(target).startsWith(root + sep)) return null;
        return readFileSync(target, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

/** A `readImport` over files given in memory. */
function memoryReader(files: Record<string, string>): (path: string) => string | null {
  return (path) => files[path] ?? null;
}

/** Slidev's shown slides: its reference keeps hidden ones, flagged, in their place. */
function shown(reference: PeerDeck): PeerDeck['slides'] {
  return reference.slides.filter((slide) => slide.hidden !== true);
}

function expectSameSlides(deck: Deck, reference: PeerDeck): void {
  const expected = shown(reference);
  expect(deck.slides.map((slide) => slide.title)).toEqual(expected.map((slide) => slide.title ?? 'Slide'));
  expect(deck.slides.map((slide) => slide.notes.markdown)).toEqual(expected.map((slide) => slide.notes));
  expect(deck.slides.map((slide) => slide.notes.editable)).toEqual(expected.map((slide) => slide.imported !== true));
}

/** Head front matter that names the dialect (4 lines), for small decks that name no Slidev key themselves. */
const HEAD = '---\ndialect: slidev\n---\n\n';
const slidev = (text: string): string => (text.startsWith('---') ? text : HEAD + text);

function build(text: string, files: Record<string, string> = {}): Deck {
  return buildDeck(slidev(text), { readImport: memoryReader(files) });
}

const notices = (deck: Deck): string[] => deck.warnings.filter((warning) => warning.kind === 'dialect').map((warning) => warning.message);

describe('Slidev fixtures, slide by slide against @slidev/parser', () => {
  it('intro-to-python.md: the imported file\'s two slides in place of the `src:` slide, notes of the last comment', async () => {
    const text = read('intro-to-python.md');
    const reader = confinedReader(FOLDER);
    const deck = buildDeck(text, { readImport: reader.readImport });
    const reference = await slidevReference(text, deckPath('intro-to-python.md'));
    expect(deck.meta.dialect).toBe('slidev');
    expect(deck.slides).toHaveLength(shown(reference).length);
    expectSameSlides(deck, reference);
    expect(reader.asked).toEqual(['pages/extra.md']);
    expect(deck.slides.filter((_, index) => shown(reference)[index]?.imported === true).map((slide) => slide.title)).toEqual(['Comments', 'Indentation']);
    expect(deck.meta.theme).toBe('white');
  });

  it('kelas-fotosintesis.md: hidden slide left out, front matter title, the last of two comments is the note', async () => {
    const text = read('kelas-fotosintesis.md');
    const deck = buildDeck(text, { readImport: confinedReader(FOLDER).readImport });
    const reference = await slidevReference(text, deckPath('kelas-fotosintesis.md'));
    expect(reference.slides.some((slide) => slide.hidden === true)).toBe(true);
    expectSameSlides(deck, reference);
    const titles = deck.slides.map((slide) => slide.title);
    expect(titles).not.toContain('Soal Cadangan');
    expect(titles).toContain('Persamaan Reaksi');
    // Layouts as the slides name them; Slidev lays out an unnamed first slide as a cover.
    expect(deck.slides.map((slide) => slide.look.layout)).toEqual(shown(reference).map((slide, index) => slide.layout ?? (index === 0 ? 'cover' : 'default')));
    const goals = deck.slides.find((slide) => slide.title === 'Tujuan Belajar');
    expect(goals?.notes.markdown).toBe('Bacakan tujuan pelajaran pelan-pelan, lalu tulis di papan.');
    // The earlier comment stays in the content, where it shows nothing.
    expect(goals?.html).toContain('<!-- Catatan penyusun: slide ini dipakai juga di kelas IX. -->');
    expect(goals?.notes.blocks).toEqual([{ start: 29, end: 29, syntax: 'html-comment' }]);
  });

  it('kelas-fotosintesis.md: looks from the head and slide front matter', () => {
    const deck = buildDeck(read('kelas-fotosintesis.md'));
    const [cover] = deck.slides;
    expect(cover?.look).toMatchObject({ layout: 'cover', classes: ['text-center'], backgroundImages: [{ src: './kloroplas.png', fit: 'cover' }], backgroundSide: 'full' });
    const side = deck.slides.find((slide) => slide.title === 'Klorofil');
    expect(side?.look).toMatchObject({ layout: 'image-right', backgroundImages: [{ src: './kloroplas.png', fit: 'cover' }], backgroundSide: 'right' });
    expect(deck.meta.theme).toBe('white');
    expect(notices(deck)).toContain('Slidev theme `seriph` is not loaded; Mimbar draws its own light theme instead.');
  });

  it('kelas-fotosintesis.md: clicks, slots and the component box', () => {
    const deck = buildDeck(read('kelas-fotosintesis.md'));
    const steps = Object.fromEntries(deck.slides.map((slide) => [slide.title, countFragmentSteps(slide.html)]));
    expect(steps['Bahan-bahan Fotosintesis']).toBe(3);
    expect(steps['Di Mana Terjadi?']).toBe(1);
    expect(Object.values(steps).reduce((sum, n) => sum + n, 0)).toBe(4);
    const columns = deck.slides.find((slide) => slide.title === 'Di Mana Terjadi?')?.html ?? '';
    expect(columns).toMatch(/^<div class="mimbar-slot mimbar-slot-default"><h1>Di Mana Terjadi\?<\/h1>[\s\S]*<\/div><div class="mimbar-slot mimbar-slot-right">[\s\S]*kloroplas\.png[\s\S]*<\/div>$/);
    expect(columns).not.toContain('::right::');
    const statement = deck.slides.find((slide) => slide.look.layout === 'statement');
    expect(statement?.html).toContain('<div class="mimbar-component">Tweet</div>');
    expect(statement?.html).not.toMatch(/<tweet/i);
    expect(deck.warnings).toContainEqual(expect.objectContaining({ kind: 'dialect', line: 134, message: expect.stringContaining('`<Tweet>`') }));
  });

  it('intro-to-python.md: `<v-clicks>` makes each of three items a click', () => {
    const deck = buildDeck(read('intro-to-python.md'));
    expect(deck.slides.map((slide) => countFragmentSteps(slide.html))).toEqual([0, 3, 0, 0, 0, 0]);
    // Without a folder to read from, the import is reported and left out.
    expect(deck.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('`src: ./pages/extra.md` could not be read'));
  });

  it('hostile.md: imports outside the folder are refused, and nothing in a look can run or load', async () => {
    const text = read('hostile.md');
    const reader = confinedReader(FOLDER);
    const deck = buildDeck(text, { readImport: reader.readImport });
    const reference = await slidevReference(text, deckPath('hostile.md'));
    expectSameSlides(deck, reference);
    // Slidev refuses them too; Mimbar never even asks the host for them.
    expect(reference.errors.filter((error) => /escapes the project root/.test(error))).toHaveLength(2);
    expect(reader.asked).toEqual([]);
    const messages = deck.warnings.map((warning) => warning.message);
    expect(messages).toContainEqual(expect.stringContaining('`src: ../../../../etc/hostname` names a file outside the deck\'s folder'));
    expect(messages).toContainEqual(expect.stringContaining('`src: /../../../../etc/passwd` names a file outside the deck\'s folder'));
    for (const slide of deck.slides) {
      const look = JSON.stringify(slide.look);
      expect(look).not.toMatch(/javascript:|url\(|file:|etc\/passwd/i);
      expect(slide.html).not.toMatch(/<script|<tweet|alert\(3\)|<iframe/i);
      for (const image of slide.look.backgroundImages) expect(image.src).toMatch(/^(?:\.\/|https:\/\/)[^"'()\s]*$/);
    }
    expect(deck.slides[0]?.look.backgroundImages).toEqual([]);
    expect(deck.slides.find((slide) => slide.title === 'Local file background')?.look.backgroundImages).toEqual([]);
    expect(notices(deck)).toContainEqual(expect.stringContaining('`background: javascript:alert(1)` is neither a colour nor an image path'));
  });

  it('hostile.md: after the one sanitizer, no slide can run script or load a remote file; Mimbar\'s own markup stays', () => {
    const deck = buildDeck(read('hostile.md'));
    for (const slide of deck.slides) {
      const box = document.createElement('div');
      box.append(document.createRange().createContextualFragment(sanitizeHtml(slide.html, '/deck/')));
      for (const element of box.querySelectorAll('*')) {
        expect(['script', 'iframe', 'style', 'tweet']).not.toContain(element.nodeName.toLowerCase());
        for (const { name, value } of Array.from(element.attributes)) {
          expect(name.startsWith('on'), name).toBe(false);
          expect(name).not.toBe('style');
          if (name === 'src') expect(value).toMatch(/^\/deck\//);
          if (name === 'href') expect(value).not.toMatch(/^javascript:/i);
        }
      }
    }
    const made = build('# A\n\n<v-clicks>\n\n- one\n\n</v-clicks>\n\n::right::\n\n<Tweet id="1" />\n').slides[0]?.html ?? '';
    const clean = sanitizeHtml(made, '/deck/');
    expect(clean).toContain('class="fragment" data-fragment-index="1"');
    expect(clean).toContain('class="mimbar-slot mimbar-slot-right"');
    expect(clean).toContain('class="mimbar-component">Tweet<');
  });

  it('hostile.md: the imports are refused even when the host would read them', () => {
    const asked: string[] = [];
    const deck = buildDeck(read('hostile.md'), { readImport: (path) => (asked.push(path), 'leaked') });
    expect(asked).toEqual([]);
    expect(deck.slides.some((slide) => slide.html.includes('leaked'))).toBe(false);
  });
});

describe('Slidev splitting, as Slidev splits', () => {
  const cases: Record<string, string> = {
    'a `---` inside a code fence or a comment does not split': '# One\n\n```md\n---\nnot a slide\n---\n```\n\n<!--\n---\n-->\n\n---\n\n# Two\n',
    'a setext underline splits, as in Slidev': '# One\n\nTitle\n---\n\n# Two\n',
    '`----` splits without front matter': '# One\n\n----\n\n# Two\n',
    '`---` straight after text opens front matter': '# One\n\n---\nlayout: center\nclass: lead\n---\n\n# Two\n\n---\n\n# Three\n',
    'a ```yaml block at the top of a slide is its front matter': '# One\n\n---\n\n```yaml\nlayout: fact\ntitle: Fact slide\n```\n\n# 42\n',
    'a ```yaml block lower down is code': '# One\n\n---\n\n# Two\n\n```yaml\nlayout: fact\n```\n',
    'only a comment at the very end is a note': '# One\n\n<!-- first -->\n\nText\n\n<!-- second -->\n\n---\n\n# Two\n\n<!-- not last -->\n\nMore text\n',
    'a multi-line last comment is the note': '# One\n\n<!--\nLine one\nline two\n-->\n',
    'hidden and disabled slides': '# One\n\n---\nhide: true\n---\n\n# Hidden\n\n---\ndisabled: true\n---\n\n# Disabled\n\n---\nhide: "yes"\n---\n\n# Also hidden\n\n---\nhide: false\n---\n\n# Five\n',
    'a trailing `---` line makes an empty last slide, as in Slidev': '# One\n\n---\n',
    'a slide of front matter only is a slide': '# One\n\n---\nlayout: cover\nbackground: "#000000"\n---\n\n---\n\n# Three\n',
    'front matter with a stray line still hides its slide, as in Slidev': '# One\n\n---\nhide: true\n</div>\n---\n\n# Hidden\n\n---\n\n# Three\n',
    'a `---` straight above a heading takes it as front matter, as in Slidev': '# One\n\n---\n# Two\ntext\n---\n\n---\n\n# Three\n',
    'a title from front matter': '---\ndialect: slidev\ntitle: Deck\n---\n\n# Cover\n\n---\ntitle: Named\n---\n\n## Heading\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, async () => {
      const deck = build(text);
      const reference = await slidevReference(slidev(text));
      expect(deck.slides).toHaveLength(shown(reference).length);
      expectSameSlides(deck, reference);
    });
  }

  it('a `---` straight above text is reported, with what to write instead', () => {
    const deck = build(cases['a `---` straight above a heading takes it as front matter, as in Slidev'] ?? '');
    expect(deck.warnings).toContainEqual(expect.objectContaining({ line: 7, message: expect.stringContaining('leave a blank line after `---` to start a slide') }));
  });

  it('decks made of random well-formed pieces split, hide and take notes as Slidev does', async () => {
    // Whole blocks only: an unclosed fence or comment is where the tools part (Slidev's notes and titles
    // are found in the raw text, Mimbar's in Markdown's blocks).
    const pieces = [
      '---\n', '----\n', '--- \n', '\n', '\n\n', '# Heading\n', '## Sub\n', 'text\n', 'Setext\n---\n', '<!-- note -->\n',
      '<!--\n---\nhidden split\n-->\n', '```md\n---\ncode\n```\n', '````\n```\n---\n```\n````\n', '---\nlayout: center\n---\n',
      '---\nhide: true\n---\n', '---\ntitle: Named\n---\n', '```yaml\nlayout: fact\n```\n', '<div>\n\n</div>\n', '- item\n',
    ];
    let seed = 20261208;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 150; round += 1) {
      let text = HEAD;
      // Blank lines around each piece, so that a `---` never swallows the next piece as front matter.
      for (let count = next(14); count > 0; count -= 1) text += `\n${pieces[next(pieces.length)] ?? ''}\n`;
      const deck = build(text);
      const expected = shown(await slidevReference(text));
      expect(deck.slides.map((slide) => slide.notes.markdown), text).toEqual(expected.map((slide) => slide.notes));
      expect(deck.slides.map((slide) => slide.title), text).toEqual(expected.map((slide) => slide.title ?? deck.slides[expected.indexOf(slide)]?.title));
    }
  });

  it('the ```yaml block sets the slide\'s layout and title', () => {
    const deck = build(cases['a ```yaml block at the top of a slide is its front matter'] ?? '');
    expect(deck.slides[1]).toMatchObject({ title: 'Fact slide', look: expect.objectContaining({ layout: 'fact' }) });
    expect(deck.slides[1]?.html).not.toContain('layout');
  });

  it('head `defaults` apply to every slide, under its own settings', () => {
    const deck = build('---\ndialect: slidev\ndefaults:\n  layout: center\n  class: lead\n---\n\n# One\n\n---\nlayout: fact\n---\n\n# Two\n');
    expect(deck.slides.map((slide) => [slide.look.layout, slide.look.classes])).toEqual([['center', ['lead']], ['fact', ['lead']]]);
  });

  it('`---` straight after text sets the next slide\'s look', () => {
    const deck = build(cases['`---` straight after text opens front matter'] ?? '');
    expect(deck.slides[1]?.look).toMatchObject({ layout: 'center', classes: ['lead'] });
  });

  it('notes read by the last-comment rule write back into the file', () => {
    const text = '# One\n\n<!-- keep me in the content -->\n\nText\n\n<!-- old note -->\n\n---\n\n# Two\n';
    const deck = build(text);
    expect(deck.slides[0]?.notes.blocks).toEqual([{ start: 11, end: 11, syntax: 'html-comment' }]);
    const patched = applyNotesPatch(slidev(text), deck.slides[0]?.id ?? '', 'new note');
    expect(patched).toBe(slidev(text).replace('<!-- old note -->', '<!-- new note -->'));
    const fresh = applyNotesPatch(patched, deck.slides[1]?.id ?? '', 'second');
    expect(build(fresh).slides.map((slide) => slide.notes.markdown)).toEqual(['new note', 'second']);
  });
});

describe('Slidev imports', () => {
  it('nested imports resolve against the importing file, take a range, and are guarded against cycles', async () => {
    const files = {
      'pages/a.md': '# A1\n\n---\n\n# A2\n\n---\nsrc: ./b.md\n---\n',
      'pages/b.md': '# B1\n\n<!-- b note -->\n\n---\nsrc: ./a.md\n---\n',
      'pages/pick.md': '# P1\n\n---\n\n# P2\n\n---\n\n# P3\n',
    };
    const text = '# Deck\n\n---\nsrc: ./pages/a.md\n---\n\n---\nsrc: /pages/pick.md#2\nclass: lead\n---\n';
    const deck = build(text, files);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Deck', 'A1', 'A2', 'B1', 'P2']);
    expect(deck.slides[3]?.notes).toMatchObject({ markdown: 'b note', editable: false });
    // The importing slide's settings apply over the imported slides'.
    expect(deck.slides[4]?.look.classes).toEqual(['lead']);
    expect(deck.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('`src: ./a.md` imports a file that imports it back'));
  });

  it('a missing import is left out with a warning naming it', () => {
    const deck = build('# One\n\n---\nsrc: ./missing.md\n---\n\n---\n\n# Three\n');
    expect(deck.slides.map((slide) => slide.title)).toEqual(['One', 'Three']);
    expect(deck.warnings).toContainEqual(expect.objectContaining({ line: 7, message: expect.stringContaining('`src: ./missing.md` could not be read') }));
  });

  it('a file imported itself is refused, and imports that fan out stay bounded', () => {
    const self = build('# Deck\n\n---\nsrc: ./loop.md\n---\n', { 'loop.md': '# L\n\n---\nsrc: ./loop.md\n---\n' });
    expect(self.slides.map((slide) => slide.title)).toEqual(['Deck', 'L']);
    // Each file imports the next six times: 6^8 slides if nothing stopped it.
    const files: Record<string, string> = { 'f8.md': '# Leaf\n' };
    for (let i = 0; i < 8; i += 1) files[`f${i}.md`] = `# F${i}\n\n${`---\nsrc: ./f${i + 1}.md\n---\n\n`.repeat(6)}`;
    const deck = build('# Deck\n\n---\nsrc: ./f0.md\n---\n', files);
    expect(deck.slides.length).toBeLessThanOrEqual(2001);
    expect(deck.warnings.filter((warning) => /was not read: the deck already imports/.test(warning.message))).toHaveLength(1);
  });
});

describe('Slidev clicks', () => {
  const steps = (text: string): number[] => build(text).slides.map((slide) => countFragmentSteps(slide.html));

  it('`v-click` and `v-after` attributes, `at` and directive values', () => {
    const deck = build('# Clicks\n\n<div v-click>one</div>\n<div v-after>with one</div>\n<div v-click>two</div>\n<div v-click="5">five</div>\n<v-click at="+2">four</v-click>\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<div class="fragment" data-fragment-index="1">one</div>');
    expect(html).toContain('<div class="fragment" data-fragment-index="1">with one</div>');
    expect(html).toContain('data-fragment-index="5">five</div>');
    expect(html).toContain('<div class="fragment" data-fragment-index="4">four</div>');
    expect(html).not.toMatch(/v-click|v-after/);
    expect(countFragmentSteps(html)).toBe(4);
  });

  it('`<v-clicks>` with `depth` and `every`', () => {
    expect(steps('# A\n\n<v-clicks depth="2">\n\n- one\n  - one.a\n  - one.b\n- two\n\n</v-clicks>\n')).toEqual([4]);
    expect(steps('# A\n\n<v-clicks>\n\n- one\n  - one.a\n- two\n\n</v-clicks>\n')).toEqual([2]);
    expect(steps('# A\n\n<v-clicks every="2">\n\n- 1\n- 2\n- 3\n- 4\n- 5\n\n</v-clicks>\n')).toEqual([3]);
  });

  it('clicks nested in `<v-clicks>` and components after a `<style>` are still read', () => {
    const deck = build('# A\n\n<v-clicks>\n<v-click>inner</v-click>\n<p>two</p>\n</v-clicks>\n\n<style>\n/* <!-- */\n</style>\n\n<Tweet id="1" />\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).not.toMatch(/<v-clicks?|<tweet/i);
    expect(html).toContain('<div class="mimbar-component">Tweet</div>');
    expect(html).toMatch(/<div class="fragment" data-fragment-index="\d+">inner<\/div>/);
    expect(html).toMatch(/<p class="fragment" data-fragment-index="\d+">two<\/p>/);
  });

  it('a `<v-click>` inside a paragraph stays inline', () => {
    const html = build('# A\n\nSay <v-click>hello</v-click> now.\n').slides[0]?.html ?? '';
    expect(html).toContain('<p>Say <span class="fragment" data-fragment-index="1">hello</span> now.</p>');
  });
});

describe('Slidev slots, components and constructs Mimbar does not honour', () => {
  it('two-cols-header: the header above both columns is the default slot, beside a left one', () => {
    const html = build('# A\n\n---\nlayout: two-cols-header\n---\n\n# Header\n\n::left::\n\nLeft\n\n::right::\n\nRight\n').slides[1]?.html ?? '';
    expect(html).toMatch(/^<div class="mimbar-slot mimbar-slot-default">\s*<h1>Header<\/h1>\s*<\/div><div class="mimbar-slot mimbar-slot-left">\s*<p>Left<\/p>\s*<\/div><div class="mimbar-slot mimbar-slot-right">\s*<p>Right<\/p>\s*<\/div>$/);
  });

  it('components become labelled boxes, inline ones inline; their closing tags go, their text stays', () => {
    const deck = build('# A\n\nSee <carbon-logo-github /> here\n\n<Youtube id="x">\n\nCaption\n\n</Youtube>\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<p>See <span class="mimbar-component">carbon-logo-github</span> here</p>');
    expect(html).toContain('<div class="mimbar-component">Youtube</div>');
    expect(html).toContain('<p>Caption</p>');
    expect(html).not.toMatch(/youtube id|<\/youtube>/i);
    expect(notices(deck)).toEqual(['Vue component `<carbon-logo-github>` is not run; Mimbar shows a labelled box in its place.', 'Vue component `<Youtube>` is not run; Mimbar shows a labelled box in its place.']);
  });

  it('code blocks keep their language and line highlight steps; Monaco is shown as plain code', () => {
    const deck = build('# A\n\n```ts {2|3-4}\nconst a = 1\nlet b = 2\nlet c = 3\nlet d = 4\n```\n\n```js {monaco}\nlet b\n```\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).toContain('<code class="language-ts">');
    expect(html).toContain('<code class="language-js">');
    // Two steps: the block, and one copy as a fragment with lines 3-4 lit.
    expect(html.match(/class="mimbar-code-step[^"]*"/g)).toEqual(['class="mimbar-code-step mimbar-code-focus"', 'class="mimbar-code-step mimbar-code-focus fragment"', 'class="mimbar-code-step"']);
    expect(html).not.toContain('{');
    expect(html).not.toContain('mimbar-line-number');
    expect(notices(deck)).toEqual(['Slidev Monaco editors (`{monaco}`) are not run; the code is shown as a plain code block.']);
  });

  it('a code block\'s highlight steps are clicks in document order with the v-clicks around them', () => {
    const html = build('# A\n\n<v-click>\n\nBefore\n\n</v-click>\n\n```js {1|2|3}\na\nb\nc\n```\n\n<v-click>\n\nAfter\n\n</v-click>\n').slides[0]?.html ?? '';
    const clicks = [...html.matchAll(/<div class="([^"]*)" data-fragment-index="(\d+)"/g)].map((match) => `${match[1]?.includes('mimbar-code-step') ? 'code' : 'text'} ${match[2]}`);
    expect(clicks).toEqual(['text 1', 'code 2', 'code 3', 'text 4']);
  });

  it('headmatter `lineNumbers: true` numbers every code block but one that says `lines:false`', () => {
    const deck = build('---\nlineNumbers: true\n---\n\n# A\n\n```py\nx = 1\ny = 2\n```\n\n```py {lines:false}\nz = 3\n```\n\n```py {2}{lines:true,startLine:7}\na = 1\nb = 2\n```\n');
    const html = deck.slides[0]?.html ?? '';
    const numbers = [...html.matchAll(/<span class="mimbar-line-number" aria-hidden="true">(\d+)<\/span>/g)].map((match) => match[1]);
    expect(numbers).toEqual(['1', '2', '7', '8']);
    expect(notices(deck).filter((message) => message.includes('lineNumbers'))).toEqual([]);
  });

  it('mermaid blocks are drawn with no notice (their Slidev options get one); plantuml ones are shown as code, with a notice', async () => {
    await loadDiagramLibrary();
    const deck = build('# A\n\n```mermaid\ngraph LR\n  Ask --> Answer\n```\n\n```mermaid {scale: 0.8}\ngraph TD\n  Up --> Down\n```\n\n```plantuml\n@startuml\nA -> B\n@enduml\n```\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html.match(/<div class="mimbar-diagram mimbar-diagram-flowchart"><svg /g)).toHaveLength(2);
    expect(html).toContain('>Answer</text>');
    expect(html).toMatch(/<code class="language-plantuml"><span class="mimbar-code-line"><span class="mimbar-code-text">@startuml/);
    expect(notices(deck)).toEqual([
      "Slidev Mermaid options (`{theme: …, scale: …}`) are not applied; the diagram takes the slide's colours and fits the slide.",
      'A plantuml diagram is not drawn; its source is shown as a code block.',
    ]);
  });

  it('`<style>` and `<script setup>` are dropped with a notice', () => {
    const deck = build('# A\n\n<style>\nh1 { color: red }\n</style>\n\n<script setup>\nconst x = 1\n</script>\n\nText\n');
    const html = deck.slides[0]?.html ?? '';
    expect(html).not.toMatch(/<style|<script|color: red|const x/);
    expect(html).toContain('<p>Text</p>');
    expect(deck.warnings).toContainEqual(expect.objectContaining({ kind: 'dialect', line: 7, message: expect.stringContaining('`<style>`') }));
    expect(deck.warnings).toContainEqual(expect.objectContaining({ kind: 'dialect', line: 11, message: expect.stringContaining('`<script>`') }));
  });

  it('MDC attributes are dropped when `mdc: true`, and left as text otherwise', () => {
    const text = (mdc: boolean): string => `---\ntheme: default\nmdc: ${mdc}\n---\n\n# Title {.text-red}\n\nSome [red words]{.red} here, not \`{.code}\`\n`;
    const on = build(text(true)).slides[0];
    expect(on?.title).toBe('Title');
    expect(on?.html).toContain('<p>Some red words here, not <code>{.code}</code></p>');
    expect(build(text(false)).slides[0]?.title).toBe('Title {.text-red}');
  });

  it('layouts, backgrounds and settings Mimbar maps or reports', () => {
    const deck = build(
      '---\ntheme: default\ncolorSchema: dark\ntransition: slide-left\n---\n\n# A\n\n---\nlayout: my-theme-layout\nbackground: "#123456"\n---\n\n# B\n\n---\nlayout: image-left\nimage: /pic.png\nbackgroundSize: contain\nzoom: 0.8\n---\n\n# C\n\n---\nlayout: iframe\nurl: https://example.com\n---\n\n# D\n',
    );
    expect(deck.meta.theme).toBe('black');
    expect(deck.slides.map((slide) => slide.look.layout)).toEqual(['cover', 'default', 'image-left', 'default']);
    expect(build('# A\n\n---\nlayout: toString\n---\n\n# B\n').slides[1]?.look.layout).toBe('default');
    expect(deck.slides[1]?.look.backgroundColor).toBe('#123456');
    expect(deck.slides[2]?.look).toMatchObject({ backgroundImages: [{ src: '/pic.png', fit: 'contain' }], backgroundSide: 'left' });
    const messages = notices(deck);
    expect(messages).toContainEqual(expect.stringContaining('Slidev slide transitions are not played'));
    expect(messages).toContainEqual(expect.stringContaining('Slidev layout `my-theme-layout`'));
    expect(messages).toContainEqual(expect.stringContaining('Slidev `zoom` is not applied'));
    expect(messages).toContainEqual(expect.stringContaining('Slidev layout `iframe`'));
    // Slidev keys in the head raise no "unknown key" warning.
    expect(deck.warnings.map((warning) => warning.message).filter((message) => message.startsWith('Unknown front matter key'))).toEqual([]);
  });
});

describe('Slidev clicks and the fit budget', () => {
  it('does not count click tag lines and slot markers as blocks: a short slide gets no "shrunk" warning', () => {
    const clicks = ['Satu', 'Dua', 'Tiga', 'Empat'].map((word) => `<v-click>\n\n${word} kalimat pendek.\n\n</v-click>`).join('\n\n');
    const deck = buildDeck(`---\ntheme: seriph\n---\n\n# Judul\n\n---\nlayout: two-cols\n---\n\n# Klik\n\n${clicks}\n\n::right::\n\nKanan.\n`);
    expect(deck.slides[1]?.title).toBe('Klik');
    expect(countFragmentSteps(deck.slides[1]?.html ?? '')).toBe(4);
    expect(deck.warnings.filter((warning) => warning.message.includes('shrunk'))).toEqual([]);
  });
});
