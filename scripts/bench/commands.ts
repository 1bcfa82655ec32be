/**
 * Whole processes, as a user types them: the built `mimbar` command (dist/cli/mimbar.mjs, what `npx
 * mimbar` runs) timed from exec to exit, beside `node -e 0` for start-up and beside the floor run as a
 * process too: Chromium's own `--headless --print-to-pdf` of the floor's static page. With `--peers`, Marp
 * CLI's whole process on the same file. Medians of `runs` runs after one warm-up. These are the figures a
 * teacher waits for; the in-process export rows say where inside the time goes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../app/cli/find-chromium';
import type { BenchDeck } from './decks';
import { median, ROOT } from './decks';
import { floorHtml, type Exporter } from './export';
import type { BenchRow } from './report';

/** Targets, as shares of the reference each is measured against. */
export const COMMAND_TARGETS = { help: 3, build: 6, export: 1.2, marp: 0.6 };

const CLI = join(ROOT, 'dist/cli/mimbar.mjs');

/** Runs `command args…` to the end and returns its wall time in seconds; throws when it fails. */
function timeProcess(command: string, args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 300_000 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.stderr}`);
  return seconds;
}

/** The median of `runs` runs of `once`, after one warm-up run (disk cache). */
function medianOf(runs: number, once: () => number): number {
  once();
  return median(Array.from({ length: runs }, once));
}

async function measure(deck: BenchDeck, runs: number, work: string): Promise<{ node: number; help: number; npxHelp: number; build: number; floor: number; exported: number; slides: number }> {
  const { html, slides } = await floorHtml(deck);
  const page = join(work, 'floor.html');
  writeFileSync(page, html);
  const out = join(work, `${deck.name.replace(/\W+/g, '-')}.pdf`);
  const chromium = findChromium();
  return {
    node: medianOf(runs, () => timeProcess(process.execPath, ['-e', '0'])),
    help: medianOf(runs, () => timeProcess(process.execPath, [CLI, '--help'])),
    // npx resolves the command through npm first (it reads the whole dependency tree): shown, not judged.
    npxHelp: medianOf(runs, () => timeProcess('npx', ['--no-install', 'mimbar', '--help'])),
    build: medianOf(runs, () => timeProcess(process.execPath, [CLI, 'build', deck.path])),
    floor: medianOf(runs, () => timeProcess(chromium, ['--headless', ...chromiumArgs(), '--no-pdf-header-footer', `--print-to-pdf=${join(work, 'floor.pdf')}`, `file://${page}`])),
    exported: medianOf(runs, () => timeProcess(process.execPath, [CLI, 'export', deck.path, '-o', out])),
    slides,
  };
}

const ms = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`;

/** One row of a command against its reference. */
function row(benchmark: string, deck: BenchDeck, slides: number, seconds: number, reference: { seconds: number; name: string; target: number | null }): BenchRow {
  const ratio = seconds / reference.seconds;
  const time = seconds < 1 ? ms(seconds) : `${seconds.toFixed(2)} s`;
  return {
    benchmark,
    deck: deck.name,
    slides,
    measured: `${time} (${ratio.toFixed(2)}× ${reference.name})`,
    value: seconds,
    unit: 's',
    target: reference.target === null ? null : { text: `≤ ${reference.target}× ${reference.name}`, met: ratio <= reference.target },
    memory: null,
  };
}

/** The whole-process rows: start-up and build on `deck`, export on `deck` and, with `marp`, on `peerDeck` against Marp CLI. */
export async function benchCommands(deck: BenchDeck, options: { runs: number; marp: Exporter | null; peerDeck: BenchDeck | null }): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'mimbar-bench-commands-'));
  process.stderr.write(`commands: node -e 0, mimbar --help, build, export and chromium --print-to-pdf on ${deck.name}\n`);
  const m = await measure(deck, options.runs, work);
  const node = { seconds: m.node, name: 'node -e 0' };
  const floor = { seconds: m.floor, name: 'chromium --print-to-pdf' };
  const rows: BenchRow[] = [
    { benchmark: 'command: node -e 0', deck: deck.name, slides: m.slides, measured: ms(m.node), value: m.node, unit: 's', target: null, memory: null },
    row('command: mimbar --help', deck, m.slides, m.help, { ...node, target: COMMAND_TARGETS.help }),
    row('command: npx mimbar --help', deck, m.slides, m.npxHelp, { ...node, target: null }),
    row('command: mimbar build', deck, m.slides, m.build, { ...node, target: COMMAND_TARGETS.build }),
    { benchmark: 'command: chromium --print-to-pdf', deck: deck.name, slides: m.slides, measured: `${m.floor.toFixed(2)} s (the floor's static page)`, value: m.floor, unit: 's', target: null, memory: null },
    row('command: mimbar export', deck, m.slides, m.exported, { ...floor, target: COMMAND_TARGETS.export }),
  ];
  if (options.marp && options.peerDeck) {
    const peer = options.peerDeck;
    const { slides } = await floorHtml(peer);
    process.stderr.write(`commands: mimbar export and marp --pdf on ${peer.name}\n`);
    const marp = options.marp;
    const marpOut = join(work, 'marp.pdf');
    // The warm-up run also counts Marp's pages; each run is a whole `marp` process (run synchronously).
    const marpPages = await marp(peer, marpOut);
    const marpSeconds = median(
      Array.from({ length: options.runs }, () => {
        const start = performance.now();
        void marp(peer, marpOut);
        return (performance.now() - start) / 1000;
      }),
    );
    const mimbarSeconds = medianOf(options.runs, () => timeProcess(process.execPath, [CLI, 'export', peer.path, '-o', join(work, 'peer.pdf')]));
    rows.push(
      { benchmark: 'command: marp --pdf', deck: peer.name, slides: marpPages || slides, measured: `${marpSeconds.toFixed(2)} s`, value: marpSeconds, unit: 's', target: null, memory: null },
      row('command: mimbar export', peer, slides, mimbarSeconds, { seconds: marpSeconds, name: 'marp --pdf', target: COMMAND_TARGETS.marp }),
    );
  }
  return rows;
}
