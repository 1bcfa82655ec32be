/**
 * The figures issue 17 holds an article deck to, computed from a built `Deck` and its Markdown source:
 * how many content slides hold 2–6 bullets or items, how long bullets are, and the rules every bullet
 * and part keeps (no leading connective, no interjection or fragment, no cut where a hard-wrapped source
 * line ends, no repeated deck title, no part of one unit beside a part of three). `scripts/lesson-report.ts`
 * prints them for any deck; `tests/unit/lesson-deck.test.ts` asserts them.
 */
import type { Deck, Slide } from '../../app/contract/deck';
import { isBulletWorthy, stripConnectives } from '../../app/core/deck/cue';
import { cueRulesFor } from '../../app/core/deck/cue-rules';
import { htmlToText } from '../../app/core/deck/markdown';
import { sameTitle } from '../../app/core/deck/shape-lesson';

export interface LessonMetrics {
  contentSlides: number;
  /** Share of content slides with 2 to 6 bullets or list items. */
  denseShare: number;
  bullets: number;
  medianBulletLength: number;
  maxBulletLength: number;
  /** Each a sentence naming the slide and what is wrong. */
  problems: string[];
}

const chars = (text: string): number => Array.from(text).length;

/** The text of each list item on a slide (bullets and list items alike). */
export function bulletsOf(slide: Slide): string[] {
  return Array.from(slide.html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g), (match) => htmlToText(match[1] ?? '').replace(/\s+/g, ' ').trim());
}

/** The title slide, the agenda and placeholders are not content slides. */
export function isContentSlide(slide: Slide, index: number): boolean {
  if (slide.isPlaceholder || slide.html.includes('class="mimbar-agenda"')) return false;
  return !(index === 0 && /^<h1>/.test(slide.html));
}

/** The cue part of a bullet: after "Sub-title — " on a grouped slide. */
const cuePart = (bullet: string): string => bullet.split(' — ').slice(-1)[0] ?? bullet;

export function lessonMetrics(deck: Deck, source: string): LessonMetrics {
  const rules = cueRulesFor(deck.meta.lang);
  const problems: string[] = [];
  const content = deck.slides.filter(isContentSlide);
  const dense = content.filter((slide) => {
    const count = bulletsOf(slide).length;
    return count >= 2 && count <= 6;
  });
  const all = content.flatMap((slide) => bulletsOf(slide).map((bullet) => ({ slide, bullet })));
  const lengths = all.map(({ bullet }) => chars(bullet)).sort((a, b) => a - b);
  // Lines of the source that stop mid-sentence (a hard-wrapped paragraph), by their last three words.
  const lineEnds = source.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/[.!?:…)]$/.test(line) && !/^[#>|`-]/.test(line))
    .map((line) => line.split(/\s+/).slice(-3).join(' ')).filter((end) => end.split(' ').length === 3);
  const connectives = [...rules.connectives].map((entry) => entry.replace(/,$/, ''));
  for (const { slide, bullet } of all) {
    const cue = cuePart(bullet);
    const lower = cue.toLowerCase();
    // The table's own rule: "kedua," (secondly) is a connective, "Kedua cara ini" (both) is not.
    const opener = connectives.find((entry) => lower.startsWith(`${entry} `) || lower.startsWith(`${entry},`));
    if (opener && stripConnectives(cue, rules) !== cue) problems.push(`${slide.id}: a bullet begins with "${opener}": ${bullet}`);
    if (!isBulletWorthy(cue, rules) && !slide.html.includes('<ol') && cue === bullet) problems.push(`${slide.id}: a bullet is an interjection or a fragment: ${bullet}`);
    if (chars(bullet) > 160) problems.push(`${slide.id}: a bullet is ${chars(bullet)} characters long`);
    const plainBullet = bullet.replace(/[*_`]/g, '');
    const cutAtLine = lineEnds.find((end) => plainBullet.endsWith(end.replace(/[*_`]/g, '')));
    if (cutAtLine) problems.push(`${slide.id}: a bullet ends where a source line ends, mid-sentence ("${cutAtLine}")`);
  }
  deck.slides.forEach((slide, index) => {
    if (index > 0 && sameTitle(slide.title.replace(/ \(\d+\/\d+\)$/, ''), deck.meta.title)) problems.push(`${slide.id}: repeats the deck title`);
  });
  const parts = new Map<string, number[]>();
  for (const slide of content) {
    if (slide.part === null) continue;
    const base = slide.id.replace(/~\d+$/, '');
    parts.set(base, [...(parts.get(base) ?? []), unitCount(slide)]);
  }
  for (const [base, counts] of parts) {
    if (counts.some((count) => count === 1) && counts.some((count) => count >= 3)) problems.push(`${base}: its parts are unbalanced (${counts.join(' + ')})`);
  }
  return {
    contentSlides: content.length,
    denseShare: content.length === 0 ? 0 : dense.length / content.length,
    bullets: all.length,
    medianBulletLength: lengths[Math.floor((lengths.length - 1) / 2)] ?? 0,
    maxBulletLength: lengths[lengths.length - 1] ?? 0,
    problems,
  };
}

/** Bullets, items and blocks on a slide below its heading. */
function unitCount(slide: Slide): number {
  const body = slide.html.replace(/^<h[12]>[\s\S]*?<\/h[12]>\n/, '');
  return (body.match(/<(li|pre|table|blockquote)\b/g) ?? []).length + (body.match(/<p\b(?![^>]*mimbar-lead-in)/g) ?? []).length;
}
