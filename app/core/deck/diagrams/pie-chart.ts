/**
 * Mermaid pie charts, which beautiful-mermaid does not draw: a strict parser (`pie`, `showData`,
 * `title …`, `"Label" : 42.5` lines; anything else is an error naming the line) and a pure SVG writer.
 * Slice colours come from a fixed palette that black text reads on and that shows on dark and light
 * slides; the legend carries each label, its share and, with `showData`, its value.
 */
import { escapeXml } from './svg-text';

export interface PieSlice {
  label: string;
  value: number;
}

export interface PieChart {
  title: string | null;
  showData: boolean;
  slices: PieSlice[];
}

/** Mid-light tones (after Tableau 10): black text reads on each, and each shows on black and white. */
export const PIE_PALETTE = ['#5b9bd5', '#f4a340', '#e8685f', '#6cc5b0', '#7bc36a', '#f2d156', '#b48ac4', '#f7a1b5', '#c09a7a', '#a9b3bd'] as const;

const HEADER = /^pie(?:\s+(showData))?(?:\s+title\s+(.*))?$/i;
const TITLE = /^title\s+(.+)$/i;
const SLICE = /^"([^"]*)"\s*:\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/** Parses the lines of a pie chart (comments and blank lines already gone); throws with the line it cannot read. */
export function parsePie(lines: readonly string[]): PieChart {
  const header = HEADER.exec(lines[0]?.trim() ?? '');
  if (header === null) throw new Error(`the first line "${clip(lines[0] ?? '')}" is not a pie header`);
  const chart: PieChart = { title: header[2]?.trim() || null, showData: header[1] !== undefined, slices: [] };
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    const title = TITLE.exec(line);
    const slice = SLICE.exec(line);
    if (/^showData$/i.test(line)) chart.showData = true;
    else if (title) chart.title = title[1]?.trim() ?? null;
    else if (slice) chart.slices.push({ label: slice[1] ?? '', value: Number(slice[2]) });
    else throw new Error(`the line "${clip(line)}" is not a slice ("Label" : 42)`);
  }
  if (chart.slices.length === 0) throw new Error('the pie chart has no slices');
  if (!chart.slices.some((slice) => slice.value > 0)) throw new Error('every slice of the pie chart is 0');
  return chart;
}

function clip(text: string): string {
  const line = text.trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

const RADIUS = 150;
const FONT = 20;
const GAP = 40;
const ROW = 32;

/** A number with at most two decimals, as the legend and the SVG write it. */
function shown(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function point(cx: number, cy: number, angle: number, radius: number): string {
  return `${shown(cx + radius * Math.sin(angle))} ${shown(cy - radius * Math.cos(angle))}`;
}

/** Draws a parsed pie chart as an SVG element with a viewBox (no size, no style: diagram.css sizes it). */
export function renderPieSvg(chart: PieChart): string {
  const total = chart.slices.reduce((sum, slice) => sum + slice.value, 0);
  const top = chart.title === null ? GAP / 2 : GAP / 2 + FONT * 2;
  const cx = GAP / 2 + RADIUS;
  const cy = top + RADIUS;
  const parts: string[] = [];
  let angle = 0;
  chart.slices.forEach((slice, index) => {
    if (slice.value <= 0) return;
    const colour = PIE_PALETTE[index % PIE_PALETTE.length] ?? PIE_PALETTE[0];
    const share = slice.value / total;
    const end = angle + share * 2 * Math.PI;
    const shape =
      share >= 0.9999
        ? `<circle class="pie-slice" cx="${cx}" cy="${cy}" r="${RADIUS}" fill="${colour}" stroke="var(--_bg)" stroke-width="2"/>`
        : `<path class="pie-slice" d="M ${cx} ${cy} L ${point(cx, cy, angle, RADIUS)} A ${RADIUS} ${RADIUS} 0 ${share > 0.5 ? 1 : 0} 1 ${point(cx, cy, end, RADIUS)} Z" fill="${colour}" stroke="var(--_bg)" stroke-width="2"/>`;
    parts.push(shape);
    // Shares too thin to hold their number show it in the legend only.
    if (share >= 0.06) {
      const middle = (angle + end) / 2;
      const [x, y] = point(cx, cy, middle, share >= 0.9999 ? 0 : RADIUS * 0.62).split(' ');
      parts.push(`<text x="${x}" y="${y}" dy="0.35em" text-anchor="middle" font-size="${FONT}" font-weight="600" fill="#111111">${Math.round(share * 100)}%</text>`);
    }
    angle = end;
  });
  const legendX = cx + RADIUS + GAP;
  const legendTop = cy - (chart.slices.length * ROW) / 2 + ROW / 2;
  let legendWidth = 0;
  chart.slices.forEach((slice, index) => {
    const colour = PIE_PALETTE[index % PIE_PALETTE.length] ?? PIE_PALETTE[0];
    const y = legendTop + index * ROW;
    const percent = `${Math.round((slice.value / total) * 1000) / 10}%`;
    const text = `${slice.label} · ${chart.showData ? `${shown(slice.value)} · ` : ''}${percent}`;
    // Source Sans Pro averages about half an em per character.
    legendWidth = Math.max(legendWidth, 30 + text.length * FONT * 0.52);
    parts.push(`<rect class="pie-key" x="${legendX}" y="${y - 9}" width="18" height="18" rx="3" fill="${colour}"/>`);
    parts.push(`<text class="pie-label" x="${legendX + 28}" y="${y}" dy="0.35em" font-size="${FONT}" fill="var(--_text)">${escapeXml(text)}</text>`);
  });
  const width = Math.ceil(legendX + legendWidth + GAP / 2);
  const height = Math.ceil(Math.max(cy + RADIUS, legendTop + chart.slices.length * ROW) + GAP / 2);
  const title =
    chart.title === null ? '' : `<text class="pie-title" x="${width / 2}" y="${GAP / 2 + FONT}" text-anchor="middle" font-size="${FONT * 1.2}" font-weight="600" fill="var(--_text)">${escapeXml(chart.title)}</text>`;
  return `<svg viewBox="0 0 ${width} ${height}" role="img">${title}${parts.join('')}</svg>`;
}
