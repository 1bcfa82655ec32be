/**
 * Run by build.ts in a process of its own, so that its peak memory is the build's: reads one deck, loads
 * what it needs to be drawn as the hosts do (the diagram library, for a deck with diagrams), builds it
 * `runs` times, prints `{ slides, times, prepareMs, idleRssMb, peakRssMb }` as JSON.
 */
import { readFileSync } from 'node:fs';
import { buildDeck } from '../../app/core/deck/build-deck';
import { prepareDeckRendering } from '../../app/core/deck/diagrams/diagram-library';

const [path, runsArgument] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: build-worker <deck.md> [runs]');
const runs = Number(runsArgument ?? 5);
const text = readFileSync(path, 'utf8');
const idleRssMb = process.memoryUsage().rss / 1024 / 1024;
const prepareStart = performance.now();
await prepareDeckRendering(text);
const prepareMs = performance.now() - prepareStart;
const times: number[] = [];
let slides = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  slides = buildDeck(text).slides.length;
  times.push(performance.now() - start);
}
// maxRSS is in kilobytes.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ slides, times, prepareMs, idleRssMb, peakRssMb }));
