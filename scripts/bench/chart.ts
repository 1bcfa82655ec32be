/**
 * Draws benchmark timings as one standalone SVG document: seconds against slide count, both axes
 * logarithmic with 1-2-5 ticks, a legend, and a tooltip per point. Pure and deterministic; the output
 * needs nothing else to display (no fonts, images, scripts, links or CSS).
 */

/** One measurement; points with a non-finite value or slides ≤ 0 are skipped, and seconds ≤ 0 are drawn at the axis floor. */
export interface ChartPoint { slides: number; seconds: number }
/** One line in the chart, coloured by its position in `series`; points may come in any order. */
export interface ChartSeries { name: string; points: readonly ChartPoint[]; dashed?: boolean }
/** What to draw; the size defaults to 640×360 (at least 240×180). */
export interface ChartOptions { title: string; series: readonly ChartSeries[]; width?: number; height?: number }

interface PlotPoint { x: number; y: number; tooltip: string }
interface PlotSeries { name: string; colour: string; dashed: boolean; points: readonly PlotPoint[] }
interface Tick { value: number; label: string }
interface Axis { lo: number; hi: number; ticks: readonly Tick[]; minor: readonly number[] }
/** Tick values m·10^k for each mantissa m, on every `step`-th decade k. */
interface Scheme { mantissas: readonly number[]; step: number }
/** The axis box, its two axes, and where a value lands in pixels (inset from the box so markers clear the axis lines). */
interface Plot { left: number; right: number; top: number; bottom: number; x: Axis; y: Axis; xAt: (v: number) => number; yAt: (v: number) => number }
interface LegendEntry { series: PlotSeries; label: string; x: number; y: number }

/** Okabe & Ito's colour-blind-safe palette, strongest first; its yellow is left out as unreadable on white. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
const FONT = 11;
const TITLE_FONT = 15;
/** Average glyph width of common sans-serif fonts in em, rounded up so that estimates err wide. */
const GLYPH_EM = 0.62;
const MARGIN = 12;
const LEGEND_TOP = 44;
const LEGEND_ROW = 18;
const SWATCH = 22;
const INSET = 6;
/** A log axis has no 0: timings of 0 s or less are drawn at 1 ms, or at the smallest timing if lower. */
const ZERO_SECONDS = 1e-3;
/** Values are clamped to [1/LIMIT, LIMIT] so that every 10^k the axes compute stays finite and non-zero. */
const LIMIT = 1e100;
const SCHEMES: readonly Scheme[] = [
  { mantissas: [1, 2, 5], step: 1 },
  { mantissas: [1, 5], step: 1 },
  ...[1, 2, 5, 10, 20, 50, 100, 200].map((step) => ({ mantissas: [1], step })),
];
const COARSEST: Scheme = { mantissas: [1], step: 200 };
const SECOND_UNITS = [[1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns']] as const;

/** A standalone SVG document (string): time against slide count, both axes logarithmic. */
export function renderChart(options: ChartOptions): string {
  const width = size(options.width, 640, 240);
  const height = size(options.height, 360, 180);
  const series = prepareSeries(options.series);
  const legend = layoutLegend(series, width);
  const top = (legend.length > 0 ? Math.max(...legend.map((entry) => entry.y)) + LEGEND_ROW / 2 : 30) + 12;
  const bottom = height - 44;
  const points = series.flatMap((s) => s.points);
  const [yLo, yHi] = extent(points.map((p) => p.y), [0.01, 10]);
  const yAxis = buildAxis(yLo, yHi, formatSeconds, (_a, _b, gap) => gap * (bottom - top - 2 * INSET) >= FONT * 2.75);
  const left = MARGIN + 18 + Math.max(0, ...yAxis.ticks.map((t) => textWidth(t.label))) + 8;
  const [xLo, xHi] = extent(points.map((p) => p.x), [10, 1000]);
  const right = width - Math.max(MARGIN * 2, textWidth(formatNumber(xHi * 10)) / 2 + 4);
  const xAxis = buildAxis(xLo, xHi, formatNumber, (a, b, gap) => gap * (right - left - 2 * INSET) >= (textWidth(a.label) + textWidth(b.label)) / 2 + 14);
  const plot: Plot = {
    left, right, top, bottom, x: xAxis, y: yAxis,
    xAt: (v) => left + INSET + fraction(xAxis, v) * (right - left - 2 * INSET),
    yAt: (v) => bottom - INSET - fraction(yAxis, v) * (bottom - top - 2 * INSET),
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="${FONT}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    renderGrid(plot),
    renderAxes(plot, height),
    ...series.map((s) => renderSeries(s, plot)),
    `<text x="${num(width / 2)}" y="26" text-anchor="middle" font-size="${TITLE_FONT}" font-weight="bold" fill="#222222">${escapeXml(truncate(options.title, width - 2 * MARGIN, TITLE_FONT))}</text>`,
    ...legend.map(renderLegendEntry),
    '</svg>',
    '',
  ].join('\n');
}

function prepareSeries(series: readonly ChartSeries[]): PlotSeries[] {
  const valid = series.map((s) => s.points.filter((p) => Number.isFinite(p.slides) && Number.isFinite(p.seconds) && p.slides > 0));
  const zero = valid.flat().reduce((low, p) => (p.seconds > 0 ? Math.min(low, p.seconds) : low), ZERO_SECONDS);
  return series.map((s, i) => ({
    name: s.name,
    colour: PALETTE[i % PALETTE.length] ?? '#000000',
    dashed: s.dashed === true,
    points: (valid[i] ?? [])
      .map((p) => ({ x: clamp(p.slides), y: clamp(Math.max(p.seconds, zero)), tooltip: `${formatNumber(p.slides)} slide${p.slides === 1 ? '' : 's'}: ${formatNumber(p.seconds)} s` }))
      .sort((a, b) => a.x - b.x || a.y - b.y),
  }));
}

/** Picks the densest tick scheme whose neighbouring ticks are far enough apart, with the range snapped outward to it. */
function buildAxis(dataLo: number, dataHi: number, format: (value: number) => string, fits: (a: Tick, b: Tick, gap: number) => boolean): Axis {
  const [from, to] = dataHi > dataLo * (1 + 1e-9) ? [dataLo, dataHi] : [dataLo / Math.sqrt(10), dataHi * Math.sqrt(10)];
  const axisFor = (scheme: Scheme): Axis => {
    const around = schemeValues(scheme, Math.floor(Math.log10(from)) - scheme.step, Math.ceil(Math.log10(to)) + scheme.step);
    const lo = around.filter((v) => v <= from * (1 + 1e-9)).at(-1) ?? from;
    const hi = around.find((v) => v >= to * (1 - 1e-9)) ?? to;
    const inRange = (v: number): boolean => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
    const between = [2, 3, 4, 5, 6, 7, 8, 9].filter((m) => !scheme.mantissas.includes(m));
    const minor = scheme.step === 1 && !scheme.mantissas.includes(2) ? schemeValues({ mantissas: between, step: 1 }, Math.floor(Math.log10(lo)), Math.ceil(Math.log10(hi))) : [];
    return {
      lo,
      hi,
      ticks: around.filter(inRange).map((value) => ({ value, label: format(value) })),
      minor: minor.filter(inRange),
    };
  };
  const fitting = (axis: Axis): boolean => axis.ticks.every((tick, i) => {
    const previous = axis.ticks[i - 1];
    return previous === undefined || fits(previous, tick, fraction(axis, tick.value) - fraction(axis, previous.value));
  });
  return SCHEMES.map(axisFor).find(fitting) ?? axisFor(COARSEST);
}

/** Every m·10^k of the scheme with k from `from` to `to`, ascending; division keeps 0.05 exact where 5·0.01 is not. */
function schemeValues(scheme: Scheme, from: number, to: number): number[] {
  const values: number[] = [];
  for (let k = from; k <= to; k += 1) {
    if (((k % scheme.step) + scheme.step) % scheme.step !== 0) continue;
    for (const m of scheme.mantissas) values.push(k >= 0 ? m * 10 ** k : m / 10 ** -k);
  }
  return values;
}

function renderGrid({ left, right, top, bottom, x, y, xAt, yAt }: Plot): string {
  const vertical = (v: number): string => `<line x1="${num(xAt(v))}" y1="${num(top)}" x2="${num(xAt(v))}" y2="${num(bottom)}"/>`;
  const horizontal = (v: number): string => `<line x1="${num(left)}" y1="${num(yAt(v))}" x2="${num(right)}" y2="${num(yAt(v))}"/>`;
  const xMinor = xAt(10) - xAt(1) >= 60 ? x.minor : [];
  const yMinor = yAt(1) - yAt(10) >= 60 ? y.minor : [];
  return [
    `<g stroke="#f0f0f0" stroke-width="1" shape-rendering="crispEdges">${[...xMinor.map(vertical), ...yMinor.map(horizontal)].join('')}</g>`,
    `<g stroke="#dddddd" stroke-width="1" shape-rendering="crispEdges">${[...x.ticks.map((t) => vertical(t.value)), ...y.ticks.map((t) => horizontal(t.value))].join('')}</g>`,
  ].join('\n');
}

function renderAxes({ left, right, top, bottom, x, y, xAt, yAt }: Plot, height: number): string {
  const xLabels = x.ticks.map((t) => {
    const at = num(xAt(t.value));
    return `<line x1="${at}" y1="${num(bottom)}" x2="${at}" y2="${num(bottom + 4)}" stroke="#555555"/><text x="${at}" y="${num(bottom + 16)}" text-anchor="middle">${escapeXml(t.label)}</text>`;
  });
  const yLabels = y.ticks.map((t) => {
    const at = yAt(t.value);
    return `<line x1="${num(left - 4)}" y1="${num(at)}" x2="${num(left)}" y2="${num(at)}" stroke="#555555"/><text x="${num(left - 7)}" y="${num(at + 4)}" text-anchor="end">${escapeXml(t.label)}</text>`;
  });
  const middle = num((top + bottom) / 2);
  return [
    `<path d="M${num(left)},${num(top)}V${num(bottom)}H${num(right)}" fill="none" stroke="#555555" stroke-width="1" shape-rendering="crispEdges"/>`,
    `<g class="x-ticks" fill="#333333">${xLabels.join('')}</g>`,
    `<g class="y-ticks" fill="#333333">${yLabels.join('')}</g>`,
    `<text x="${num((left + right) / 2)}" y="${num(height - 10)}" text-anchor="middle" font-size="12" fill="#222222">slides</text>`,
    `<text x="${MARGIN + 10}" y="${middle}" transform="rotate(-90 ${MARGIN + 10} ${middle})" text-anchor="middle" font-size="12" fill="#222222">time</text>`,
  ].join('\n');
}

function renderSeries(series: PlotSeries, { xAt, yAt }: Plot): string {
  const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
  const line = series.points.length >= 2
    ? `<polyline points="${series.points.map((p) => `${num(xAt(p.x))},${num(yAt(p.y))}`).join(' ')}" fill="none" stroke="${series.colour}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"${dash}/>`
    : '';
  const markers = series.points.map((p) =>
    `<circle cx="${num(xAt(p.x))}" cy="${num(yAt(p.y))}" r="3.5" fill="${series.colour}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(p.tooltip)}</title></circle>`);
  return `<g class="series">${line}${markers.join('')}</g>`;
}

/** Legend entries in rows under the title, each row centred, wrapping when a row would pass the margins. */
function layoutLegend(series: readonly PlotSeries[], width: number): LegendEntry[] {
  const available = width - 2 * MARGIN;
  const rows: { items: { series: PlotSeries; label: string; width: number }[]; width: number }[] = [];
  for (const s of series) {
    const label = truncate(s.name, available - SWATCH - 6, FONT);
    const item = { series: s, label, width: SWATCH + 6 + textWidth(label) };
    const row = rows.at(-1);
    if (row !== undefined && row.width + 18 + item.width <= available) {
      row.items.push(item);
      row.width += 18 + item.width;
    } else {
      rows.push({ items: [item], width: item.width });
    }
  }
  return rows.flatMap((row, r) => {
    let x = (width - row.width) / 2;
    return row.items.map((item) => {
      const entry = { series: item.series, label: item.label, x, y: LEGEND_TOP + r * LEGEND_ROW };
      x += item.width + 18;
      return entry;
    });
  });
}

function renderLegendEntry({ series, label, x, y }: LegendEntry): string {
  const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
  const full = label === series.name ? '' : `<title>${escapeXml(series.name)}</title>`;
  return `<g class="legend-entry">${full}<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + SWATCH)}" y2="${num(y)}" stroke="${series.colour}" stroke-width="2"${dash}/>`
    + `<circle cx="${num(x + SWATCH / 2)}" cy="${num(y)}" r="3.5" fill="${series.colour}" stroke="#ffffff" stroke-width="1"/>`
    + `<text x="${num(x + SWATCH + 6)}" y="${num(y + 4)}" fill="#222222">${escapeXml(label)}</text></g>`;
}

const fraction = (axis: Axis, value: number): number => Math.log10(value / axis.lo) / Math.log10(axis.hi / axis.lo);
const clamp = (value: number): number => Math.min(LIMIT, Math.max(1 / LIMIT, value));
const size = (value: number | undefined, fallback: number, minimum: number): number =>
  value !== undefined && Number.isFinite(value) ? Math.max(minimum, Math.round(value)) : fallback;
const extent = (values: readonly number[], fallback: readonly [number, number]): [number, number] =>
  values.length === 0 ? [...fallback] : [values.reduce((a, b) => Math.min(a, b)), values.reduce((a, b) => Math.max(a, b))];
const textWidth = (text: string, fontSize = FONT): number => [...text].length * fontSize * GLYPH_EM;

/** A coordinate rounded to one decimal place, never `-0`. */
function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0' : String(rounded);
}

/** `5100` → `5,100`, `0.3456` → `0.346`: three significant digits below 1,000, whole numbers above. */
function formatNumber(value: number): string {
  const rounded = Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
  const [whole = '', decimals] = String(rounded).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (decimals === undefined ? '' : `.${decimals}`);
}

/** A tick value in the largest unit that keeps it at least 1: `0.01` → `10 ms`, `2` → `2 s`. */
function formatSeconds(seconds: number): string {
  const [scale, unit] = SECOND_UNITS.find(([s]) => seconds >= s * (1 - 1e-9)) ?? ([1e-9, 'ns'] as const);
  return `${formatNumber(seconds / scale)} ${unit}`;
}

function truncate(text: string, maxWidth: number, fontSize: number): string {
  const chars = [...text];
  if (textWidth(text, fontSize) <= maxWidth) return text;
  return `${chars.slice(0, Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_EM)) - 1)).join('')}…`;
}

/** XML 1.0 allows tab, LF, CR and U+0020 upwards, except lone surrogates and U+FFFE/U+FFFF. */
const isXmlChar = (code: number): boolean =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute: markup characters escaped, characters XML forbids dropped. */
function escapeXml(text: string): string {
  return [...text].filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0)).join('').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}
