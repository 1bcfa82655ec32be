// @vitest-environment jsdom
// The benchmark chart, read the way a viewer reads it: parsed as XML, then where the marks and labels land.
import { describe, expect, it } from 'vitest';
import { renderChart, type ChartOptions, type ChartSeries } from '../../scripts/bench/chart';

const build: ChartSeries = { name: 'build', points: [{ slides: 51, seconds: 0.01 }, { slides: 510, seconds: 0.05 }, { slides: 5100, seconds: 0.35 }] };
const exportPdf: ChartSeries = { name: 'export', dashed: true, points: [{ slides: 51, seconds: 1.5 }, { slides: 255, seconds: 3.2 }, { slides: 510, seconds: 6 }] };
const sample: ChartOptions = { title: 'Mimbar benchmarks', series: [build, exportPdf] };

interface Marker { x: number; y: number; tooltip: string }

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.localName).toBe('svg');
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return doc;
}

const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));
const texts = (doc: Document, selector: string): string[] => all(doc, selector).map((el) => el.textContent ?? '');
const attr = (el: Element, name: string): number => Number(el.getAttribute(name));

/** The point markers of each series, in drawing order. */
function markersBySeries(doc: Document): Marker[][] {
  return all(doc, 'g.series').map((group) => all(group, 'circle').map((c) => ({ x: attr(c, 'cx'), y: attr(c, 'cy'), tooltip: c.querySelector('title')?.textContent ?? '' })));
}

function marker(doc: Document, tooltip: string): Marker {
  const found = markersBySeries(doc).flat().find((m) => m.tooltip === tooltip);
  if (found === undefined) throw new Error(`no marker titled ${tooltip}`);
  return found;
}

/** The axis box, from the `M left,top V bottom H right` path. */
function plotBox(doc: Document): { left: number; top: number; bottom: number; right: number } {
  const d = all(doc, 'path')[0]?.getAttribute('d') ?? '';
  const [left = NaN, top = NaN, bottom = NaN, right = NaN] = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  return { left, top, bottom, right };
}

describe('renderChart: the sample benchmark', () => {
  const svg = renderChart(sample);
  const doc = parse(svg);

  it('is a standalone 640×360 SVG document on a white background', () => {
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['640', '360', '0 0 640 360']);
    const background = all(doc, 'rect')[0];
    expect([background?.getAttribute('width'), background?.getAttribute('height'), background?.getAttribute('fill')]).toEqual(['640', '360', '#ffffff']);
  });

  it('draws one line per series and one marker per point, with a tooltip naming slides and time', () => {
    expect(all(doc, 'g.series polyline')).toHaveLength(2);
    expect(markersBySeries(doc).map((markers) => markers.length)).toEqual([3, 3]);
    expect(marker(doc, '5,100 slides: 0.35 s')).toBeDefined();
    expect(marker(doc, '255 slides: 3.2 s')).toBeDefined();
    expect(all(doc, 'g.series polyline')[1]?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(all(doc, 'g.series polyline')[0]?.hasAttribute('stroke-dasharray')).toBe(false);
  });

  it('puts more slides further right and more seconds higher up', () => {
    const [small, middle, large] = ['51 slides: 0.01 s', '510 slides: 0.05 s', '5,100 slides: 0.35 s'].map((t) => marker(doc, t));
    expect(small!.x).toBeLessThan(middle!.x);
    expect(middle!.x).toBeLessThan(large!.x);
    expect(small!.y).toBeGreaterThan(middle!.y);
    expect(middle!.y).toBeGreaterThan(large!.y);
    const exported = marker(doc, '510 slides: 6 s');
    expect(exported.x).toBe(middle!.x);
    expect(exported.y).toBeLessThan(middle!.y);
    // Log axes: ×10 slides is the same distance wherever it starts.
    expect(large!.x - middle!.x).toBeCloseTo(middle!.x - small!.x, 0);
  });

  it('labels the axes in decades, in order, far enough apart to read', () => {
    const x = texts(doc, 'g.x-ticks text');
    const y = texts(doc, 'g.y-ticks text');
    expect(x).toEqual(expect.arrayContaining(['50', '100', '500', '1,000', '5,000']));
    expect(y).toEqual(expect.arrayContaining(['10 ms', '100 ms', '1 s', '10 s']));
    const xs = all(doc, 'g.x-ticks text').map((t) => attr(t, 'x'));
    const ys = all(doc, 'g.y-ticks text').map((t) => attr(t, 'y'));
    xs.slice(1).forEach((at, i) => expect(at - xs[i]!).toBeGreaterThanOrEqual(40));
    ys.slice(1).forEach((at, i) => expect(ys[i]! - at).toBeGreaterThanOrEqual(25));
  });

  it('keeps every marker inside the axis box and the legend above it', () => {
    const box = plotBox(doc);
    for (const m of markersBySeries(doc).flat()) {
      expect(m.x).toBeGreaterThan(box.left);
      expect(m.x).toBeLessThan(box.right);
      expect(m.y).toBeGreaterThan(box.top);
      expect(m.y).toBeLessThan(box.bottom);
    }
    expect(texts(doc, 'g.legend-entry text')).toEqual(['build', 'export']);
    for (const entry of all(doc, 'g.legend-entry text')) expect(attr(entry, 'y')).toBeLessThan(box.top);
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['Mimbar benchmarks', 'slides', 'time']));
  });

  it('gives the series distinct colours, the same in the legend as on the plot', () => {
    const lines = all(doc, 'g.series polyline').map((l) => l.getAttribute('stroke'));
    const swatches = all(doc, 'g.legend-entry line').map((l) => l.getAttribute('stroke'));
    expect(new Set(lines).size).toBe(2);
    expect(swatches).toEqual(lines);
  });

  it('needs nothing from outside: no scripts, links, images, CSS or web fonts', () => {
    for (const forbidden of ['<script', 'href', 'url(', '@import', '<image', '<style', '<foreignObject', ' on']) expect(svg).not.toContain(forbidden);
    expect(svg.match(/https?:\/\/[^"]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(all(doc, '[font-family]').map((el) => el.getAttribute('font-family'))).toEqual(['sans-serif']);
  });

  it('rounds coordinates to one decimal place and gives the same string for the same input', () => {
    const numbers = all(doc, 'circle, line, text, rect').flatMap((el) => ['x', 'y', 'cx', 'cy', 'x1', 'x2', 'y1', 'y2'].map((name) => el.getAttribute(name)).filter((v) => v !== null));
    const polylines = all(doc, 'polyline').flatMap((p) => (p.getAttribute('points') ?? '').split(/[ ,]/));
    for (const value of [...numbers, ...polylines]) expect(value).toMatch(/^-?\d+(\.\d)?$/);
    const shuffled = { ...sample, series: sample.series.map((s) => ({ ...s, points: [...s.points].reverse() })) };
    expect(renderChart(sample)).toBe(svg);
    expect(renderChart(shuffled)).toBe(svg);
  });
});

describe('renderChart: names and sizes', () => {
  it('escapes titles and series names, which read back unchanged', () => {
    const name = 'A & B <c> × "d" \'e\'';
    const svg = renderChart({ title: `Build <fast> & ${name}`, series: [{ ...build, name }] });
    expect(svg).not.toContain('<c>');
    expect(svg).not.toContain('<fast>');
    const doc = parse(svg);
    expect(texts(doc, 'g.legend-entry text')).toEqual([name]);
    expect(texts(doc, 'text')).toContain(`Build <fast> & ${name}`);
  });

  it('drops characters XML cannot hold rather than producing a broken document', () => {
    const doc = parse(renderChart({ title: 'bell\u0007 and \ud800 lone', series: [{ ...build, name: 'nul\u0000' }] }));
    expect(texts(doc, 'g.legend-entry text')).toEqual(['nul']);
  });

  it('honours a requested size and keeps long legends inside it', () => {
    const series = Array.from({ length: 9 }, (_, i) => ({ name: `a rather long series name ${i}`, points: build.points }));
    const doc = parse(renderChart({ title: 'x'.repeat(200), series, width: 480, height: 320 }));
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 480 320');
    const legend = all(doc, 'g.legend-entry line');
    expect(legend).toHaveLength(9);
    for (const swatch of legend) expect(attr(swatch, 'x1')).toBeGreaterThanOrEqual(0);
    for (const label of all(doc, 'g.legend-entry text')) expect(attr(label, 'x')).toBeLessThan(480);
    expect(attr(all(doc, 'g.legend-entry text').at(-1)!, 'y')).toBeLessThan(plotBox(doc).top);
  });
});

describe('renderChart: awkward data', () => {
  const cases: Record<string, ChartOptions> = {
    'no series': { title: 'empty', series: [] },
    'a series without points': { title: 't', series: [{ name: 'none', points: [] }] },
    'all points equal': { title: 't', series: [{ name: 'same', points: [{ slides: 100, seconds: 1 }, { slides: 100, seconds: 1 }] }] },
    'a single point': { title: 't', series: [{ name: 'one', points: [{ slides: 7, seconds: 0.2 }] }] },
    'zero and negative seconds': { title: 't', series: [{ name: 'z', points: [{ slides: 10, seconds: 0 }, { slides: 20, seconds: -1 }] }] },
    'NaN and Infinity': { title: 't', series: [{ name: 'n', points: [{ slides: NaN, seconds: 1 }, { slides: 10, seconds: Infinity }, { slides: Infinity, seconds: 1 }, { slides: 0, seconds: 1 }] }] },
    'extreme magnitudes': { title: 't', series: [{ name: 'e', points: [{ slides: 1e-320, seconds: 1e-320 }, { slides: 1e308, seconds: 1e308 }] }] },
    'nonsense size': { title: 't', series: [build], width: NaN, height: -5 },
  };

  for (const [label, options] of Object.entries(cases)) {
    it(`renders ${label} as a valid document with finite coordinates`, () => {
      const svg = renderChart(options);
      parse(svg);
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    });
  }

  it('shows a series without valid points in the legend only', () => {
    const doc = parse(renderChart(cases['NaN and Infinity']!));
    expect(texts(doc, 'g.legend-entry text')).toEqual(['n']);
    expect(all(doc, 'g.series *')).toHaveLength(0);
    expect(texts(doc, 'g.x-ticks text').length).toBeGreaterThanOrEqual(2);
  });

  it('draws a single point as a marker without a line', () => {
    const doc = parse(renderChart({ title: 't', series: [cases['a single point']!.series[0]!, build] }));
    expect(markersBySeries(doc).map((m) => m.length)).toEqual([1, 3]);
    expect(all(doc, 'g.series')[0]?.querySelector('polyline')).toBeNull();
    expect(marker(doc, '7 slides: 0.2 s')).toBeDefined();
  });

  it('draws zero seconds at the bottom of the time axis, with the true value in the tooltip', () => {
    const doc = parse(renderChart({ title: 't', series: [build, { name: 'z', points: [{ slides: 51, seconds: 0 }] }] }));
    const zero = marker(doc, '51 slides: 0 s');
    expect(zero.y).toBeGreaterThanOrEqual(Math.max(...markersBySeries(doc).flat().map((m) => m.y)));
    expect(zero.y).toBeLessThan(plotBox(doc).bottom);
  });

  it('spreads a range around equal points so they sit inside labelled axes', () => {
    const doc = parse(renderChart(cases['all points equal']!));
    const x = texts(doc, 'g.x-ticks text');
    expect(x.length).toBeGreaterThanOrEqual(2);
    expect(x).toContain('100');
    expect(texts(doc, 'g.y-ticks text')).toContain('1 s');
  });
});
