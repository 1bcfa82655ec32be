/**
 * Prints the lesson figures of article decks (tests/support/lesson-metrics.ts): content slides, the
 * share with 2–6 bullets or items, bullet lengths, and any bullet or part that breaks a rule.
 * Run: `npx tsx scripts/lesson-report.ts <file.md> …` (the bundled article when no file is given).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDeck } from '../app/core/deck/build-deck';
import { lessonMetrics } from '../tests/support/lesson-metrics';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : [`${root}slides/manfaat-hubungan-internasional.md`]) {
  const text = readFileSync(file, 'utf8');
  const deck = buildDeck(text);
  const metrics = lessonMetrics(deck, text);
  console.log(`${file}: ${deck.slides.length} slides (lang ${deck.meta.lang}), ${metrics.contentSlides} content slides`);
  console.log(`  2–6 bullets or items: ${(metrics.denseShare * 100).toFixed(0)} % of content slides`);
  console.log(`  bullets: ${metrics.bullets}, median ${metrics.medianBulletLength} characters, longest ${metrics.maxBulletLength}`);
  for (const problem of metrics.problems) console.log(`  problem: ${problem}`);
  if (metrics.problems.length === 0) console.log('  no bullet or part breaks a rule');
}
