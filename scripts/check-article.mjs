#!/usr/bin/env node
// Checks that slides/manfaat-hubungan-internasional.md is a faithful conversion of the plain-text
// article: same word sequence (after removing Markdown syntax the .md added, the three bracketed
// generation labels of the .txt, and U+200D from both), plus a few format rules.
// Usage: node scripts/check-article.mjs [article.txt] [slides.md]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const txtPath = process.argv[2] ?? `${root}tests/fixtures/article/manfaat-hubungan-internasional.txt`;
const mdPath = process.argv[3] ?? `${root}slides/manfaat-hubungan-internasional.md`;

const LABELS = ['[Interjection] ', '[Dependent modifier] ', '[Transitional phrase] '];
const ZWJ = '\u200D';

const problems = [];
const fail = (msg) => problems.push(msg);

const txt = readFileSync(txtPath, 'utf8');
const mdBytes = readFileSync(mdPath);
const md = mdBytes.toString('utf8');

// Format rules for the .md file.
if (mdBytes[0] === 0xef && mdBytes[1] === 0xbb && mdBytes[2] === 0xbf) fail('md starts with a BOM');
if (md.includes('\r')) fail('md contains CR characters (must use LF line endings)');
if (!md.endsWith('\n') || md.endsWith('\n\n')) fail('md must end with exactly one newline');
if (md.includes('<!--')) fail('md contains an HTML comment (notes syntax)');
if (/^\s*notes?:/im.test(md)) fail('md contains a "Note:" line (notes syntax)');
if (/[\u2640\u2642]/u.test(md.replace(/\u200D[\u2640\u2642]/gu, ''))) {
  fail('md has a male/female sign not joined by U+200D');
}

// Front matter: first block between `---` lines, only known keys.
const fm = /^---\n([\s\S]*?)\n---\n/.exec(md);
let body = md;
if (!fm) {
  fail('md has no front matter block at the top');
} else {
  body = md.slice(fm[0].length);
  const keys = fm[1].split('\n').filter((l) => l.trim() !== '').map((l) => l.split(':')[0].trim());
  for (const k of keys) if (!['title', 'lang', 'author', 'theme'].includes(k)) fail(`unknown front matter key: ${k}`);
  if (!/^lang: id$/m.test(fm[1])) fail('front matter lacks `lang: id`');
  if (!/^title: \S/m.test(fm[1])) fail('front matter lacks `title`');
}

// Word sequences.
let source = txt;
for (const label of LABELS) source = source.split(label).join('');
if (/^\[[^\]]+\] /m.test(source)) fail('the .txt has a bracketed label not in the known list');

const mdText = body
  .split('\n')
  .map((line) =>
    line
      .replace(/^#{1,6} /, '') // heading marker
      .replace(/^[-*+] /, '') // bullet markers (added by the .md; the .txt has none)
      // Ordered markers `1.` are kept: the .txt has the same numbers in the same places.
      .replaceAll('**', ''),
  )
  .join('\n');

const words = (s) => s.replaceAll(ZWJ, '').split(/\s+/u).filter(Boolean);
const a = words(source);
const b = words(mdText);

const n = Math.max(a.length, b.length);
for (let i = 0; i < n; i++) {
  if (a[i] !== b[i]) {
    const ctx = (w) => w.slice(Math.max(0, i - 8), i + 8).join(' ');
    fail(
      `word ${i + 1} differs: txt ${JSON.stringify(a[i] ?? '<end>')} vs md ${JSON.stringify(b[i] ?? '<end>')}\n` +
        `  txt: …${ctx(a)}…\n  md:  …${ctx(b)}…`,
    );
    break;
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`article FAIL: ${p}`);
  process.exit(1);
}
console.log(`article ok: ${a.length} words`);
