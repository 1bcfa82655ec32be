/**
 * The languages Mimbar highlights: what a school teaches and shows (programming, web, data, shell),
 * with highlight.js's own aliases (`js`, `py`, `html`, `sh`, `c++`, `pascal`…). They are registered on
 * the first code block, all at once, so a deck without code pays nothing and a page with HTML finds the
 * CSS and JavaScript inside it. There is no auto-detection: a fence without a language stays plain.
 */
import hljs from 'highlight.js/lib/core';
import type { LanguageFn } from 'highlight.js';
import arduino from 'highlight.js/lib/languages/arduino';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import delphi from 'highlight.js/lib/languages/delphi';
import diff from 'highlight.js/lib/languages/diff';
import dos from 'highlight.js/lib/languages/dos';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import lua from 'highlight.js/lib/languages/lua';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import plaintext from 'highlight.js/lib/languages/plaintext';
import powershell from 'highlight.js/lib/languages/powershell';
import python from 'highlight.js/lib/languages/python';
import r from 'highlight.js/lib/languages/r';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

const LANGUAGES: Readonly<Record<string, LanguageFn>> = {
  arduino, bash, c, cpp, csharp, css, delphi, diff, dos, go, ini, java, javascript, json, kotlin, lua, markdown, php,
  plaintext, powershell, python, r, ruby, rust, scss, shell, sql, swift, typescript, xml, yaml,
};

/** Every name and alias a fence may use → the registered language; null until the first code block. */
let known: Map<string, string> | null = null;

function knownLanguages(): Map<string, string> {
  if (known !== null) return known;
  known = new Map();
  for (const [name, language] of Object.entries(LANGUAGES)) {
    hljs.registerLanguage(name, language);
    known.set(name, name);
  }
  for (const name of Object.keys(LANGUAGES)) {
    for (const alias of hljs.getLanguage(name)?.aliases ?? []) if (!known.has(alias)) known.set(alias.toLowerCase(), name);
  }
  return known;
}

/**
 * highlight.js's HTML for `code` in `language` (escaped text and `<span class="hljs-…">` only), or null
 * when the language is not one Mimbar has (the caller shows the code plain).
 */
export function highlightCode(code: string, language: string): string | null {
  // Looked up in our own map: highlight.js keeps languages in plain objects, where `constructor` is found.
  const name = language === '' ? undefined : knownLanguages().get(language);
  if (name === undefined) return null;
  return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
}
