/**
 * Test and bench material for the incremental builder: a large deck made by repeating one, and seeded
 * random edits of the kinds that stress reuse (a word, a section added or removed, headings renamed so ids
 * shift, notes blocks, front matter, link definitions, fences and comments that hide or swallow headings).
 */

/** The front matter of `text` followed by its body `times` times, joined by `\n`. */
export function repeatDeck(text: string, times: number): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  const head = match?.[0].replace(/\n$/, '') ?? null;
  const body = head === null ? text : text.slice(head.length + 1);
  const bodies = Array.from({ length: times }, () => body);
  return (head === null ? bodies : [head, ...bodies]).join('\n');
}

/** A small seeded generator (mulberry32): the same seed gives the same edits. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = (lines: string[], pick: Pick, n: number) => void;
type Pick = <T>(items: readonly T[]) => T;

/** Blocks inserted before a heading, each a case the piece lexer must get right (a number makes each unique). */
export const EDGE_BLOCKS: readonly ((n: number) => string)[] = [
  (n) => `Note: notes ${n} for this slide.\n`,
  (n) => `<!-- notes: comment notes ${n} -->\n`,
  (n) => `<!-- notes part 2: notes ${n} of a second part -->\n`,
  (n) => `<aside class="notes">\nAside notes ${n}.\n</aside>\n`,
  (n) => `::: notes\nQuarto notes ${n}.\n\n## not a heading ${n} in notes\n\n:::\n`,
  (n) => `::: notes\nAn unclosed notes div ${n}.\n\n## heading ${n} after it\n`,
  (n) => '```\n## not a heading ' + n + '\n\n## still code\n```\n',
  (n) => '```js\n\n## unclosed fence ' + n + '\n',
  (n) => '~~~~\n\n# tilde fence ' + n + '\n\n```\n~~~~\n',
  (n) => `<!--\n\n## inside a comment ${n}\n\n-->\n`,
  (n) => `<!-- an unclosed comment ${n}\n`,
  (n) => `<pre>\n\n## inside pre ${n}\n\n</pre>\n`,
  (n) => `<div>\nAn HTML block ${n}\n</div>\n`,
  (n) => `[ref${n}]: https://example.com/${n} "Title ${n}"\n\nSee [this link][ref${n}] and [ref${n}].\n`,
  (n) => `- [ ] task ${n}\n- [x] done ${n}\n\n  continued item\n`,
  (n) => `   ## indented heading ${n}\n`,
  (n) => `Setext heading ${n}\n---\n`,
  () => '---\n',
  () => '----\n',
  (n) => `${'>'.repeat(60)} too deep ${n}\n`,
  (n) => `${'*a* '.repeat(1100)}${n}\n`,
  (n) => `| a | b |\n|---|---|\n| ${n} | 2 |\n`,
  (n) => Array.from({ length: 12 }, (_, i) => `Sentence ${i} of a long paragraph ${n} that goes on.`).join(' ') + '\n',
  (n) => `## Duplicate title\n\nDuplicate ${n}.\n`,
  (n) => `# A second top heading ${n}\n`,
  (n) => `\t## tab heading ${n}\n`,
  (n) => `1. one ${n}\n2. two\n\n   ## indented in the list\n`,
  (n) => `    indented code ${n}\n\n    more code\n`,
  (n) => `> a quote ${n}\n>\n> ## heading in the quote\n`,
  (n) => `<custom-tag>\n\n## after a custom tag ${n}\n\n</custom-tag>\n`,
  (n) => `<details>\n\n## in details ${n}\n\n</details>\n`,
  (n) => `<textarea>\n\n## in a textarea ${n}\n\n</textarea>\n`,
  (n) => `## Closed heading ${n} ##\n\n##\n\n#hashtag ${n}\n`,
  (n) => `A footnote${n}.[^${n}]\n\n[^${n}]: The note.\n`,
  (n) => `Title ${n}\n===\n`,
];

const FRONT_MATTER_LINES: readonly string[] = [
  'title: A new title',
  'title: ""',
  'condense: false',
  'style: deck',
  'style: article',
  'slideLevel: 3',
  'slideLevel: 1',
  'author: Somebody',
  'lang: en',
  'lang: id',
  'theme: white',
  'unknown: key',
  'title: [unclosed',
];

const headingLines = (lines: string[]): number[] => lines.flatMap((line, i) => (/^#{1,6} /.test(line) ? [i] : []));
const proseLines = (lines: string[]): number[] => lines.flatMap((line, i) => (line.length > 20 && !/^[#<:`~|>-]/.test(line) ? [i] : []));
const frontMatterEnd = (lines: string[]): number => (lines[0] === '---' ? lines.indexOf('---', 1) : -1);

const EDITS: readonly Edit[] = [
  // A word in one section.
  (lines, pick, n) => {
    const at = pick(proseLines(lines));
    if (at !== undefined) lines[at] = (lines[at] ?? '').replace(/\S+/, `word${n}`);
  },
  // A section added before a heading.
  (lines, pick, n) => {
    const at = pick(headingLines(lines)) ?? lines.length;
    lines.splice(at, 0, `## Added section ${n}`, '', `Text of added section ${n}.`, '');
  },
  // A section removed (heading to next heading).
  (lines, pick) => {
    const headings = headingLines(lines);
    const index = Math.floor(headings.length * pick([0, 0.25, 0.5, 0.75, 0.99]));
    const start = headings[index];
    if (start !== undefined) lines.splice(start, (headings[index + 1] ?? lines.length) - start);
  },
  // A heading renamed (ids after it shift), sometimes to a title that exists.
  (lines, pick, n) => {
    const headings = headingLines(lines);
    const at = pick(headings);
    if (at === undefined) return;
    const other = lines[pick(headings) ?? at] ?? '';
    lines[at] = pick([`## Renamed ${n}`, other.replace(/^#+/, (lines[at] ?? '').match(/^#+/)?.[0] ?? '##'), `### Deeper ${n}`, `# Top ${n}`]);
  },
  // A block inserted before a heading (or at the end).
  (lines, pick, n) => {
    const at = pick(headingLines(lines)) ?? lines.length;
    lines.splice(at, 0, ...pick(EDGE_BLOCKS)(n).split('\n'));
  },
  // A front matter line set, or the front matter removed or added.
  (lines, pick) => {
    const end = frontMatterEnd(lines);
    const line = pick(FRONT_MATTER_LINES);
    if (end === -1) {
      lines.unshift('---', line, '---', '');
    } else if (pick([true, false, false, false])) {
      lines.splice(0, end + 1);
    } else {
      const key = line.split(':')[0] ?? '';
      const existing = lines.slice(1, end).findIndex((l) => l.startsWith(`${key}:`));
      if (existing === -1) lines.splice(1, 0, line);
      else lines[existing + 1] = line;
    }
  },
  // The empty line before a heading removed, or an empty line doubled.
  (lines, pick) => {
    const at = pick(headingLines(lines));
    if (at !== undefined && at > 0 && lines[at - 1] === '') lines.splice(at - 1, pick([1, 0]), ...(pick([true, false]) ? [] : ['', '']));
  },
  // Two sections swapped.
  (lines, pick) => {
    const headings = headingLines(lines);
    const a = pick(headings.slice(0, -1));
    if (a === undefined) return;
    const b = headings[headings.indexOf(a) + 1] ?? lines.length;
    const moved = lines.splice(a, b - a);
    const to = pick(headingLines(lines)) ?? lines.length;
    lines.splice(to, 0, ...moved);
  },
];

/** Applies one random edit to `text` (LF line endings); `n` numbers what it inserts. */
export function randomEdit(text: string, random: () => number, n: number): string {
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const lines = text.split('\n');
  (EDITS[Math.floor(random() * EDITS.length)] as Edit)(lines, pick, n);
  return lines.join('\n');
}

/** The text as a file might hold it: as is, with CRLF line endings, with a BOM, or both. */
export function randomEncoding(text: string, random: () => number): string {
  const crlf = random() < 0.15 ? text.replace(/\n/g, '\r\n') : text;
  return random() < 0.15 ? `\uFEFF${crlf}` : crlf;
}
