/**
 * The tools' own parsers, run offline on the dialect fixtures: what Slidev, Marp, reveal.js and reveal-md
 * make of each deck. These tests pin the behaviour the dialect modules are compared against, so a tool
 * upgrade that changes it shows up here first, and each expectation says which documented rule it is.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { REVEAL_DEFAULTS, marpReference, revealMdReference, revealReference, slidevReference, type PeerSlide } from '../support/peer-decks';

const DIALECTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dialects');
const fixture = (tool: string, name: string): string => join(DIALECTS, tool, name);
const read = (tool: string, name: string): string => readFileSync(fixture(tool, name), 'utf8');
const titles = (slides: PeerSlide[]): (string | null)[] => slides.map((s) => s.title);
/** Every attribute name on every element of `html`, as a browser would parse it. */
function attributeNames(html: string): string[] {
  const names: string[] = [];
  const walk = (nodes: readonly DefaultTreeAdapterMap['childNode'][]): void => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      names.push(...node.attrs.map((a) => a.name));
      walk(node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return names;
}
const withNotes = (slides: PeerSlide[]): number => slides.filter((s) => s.notes !== '').length;

describe('Slidev (@slidev/parser)', () => {
  it('reads the lesson as thirteen slides, one of them hidden, each with its layout', async () => {
    const deck = await slidevReference(read('slidev', 'kelas-fotosintesis.md'), fixture('slidev', 'kelas-fotosintesis.md'));
    expect(deck.errors).toEqual([]);
    expect(deck.slides).toHaveLength(13);
    expect(deck.slides.filter((s) => s.hidden).map((s) => s.title)).toEqual(['Soal Cadangan']);
    expect(deck.slides.map((s) => s.layout ?? null)).toEqual([
      'cover', 'center', null, 'two-cols', 'image-right', 'section', null, null, null, 'quote', 'fact', 'statement', 'end',
    ]);
    expect(deck.slides[4]?.frontmatter?.['image']).toBe('./kloroplas.png');
    expect(withNotes(deck.slides)).toBe(7);
  });

  it('takes only the last comment of a slide as its note; earlier comments stay in the slide', async () => {
    const deck = await slidevReference(read('slidev', 'kelas-fotosintesis.md'));
    const goals = deck.slides[1];
    expect(goals?.notes).toBe('Bacakan tujuan pelajaran pelan-pelan, lalu tulis di papan.');
    expect(goals?.markdown).toContain('<!-- Catatan penyusun: slide ini dipakai juga di kelas IX. -->');
  });

  it('titles a slide from its frontmatter `title:`, and the first slide from the headmatter title', async () => {
    const deck = await slidevReference(read('slidev', 'kelas-fotosintesis.md'));
    expect(deck.slides[6]?.title).toBe('Persamaan Reaksi');
    expect(deck.slides[6]?.markdown).toMatch(/^## 6CO₂/);
    // The headmatter is also the first slide's frontmatter, so its `title` beats the slide's own heading.
    expect(deck.slides[0]?.title).toBe('Fotosintesis untuk Kelas VIII');
    expect(deck.slides[0]?.markdown).toMatch(/^# Fotosintesis\n/);
  });

  it('keeps `---` inside a code block, `::right::`, click blocks and component tags in the slide', async () => {
    const deck = await slidevReference(read('slidev', 'kelas-fotosintesis.md'));
    expect(deck.slides[8]?.markdown).toContain('---\ntanaman: kangkung');
    expect(deck.slides[3]?.markdown).toContain('::right::');
    expect(deck.slides[2]?.markdown).toContain('<v-clicks>');
    expect(deck.slides[3]?.markdown).toContain('<v-click>');
    expect(deck.slides[11]?.markdown).toContain('<Tweet id="20" />');
    expect(deck.slides.every((s) => s.fragments === null)).toBe(true);
  });

  it('puts the slides of a `src:` import in the importing slide\'s place, notes included', async () => {
    const deck = await slidevReference(read('slidev', 'intro-to-python.md'), fixture('slidev', 'intro-to-python.md'));
    expect(deck.errors).toEqual([]);
    expect(titles(deck.slides)).toEqual([
      'Introduction to Python', 'Why Python?', 'Hello, world', 'Comments', 'Indentation', 'Variables', 'Try it', 'Questions?',
    ]);
    expect(deck.slides.filter((s) => s.imported).map((s) => s.title)).toEqual(['Comments', 'Indentation']);
    expect(deck.slides[3]?.notes).toBe('Comments are for people, not for the computer.');
    expect(withNotes(deck.slides)).toBe(4);
  });

  it('without the deck\'s folder an import is missing, and the slide is dropped', async () => {
    const deck = await slidevReference(read('slidev', 'intro-to-python.md'));
    expect(deck.slides).toHaveLength(6);
    expect(deck.errors).toHaveLength(1);
    expect(deck.errors[0]).toContain('not found');
  });

  it('refuses imports outside the deck\'s folder (hostile deck)', async () => {
    const deck = await slidevReference(read('slidev', 'hostile.md'), fixture('slidev', 'hostile.md'));
    expect(deck.errors).toHaveLength(2);
    expect(deck.errors.every((e) => e.includes('escapes the project root'))).toBe(true);
    expect(titles(deck.slides)).toEqual(['Hostile Slidev deck', 'Remote image layout', 'Iframe layout', 'Local file background']);
    // Slidev passes the rest through as written: keeping it harmless is the reader's job.
    expect(deck.slides[0]?.frontmatter?.['background']).toBe('javascript:alert(1)');
  });
});

describe('Marp (@marp-team/marp-core)', () => {
  const ekosistem = marpReference(read('marp', 'ekosistem.md'));

  it('reads the lesson as ten slides', () => {
    expect(ekosistem.slides).toHaveLength(10);
    expect(ekosistem.slides[0]?.title).toBe('Ekosistem di Sekitar Kita');
    expect(ekosistem.slides[6]?.title).toBeNull();
    expect(withNotes(ekosistem.slides)).toBe(5);
  });

  it('keeps directive comments out of the notes, and joins a slide\'s other comments', () => {
    expect(ekosistem.slides[0]?.notes).toBe('Mulai dengan menanyakan hewan apa yang siswa lihat di jalan ke sekolah.');
    expect(ekosistem.slides[1]?.notes).toBe('Tekankan kata "timbal balik".\n\nBeri contoh kolam di belakang sekolah.');
    // The multi-line `_backgroundColor`/`_color` comment is a directive, not a note.
    expect(ekosistem.slides[4]?.notes).toBe('');
    // A comment at the end of a list item is a note too.
    expect(ekosistem.slides[3]?.notes).toBe('Capung bertelur di air: tanyakan siapa yang pernah melihatnya.');
  });

  it('shows a paragraph that starts with `Note:` on the slide', () => {
    const chain = ekosistem.slides[5];
    expect(chain?.notes).toBe('');
    expect(chain?.html).toContain('<p>Note: tulisan ini tampil di slide');
  });

  it('applies global and spot directives to the slide\'s section', () => {
    const [lead, second] = ekosistem.slides;
    expect(lead?.attributes?.['class']).toBe('lead');
    expect(lead?.attributes?.['data-paginate']).toBeUndefined();
    expect(second?.attributes?.['data-paginate']).toBe('true');
    expect(second?.attributes?.['class']).toBeUndefined();
    expect(second?.attributes?.['data-header']).toBe('IPA Kelas VII · Ekosistem');
    expect(second?.attributes?.['data-footer']).toBe('SMP Negeri 3 Sleman');
    expect(second?.attributes?.['data-background-color']).toBe('#fbfbf2');
    expect(ekosistem.slides[4]?.attributes?.['data-background-color']).toBe('#1b4332');
    expect(ekosistem.slides[4]?.attributes?.['data-color']).toBe('white');
    expect(ekosistem.slides[5]?.attributes?.['data-background-color']).toBe('#fbfbf2');
    expect(ekosistem.slides[8]?.attributes?.['data-header']).toBeUndefined();
    expect(ekosistem.slides[9]?.attributes?.['class']).toBe('lead');
  });

  it('makes each item of a `*` list a fragment, and `-` lists not', () => {
    expect(ekosistem.slides.map((s) => s.fragments)).toEqual([0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
  });

  it('turns `![bg]` images into backgrounds and sizes `![w:200]` images', () => {
    expect(ekosistem.slides.map((s) => s.backgrounds)).toEqual([[], [], ['img/hutan.png'], ['img/sungai.png'], [], [], ['img/hutan.png'], [], [], []]);
    expect(ekosistem.slides[3]?.attributes?.['data-marpit-advanced-background-split']).toBe('left');
    expect(ekosistem.slides[3]?.attributes?.['style']).toContain('--marpit-advanced-background-split:40%');
    expect(ekosistem.slides[6]?.html).toContain('background-size:contain');
    expect(ekosistem.slides[1]?.html).toContain('<img src="img/daun.png" alt="" style="width:200px;" />');
    expect(ekosistem.slides[7]?.html).toContain('src="https://upload.wikimedia.org/');
  });

  it('splits on level 1 and 2 headings under `headingDivider: 2`', () => {
    const deck = marpReference(read('marp', 'headingdivider.md'));
    expect(titles(deck.slides)).toEqual(['The Water Cycle', 'Evaporation', 'Condensation', 'Precipitation', 'Collection', 'Quick quiz']);
    expect(deck.slides[2]?.markdown).toContain('### Why clouds float');
    expect(deck.slides[3]?.fragments).toBe(3);
    expect(withNotes(deck.slides)).toBe(2);
  });

  it('escapes script and drops handlers, but keeps remote and outside URLs (hostile deck)', () => {
    const deck = marpReference(read('marp', 'hostile.md'));
    expect(deck.slides).toHaveLength(5);
    const html = deck.slides.map((s) => s.html ?? '').join('\n');
    expect(html).not.toMatch(/<script/i);
    expect(attributeNames(html).filter((name) => name.startsWith('on'))).toEqual([]);
    expect(html).not.toMatch(/<iframe/i);
    // The `_class` payload stays inside the class value, escaped, instead of becoming a handler.
    expect(deck.slides[3]?.attributes?.['class']).toBe('lead" onclick="alert(1)');
    expect(deck.slides[1]?.backgrounds).toEqual(['../../../../etc/passwd']);
    expect(deck.slides[2]?.backgrounds).toEqual(['https://tracker.example.com/remote-bg.png']);
    expect(deck.slides[0]?.attributes?.['style']).toContain('background-image:url(https://tracker.example.com/bg.png)');
    expect(deck.slides[3]?.attributes?.['style']).toContain('url(javascript:alert(1))');
    // `style` is a global directive only: `_style` is an unknown comment, so Marp makes it a note.
    expect(deck.slides[3]?.notes).toContain('_style:');
  });
});

describe('reveal.js Markdown plugin (run whole in jsdom)', () => {
  const VERTICAL_AS_DOCUMENTED = '^\\r?\\n--\\r?\\n$';

  it('splits on `---` right under a line of text, with no blank line around it', () => {
    const deck = revealReference(read('reveal', 'plain-reveal.md'), { verticalSeparator: VERTICAL_AS_DOCUMENTED });
    expect(titles(deck.slides)).toEqual([
      'Photosynthesis, Step by Step', 'What plants need', 'Where it happens', 'Chloroplasts up close', 'Stomata',
      'The equation', 'A note about notes', 'Two notes', 'Quiz',
    ]);
    expect(deck.slides[0]?.markdown).toBe('# Photosynthesis, Step by Step\nA Year 8 biology lesson');
    expect(deck.slides.filter((s) => s.vertical).map((s) => s.title)).toEqual(['Chloroplasts up close', 'Stomata']);
  });

  it('applies the defaults REVEAL_DEFAULTS lists when no option is given', () => {
    const text = read('reveal', 'plain-reveal.md');
    const { verticalSeparator: _none, ...given } = REVEAL_DEFAULTS;
    expect(revealReference(text, given)).toEqual(revealReference(text));
  });

  it('has no vertical slides by default, so `--` stays in the slide', () => {
    const deck = revealReference(read('reveal', 'plain-reveal.md'));
    expect(deck.slides).toHaveLength(7);
    expect(deck.slides[2]?.markdown).toContain('\n--\n');
  });

  it('takes notes after `Note:` or `notes:` at a line start and from `<aside class="notes">`', () => {
    const deck = revealReference(read('reveal', 'plain-reveal.md'), { verticalSeparator: VERTICAL_AS_DOCUMENTED });
    expect(deck.slides[1]?.notes).toBe('Ask who has grown a plant at home.');
    expect(deck.slides[3]?.notes).toBe('Show the microscope photo here.');
    expect(deck.slides[5]?.notes).toBe('Write it on the board first, then reveal it here.');
    expect(withNotes(deck.slides)).toBe(3);
  });

  it('keeps an indented `Note:` on the slide, and a slide with two `Note:` lines has no notes', () => {
    const deck = revealReference(read('reveal', 'plain-reveal.md'), { verticalSeparator: VERTICAL_AS_DOCUMENTED });
    expect(deck.slides[6]?.notes).toBe('');
    expect(deck.slides[6]?.markdown).toContain('  Note: this line starts with spaces');
    expect(deck.slides[7]?.notes).toBe('');
  });

  it('splits on a separator inside a code block too: the separator is a pattern on the raw text', () => {
    const deck = revealReference('## Settings\n```yaml\nname: kelas\n---\nroom: 2\n```\n');
    expect(deck.slides).toHaveLength(2);
  });

  it('turns the notes into `<aside class="notes">` through its own marked', () => {
    const deck = revealReference(read('reveal', 'plain-reveal.md'));
    expect(deck.slides[1]?.html).toContain('<aside class="notes"><p>Ask who has grown a plant at home.</p>');
    expect(deck.slides[1]?.html).not.toContain('Note:');
  });

  it('reads `<!-- .slide: -->` attributes as reveal.js sets them on the slide', () => {
    const deck = revealMdReference(read('reveal', 'reveal-md-deck.md'));
    expect(deck.slides[1]?.attributes).toEqual({ 'data-background': '#ff0000' });
    expect(deck.slides[5]?.attributes).toEqual({ 'data-background-image': 'img/peta.png' });
  });
});

describe('reveal-md (front matter over reveal.js)', () => {
  it('splits on the separators its front matter names, not on `---`', () => {
    const deck = revealMdReference(read('reveal', 'reveal-md-deck.md'));
    expect(titles(deck.slides)).toEqual([
      'Sejarah Candi di Jawa', 'Mengapa Candi Dibangun?', 'Candi Hindu dan Buddha', 'Prambanan', 'Borobudur',
      'Peta Persebaran Candi', 'Garis Waktu', 'Diskusi', 'Terima kasih',
    ]);
    expect(deck.slides.filter((s) => s.vertical).map((s) => s.title)).toEqual(['Prambanan', 'Borobudur']);
    expect(deck.slides[6]?.markdown).toContain('\n---\n');
    expect(withNotes(deck.slides)).toBe(4);
    // `<!-- .element: class="fragment" -->` puts the class on the element before it: two fragments.
    expect(deck.slides.map((s) => s.fragments)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0]);
  });

  it('uses `----` for vertical slides by default', () => {
    const deck = revealMdReference('# One\n\n---\n\n# Two\n\n----\n\n# Two, below\n');
    expect(deck.slides.map((s) => [s.title, s.vertical ?? false])).toEqual([['One', false], ['Two', false], ['Two, below', true]]);
  });

  it('sets every attribute a `.slide:` comment names, handlers and remote frames included (hostile deck)', () => {
    const deck = revealMdReference(read('reveal', 'hostile.md'));
    expect(deck.slides).toHaveLength(6);
    expect(deck.slides[1]?.attributes?.['data-background-iframe']).toBe('https://example.com/embed');
    expect(deck.slides[2]?.attributes?.['data-background-image']).toBe('../../../../etc/passwd');
    expect(deck.slides[3]?.attributes?.['onclick']).toBe('alert(1)');
    expect(deck.slides[4]?.attributes?.['style']).toBe('background:url(https://tracker.example.com/x.png)');
    expect(deck.slides[4]?.html).toContain('<p onclick="alert(1)" style="color:red" class="fragment">');
    // The plugin's marked passes raw HTML and javascript: links through: nothing in reveal.js cleans them.
    expect(deck.slides[5]?.html).toContain("<script>alert('inline script')</script>");
    expect(deck.slides[5]?.html).toContain('<a href="javascript:alert(1)">');
  });
});

describe('Quarto (expected slides from its documentation)', () => {
  interface QuartoSlide {
    title: string | null;
    notes: string;
    fragments: number;
    rules: string[];
  }
  interface QuartoExpected {
    deck: string;
    source: Record<string, string>;
    slides: QuartoSlide[];
  }
  const expected = JSON.parse(read('quarto', 'kuliah-gempa.expected.json')) as QuartoExpected;
  const deck = read('quarto', expected.deck);

  it('names a documentation page for every rule a slide follows', () => {
    const rules = new Set(expected.slides.flatMap((s) => s.rules));
    for (const rule of rules) expect(expected.source[rule], rule).toMatch(/^https:\/\/quarto\.org\/docs\//);
  });

  it('lists one slide per level 1 or 2 heading and horizontal rule, after the title slide, in order', () => {
    const body = deck.replace(/^---\n[\s\S]*?\n---\n/, '');
    const starts = [...body.matchAll(/^(#{1,2}) (.+?)(?: \{.*\})?$|^---$/gm)].map((m) => m[2] ?? null);
    const title = /^title: "(.+)"$/m.exec(deck)?.[1];
    expect(expected.slides.map((s) => s.title)).toEqual([title, ...starts]);
    expect(expected.slides).toHaveLength(11);
  });

  it('takes each expected note from a `::: notes` div of the deck', () => {
    const notes = [...deck.matchAll(/^::: notes\n([\s\S]*?)\n:::$/gm)].map((m) => m[1]);
    expect(expected.slides.filter((s) => s.notes !== '').map((s) => s.notes)).toEqual(notes);
  });

  it('counts as many fragments as the deck has incremental items, pauses and fragment marks', () => {
    const incremental = /::: \{\.incremental\}\n([\s\S]*?)\n:::/.exec(deck)?.[1]?.split('\n').filter((l) => l.startsWith('- ')).length ?? 0;
    const pauses = deck.match(/^\. \. \.$/gm)?.length ?? 0;
    const marks = deck.match(/\{\.fragment\}/g)?.length ?? 0;
    expect(expected.slides.reduce((sum, s) => sum + s.fragments, 0)).toBe(incremental + pauses + marks);
  });
});

describe('the fixtures themselves', () => {
  it('has one hostile deck per dialect', () => {
    for (const tool of ['slidev', 'marp', 'reveal', 'quarto']) expect(existsSync(fixture(tool, 'hostile.md')), tool).toBe(true);
  });

  it('ships every local image the friendly decks name, as a small PNG inside the deck\'s folder', () => {
    const decks: [string, string][] = [
      ['slidev', 'kelas-fotosintesis.md'], ['marp', 'ekosistem.md'], ['reveal', 'reveal-md-deck.md'], ['quarto', 'kuliah-gempa.qmd'],
    ];
    for (const [tool, name] of decks) {
      const paths = [...read(tool, name).matchAll(/(?:\]\(|image: |="|background-image=")(\.?\/?(?:img\/)?[\w-]+\.png)/g)].map((m) => m[1] ?? '');
      expect(paths.length, name).toBeGreaterThan(0);
      for (const path of paths) {
        const file = fixture(tool, path);
        expect(readFileSync(file).subarray(1, 4).toString('latin1'), path).toBe('PNG');
        expect(statSync(file).size, path).toBeLessThan(1024);
      }
    }
  });
});
