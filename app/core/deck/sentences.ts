/**
 * Sentence splitting for Indonesian (and English) prose: ICU's sentence segmenter, then repaired where
 * it breaks after abbreviations, initials and titles, and where an emoji that closes a sentence was
 * pushed to the start of the next one.
 */

/** Abbreviations after which a period never ends a sentence (compared lower-case, without the dot). */
const NEVER_FINAL = new Set([
  // Indonesian titles, addresses and forms
  'dr', 'drs', 'dra', 'prof', 'ir', 'h', 'hj', 'k.h', 'kh', 'st', 'sdr', 'sdri', 'bpk', 'yth', 'no', 'nomor', 'jl', 'jln',
  'kec', 'kab', 'kel', 'prov', 'tgl', 'hal', 'hlm', 'rp', 'a.n', 'u.p', 'u.b', 's.d', 'mis', 'spt', 'kpd', 'sbg', 'thd', 'ttg',
  'dgn', 'dg', 'krn', 'yg', 'pd', 'kol', 'jend', 'letjen', 'mayjen', 'brigjen', 'kapt', 'lett', 'serka', 'pt', 'cv', 'tbk',
  's.h', 's.e', 's.pd', 's.kom', 's.t', 'm.si', 'm.pd', 'm.a', 'm.sc', 'ph.d', 'phd', 'dkk',
  // English
  'mr', 'mrs', 'ms', 'mt', 'vs', 'e.g', 'i.e', 'cf', 'fig', 'approx', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'hon', 'jr', 'sr',
]);

/** Abbreviations that may end a sentence, but not when the next segment starts in lower case. */
const MAYBE_FINAL = new Set(['dll', 'dsb', 'dst', 'tsb', 'dkk', 'etc', 'pen']);

let segmenter: Intl.Segmenter | null = null;

/** Splits text into sentences; whitespace between them is dropped, nothing else is lost or changed. */
export function splitSentences(text: string): string[] {
  // One sentence at most: no sentence end before the last few characters.
  const trimmed = text.trim();
  if (!/[.!?…。\n]/.test(trimmed.slice(0, -3))) return trimmed === '' ? [] : [trimmed];
  segmenter ??= new Intl.Segmenter('id', { granularity: 'sentence' });
  const pieces: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1];
    if (previous !== undefined && shouldJoin(previous, segment)) {
      pieces[pieces.length - 1] = previous + segment;
    } else {
      pieces.push(segment);
    }
  }
  return moveLeadingSymbols(pieces)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
}

function shouldJoin(previous: string, next: string): boolean {
  const word = /(?:^|[\s(“"'])([\p{L}.]+)\.\s*$/u.exec(previous)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "A. Rahman"
  if (NEVER_FINAL.has(word)) return true;
  return MAYBE_FINAL.has(word) && /^\s*\p{Ll}/u.test(next);
}

/** "Selesai! 🎉 Berikutnya" — the emoji closes the first sentence, it does not open the second. */
function moveLeadingSymbols(pieces: string[]): string[] {
  for (let i = 1; i < pieces.length; i += 1) {
    const match = /^([^\p{L}\p{N}\s"“'([]+)(\s+)(?=\S)/u.exec(pieces[i] ?? '');
    if (match?.[1] !== undefined && !/[.!?…]/u.test(match[1])) {
      pieces[i - 1] = `${(pieces[i - 1] ?? '').trimEnd()} ${match[1]}${match[2]}`;
      pieces[i] = (pieces[i] ?? '').slice(match[0].length);
    }
  }
  return pieces;
}
