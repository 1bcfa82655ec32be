/**
 * Tells the language of a deck that does not name one, from its words: the language whose common short
 * words (`CueRules.stopwords`) make up the most of the text wins, when they make up enough of it to be
 * sure. Without a clear winner the deck stays English, as before.
 */
import { CUE_RULES, type CueLanguage } from './cue-rules';

/** At least this share of the words must be the winner's, and it must lead the next by this factor. */
const MIN_SHARE = 0.06;
const MIN_LEAD = 2;
/** Enough words to judge; more only costs time. */
const SAMPLE_WORDS = 4_000;
const SAMPLE_CHARS = 40_000;

/** The language of `text` as a tag (`id`, `en`), or null when the words do not say. */
export function detectLanguage(text: string): CueLanguage | null {
  // The opening of the text is enough, and a large deck is not read twice.
  const words = (text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length < 20) return null;
  const scores = (Object.keys(CUE_RULES) as CueLanguage[]).map((lang) => {
    const stop = new Set<string>(CUE_RULES[lang].stopwords);
    return { lang, hits: words.filter((word) => stop.has(word)).length };
  }).sort((a, b) => b.hits - a.hits);
  const [best, next] = scores;
  if (!best || best.hits / words.length < MIN_SHARE) return null;
  if (next && best.hits < next.hits * MIN_LEAD) return null;
  return best.lang;
}
