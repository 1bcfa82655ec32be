import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckInputError } from '../files/read-source';
import { checkDeckFile } from './check-deck-file';

const article = new URL('../../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;
const diagrams = new URL('../../../tests/fixtures/rich/diagrams.md', import.meta.url).pathname;
const formulas = new URL('../../../tests/fixtures/rich/math.md', import.meta.url).pathname;
const fixture = new URL('../../../tests/fixtures/check/not-ready.md', import.meta.url).pathname;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-check-file-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkDeckFile', () => {
  it('loads the diagram library itself and reports the one broken diagram at its line', async () => {
    const { report, text } = await checkDeckFile(diagrams);
    expect(report.findings.map((f) => [f.kind, f.slide?.number ?? null, f.line])).toEqual([['diagram', 7, 63]]);
    expect(text).toContain('Diagrams shown as their source (1 problem)');
    expect(text).toContain('line 63: A diagram could not be drawn: the line "Middle -->" is not understood; its source is shown.');
  });

  it('reports the formula with a typo as a problem at its line, and none of the formulas typeset', async () => {
    const { report, text } = await checkDeckFile(formulas);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.kind, f.severity, f.slide?.title ?? null, f.line])).toEqual([['formula', 'problem', 'Rumus yang salah ketik', 57]]);
    expect(text).toContain('Formulas shown as their source (1 problem)');
    expect(text).toContain('line 57: Formula "$\\frac{1}{$" could not be typeset');
  });

  it('finds the shipped article ready for class', async () => {
    const { report, text } = await checkDeckFile(article);
    expect(report).toMatchObject({ ok: true, problemCount: 0, findings: [] });
    expect(text).toBe('Ready for class: nothing is loaded from the network and every image is here.\n');
  });

  it('finds every problem of the fixture, and not its present image or its link', async () => {
    const { report, text } = await checkDeckFile(fixture);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.kind, f.slide?.number ?? null, f.line, f.reference])).toEqual([
      ['remote', 2, 15, 'https://example.org/maps/world.png'],
      ['outside', 3, 21, '../school-logo.png'],
      ['missing', 4, 27, 'images/trade-chart.png'],
      ['over-budget', 6, 39, null],
      ['front-matter', null, 4, null],
    ]);
    expect(text).not.toContain('alliances');
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 problems, 2 notices: fix the problems before class');
  });

  it('reads a file that is not valid UTF-8 and reports it', async () => {
    const path = join(dir, 'latin1.md');
    await writeFile(path, Buffer.from('## Caf\xe9\n\nText.\n', 'latin1'));
    const { report } = await checkDeckFile(path);
    expect(report.findings.map((f) => f.kind)).toEqual(['not-utf8']);
  });

  it('throws DeckInputError for a missing file', async () => {
    await expect(checkDeckFile(join(dir, 'nope.md'))).rejects.toBeInstanceOf(DeckInputError);
  });
});
