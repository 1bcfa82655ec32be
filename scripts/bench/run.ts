/**
 * `npm run bench`: every benchmark, one table. Deck build (Node), first slide and slide change (audience
 * page in Chromium), presenter sync (console → audience in Chromium), PDF export (against the Chromium
 * floor, and Marp CLI with `--peers`). Prints the table with the targets beside the figures, and writes
 * `results.json`, `table.md` and `performance-chart.svg` into `.bench/` (or `--out <folder>`).
 *
 *   --peers          also time Marp CLI (installed into a temporary folder; needs the npm registry)
 *   --docs           also write the table and the chart into docs/performance.md and docs/
 *   --smoke          tiny sizes, one run each: checks that the suite still runs (used by `npm test`)
 *   --only a,b       run only these parts: build, renderer, sync, export, commands (whole processes)
 *   --out <folder>   where the results go (default .bench/)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../../app/cli/find-chromium';
import { benchBuild, benchRichBuild } from './build';
import { renderChart } from './chart';
import { createDeckFolder, ROOT } from './decks';
import { benchCommands } from './commands';
import { benchExport, marpExporter } from './export';
import { incrementalRow } from './incremental';
import { benchRenderer } from './renderer';
import { formatTable, type BenchReport } from './report';
import { benchSync } from './sync';

const PARTS = ['build', 'renderer', 'sync', 'export', 'commands'] as const;
type Part = (typeof PARTS)[number];

/** Sizes (article repetitions), runs and presses of a full run and of a smoke run. */
const PLANS = {
  full: { build: [1, 10, 100], buildRuns: 5, rebuild: 100, rebuildRuns: 5, renderer: [1, 20], firstSlideRuns: 5, presses: 200, sync: 20, syncPresses: 200, export: [1, 5, 10], exportRuns: 3, warm: true, peers: [1, 10], commandRuns: 5, commandPeer: 10 },
  smoke: { build: [1, 2], buildRuns: 1, rebuild: 2, rebuildRuns: 1, renderer: [1, 2], firstSlideRuns: 1, presses: 5, sync: 2, syncPresses: 5, export: [1], exportRuns: 1, warm: false, peers: [1], commandRuns: 1, commandPeer: 1 },
};

const DOCS_BEGIN = '<!-- bench:begin -->';
const DOCS_END = '<!-- bench:end -->';

function readOptions(): { mode: 'full' | 'smoke'; peers: boolean; docs: boolean; only: Set<Part>; out: string } {
  const { values } = parseArgs({
    options: { peers: { type: 'boolean', default: false }, docs: { type: 'boolean', default: false }, smoke: { type: 'boolean', default: false }, only: { type: 'string' }, out: { type: 'string' } },
  });
  const only = new Set<Part>();
  for (const name of (values.only ?? PARTS.join(',')).split(',')) {
    if (!(PARTS as readonly string[]).includes(name)) throw new Error(`--only takes ${PARTS.join(', ')}; got "${name}"`);
    only.add(name as Part);
  }
  return { mode: values.smoke ? 'smoke' : 'full', peers: values.peers, docs: values.docs, only, out: resolve(values.out ?? `${ROOT}.bench`) };
}

function machine(): string {
  const cores = cpus();
  let chromium = 'no Chromium';
  try {
    chromium = execFileSync(findChromium(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // Reported as missing; the browser parts fail with their own message.
  }
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${chromium}`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const plan = PLANS[options.mode];
  const decks = createDeckFolder();
  const report: BenchReport = { date: new Date().toISOString(), mode: options.mode, machine: machine(), rows: [], series: {}, notes: [] };

  if (options.only.has('build')) {
    const build = benchBuild(plan.build.map((times) => decks.deck(times)), plan.buildRuns);
    report.rows.push(...build.rows);
    report.series['deck build'] = build.series;
    report.rows.push(incrementalRow(plan.rebuild, plan.rebuildRuns));
    report.rows.push(...benchRichBuild(decks.rich(), plan.buildRuns));
  }
  if (options.only.has('renderer')) {
    const rendered = plan.renderer.map((times) => decks.deck(times));
    report.rows.push(...(await benchRenderer(rendered, { runs: plan.firstSlideRuns, presses: plan.presses, walk: rendered })));
    report.rows.push(...(await benchRenderer([decks.rich()], { runs: plan.firstSlideRuns, presses: 0, walk: [] })));
  }
  if (options.only.has('sync')) report.rows.push(await benchSync(decks.deck(plan.sync), plan.syncPresses));
  if (options.only.has('export')) {
    const exportDecks = plan.export.map((times) => decks.deck(times));
    const peerDecks = plan.peers.map((times) => decks.deck(times));
    const exported = await benchExport(exportDecks, { runs: plan.exportRuns, warm: plan.warm, peers: options.peers && options.mode === 'full', peerDecks });
    report.rows.push(...exported.rows);
    Object.assign(report.series, exported.series);
    if (!options.peers) report.notes.push('Marp CLI not timed: run `npm run bench -- --peers` (installs it into a temporary folder).');
  }
  if (options.only.has('commands')) {
    const peers = options.peers && options.mode === 'full';
    const marp = peers ? marpExporter(join(decks.folder, 'marp-commands')) : null;
    report.rows.push(...(await benchCommands(decks.deck(1), { runs: plan.commandRuns, marp, peerDeck: peers ? decks.deck(plan.commandPeer) : null })));
    report.notes.push('Commands: whole processes from exec to exit, as a user types them (`node dist/cli/mimbar.mjs …`, what `npx mimbar …` runs, without npx\'s own start-up); the floor is `chromium --headless --print-to-pdf` of the floor\'s static page.');
  }
  report.notes.push(
    'Slide change: keydown timestamp → the keydown task done with the new slide laid out (reveal.js transitions on); the frame is painted next.',
    'Peak memory: PSS (shared pages split between the processes sharing them) summed over the bench process and its children (Chromium, Marp CLI), sampled every 100 ms; the deck build its own process\'s peak RSS; or the page\'s JS heap where named.',
  );

  const table = formatTable(report.rows);
  console.log(`\n${report.machine}\n\n${table}\n\n${report.notes.map((note) => `- ${note}`).join('\n')}`);
  const chart = renderChart({
    title: 'Deck build and PDF export time against slide count',
    series: Object.entries(report.series).map(([name, points]) => ({ name, points, dashed: name === 'chromium floor' })),
  });
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(options.out, 'table.md'), `${table}\n`);
  writeFileSync(join(options.out, 'performance-chart.svg'), chart);
  if (options.docs) writeDocs(report, table, chart);
  const missed = report.rows.filter((row) => row.target && !row.target.met);
  console.log(`\n${missed.length === 0 ? 'every target met' : `${missed.length} target(s) not met: ${missed.map((row) => `${row.benchmark} (${row.deck})`).join(', ')}`}; results in ${options.out}`);
}

/** Puts the table between the markers in docs/performance.md and the chart beside it. */
function writeDocs(report: BenchReport, table: string, chart: string): void {
  const path = `${ROOT}docs/performance.md`;
  const doc = readFileSync(path, 'utf8');
  const begin = doc.indexOf(DOCS_BEGIN);
  const end = doc.indexOf(DOCS_END);
  if (begin < 0 || end < begin) throw new Error(`docs/performance.md lacks the ${DOCS_BEGIN} … ${DOCS_END} markers`);
  const block = `${DOCS_BEGIN}\nMeasured ${report.date.slice(0, 10)} on ${report.machine}.\n\n${table}\n\n${report.notes.map((note) => `- ${note}`).join('\n')}\n`;
  writeFileSync(path, doc.slice(0, begin) + block + doc.slice(end));
  writeFileSync(`${ROOT}docs/performance-chart.svg`, chart);
}

await main();
