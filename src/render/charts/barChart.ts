/**
 * A horizontal grouped bar chart as an inline SVG (through the HTML writer), with `<title>` and `<desc>` text
 * alternatives and `role="img"`. Values arrive as decimal strings; `format/chartScale.ts` turns
 * them into pixel lengths, the only place report values become JS numbers.
 *
 * Each category's label stands on its own line above its bars, and the chart is drawn
 * {@link WIDTH} px wide: a phone's body column (≈ 360 px) shows it at ≈ 0.9 of its size, labels
 * ≈ 11 px. With the labels in a column left of the bars the chart needed 640 px, and a phone
 * shrank its 12 px labels to 7 px.
 */
import { px, scaleBars } from '../format/chartScale.js';
import { attr, close, el, type HtmlOut, open } from '../serialize/html.js';
import type { BarChart } from '../types.js';
import { chartValue, flaggedValue } from './figures.js';

const WIDTH = 400;
const FONT = 12;
const BAR = 14;
const BAR_GAP = 2;
const GROUP_GAP = 10;
/** Height of a category's label line, above its bars. */
const LABEL_LINE = 17;
const VALUE_SPACE = 72;
/** Left of the axis: room for the axis line and the labels' first stroke. */
const X0 = 2;
const COLORS = ['#3b6ea5', '#e08a2e', '#5a9e6f', '#8e5ea2'];

/** Approximate text width: CJK and full-width characters are one em, others about 0.6 em. @internal */
export function textWidth(s: string, size: number = FONT): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch, size);
  return w;
}

/** One character's width: a code point in U+2E80–U+FFEF (as `/[\u2E80-\uFFEF]/u` matches it) is one em. */
function charWidth(ch: string, size: number): number {
  const cp = ch.codePointAt(0) as number;
  return cp >= 0x2e80 && cp <= 0xffef ? size : size * 0.6;
}

/**
 * Cut a label to fit `max` pixels, ending with `…`. The width of each prefix is summed as it
 * grows, in the same order of additions as `textWidth(prefix + '…')`, so the same floats.
 * @internal
 */
export function fit(label: string, max: number): string {
  if (textWidth(label) <= max) return label;
  const ellipsis = charWidth('…', FONT);
  let out = '';
  let w = 0;
  for (const ch of label) {
    const c = charWidth(ch, FONT);
    if (w + c + ellipsis > max) break;
    w += c;
    out += ch;
  }
  return `${out}…`;
}

function legend(w: HtmlOut, chart: BarChart, x: number): void {
  let at = x;
  chart.series.forEach((s, i) => {
    el(w, 'rect', `${attr('x', px(at))} y="4" width="12" height="12"${attr('fill', COLORS[i % COLORS.length] as string)}`, '');
    el(w, 'text', `${attr('x', px(at + 16))} y="14"${FONT_SIZE}`, s.name);
    at += 16 + textWidth(s.name) + 20;
  });
}

/**
 * Diagonal hatching per series colour, for flagged bars (over budget): the pattern, the dark outline and
 * the bold word after the value mark them without relying on colour.
 */
function hatchPatterns(w: HtmlOut, chart: BarChart, id: string): void {
  open(w, 'defs', '');
  chart.series.forEach((_, j) => {
    const color = COLORS[j % COLORS.length] as string;
    open(w, 'pattern', `${attr('id', `${id}-hatch-${j}`)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"`);
    el(w, 'rect', ` width="6" height="6"${attr('fill', color)}`, '');
    el(w, 'line', ' x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="3"', '');
    close(w, 'pattern');
  });
  close(w, 'defs');
}

const FLAG_STROKE = ' stroke="#000" stroke-width="1.5"';
const FLAG_TEXT = ' font-weight="bold"';
const FONT_SIZE = attr('font-size', String(FONT));
const VALUE_FONT_SIZE = attr('font-size', String(FONT - 1));
const BAR_HEIGHT = attr('height', String(BAR));

/** The SVG element of a chart, written to `w`; `id` prefixes the ids of its title and description. @internal */
export function barChartSvg(w: HtmlOut, chart: BarChart, id: string): void {
  const x0 = X0;
  // Room after the longest bar for its value label, flag included (`1.20 ▲超预算0.40万元`).
  const labels = chart.categories.map((_, i) => chart.series.map((s) => flaggedValue(chartValue(chart, s.values[i] ?? '0'), s.flags?.[i])));
  const valueSpace = Math.max(VALUE_SPACE, ...labels.flat().map((l) => textWidth(l, FONT - 1) + 12));
  const length = Math.max(40, WIDTH - x0 - valueSpace);
  const flagged = chart.series.some((s) => s.flags?.some((f) => f !== undefined));
  const n = chart.series.length;
  const top = n > 1 ? 28 : 6;
  const group = LABEL_LINE + n * BAR + (n - 1) * BAR_GAP + GROUP_GAP;
  const height = top + chart.categories.length * group - GROUP_GAP + 6;
  const bars = scaleBars(
    chart.categories.map((_, i) => chart.series.map((s) => s.values[i] ?? '0')),
    length,
  );
  open(
    w,
    'svg',
    ` role="img"${attr('aria-labelledby', `${id}-title ${id}-desc`.trim())}${attr('viewBox', `0 0 ${WIDTH} ${px(height)}`)} width="${WIDTH}"${attr('height', px(height))} class="chart"`,
  );
  el(w, 'title', attr('id', `${id}-title`), chart.title);
  el(w, 'desc', attr('id', `${id}-desc`), chart.description);
  if (flagged) hatchPatterns(w, chart, id);
  if (n > 1) legend(w, chart, x0);
  const barX = attr('x', px(x0));
  chart.categories.forEach((cat, i) => {
    const y = top + i * group;
    el(w, 'text', `${attr('x', px(x0))}${attr('y', px(y + FONT))}${FONT_SIZE}`, fit(cat, WIDTH - x0));
    const barsTop = y + LABEL_LINE;
    el(
      w,
      'line',
      `${attr('x1', px(x0))}${attr('y1', px(barsTop - 2))}${attr('x2', px(x0))}${attr('y2', px(barsTop + n * BAR + (n - 1) * BAR_GAP + 2))} stroke="#666" stroke-width="1"`,
      '',
    );
    chart.series.forEach((s, j) => {
      const by = barsTop + j * (BAR + BAR_GAP);
      const len = bars[i]?.[j] ?? 0;
      const flag = s.flags?.[i];
      const fill = flag === undefined ? attr('fill', COLORS[j % COLORS.length] as string) : `${attr('fill', `url(#${id}-hatch-${j})`)}${FLAG_STROKE}`;
      el(w, 'rect', `${barX}${attr('y', px(by))}${attr('width', px(len))}${BAR_HEIGHT}${fill}${flag === undefined ? '' : attr('class', 'flagged')}`, '');
      el(
        w,
        'text',
        `${attr('x', px(x0 + len + 4))}${attr('y', px(by + BAR - 3))}${VALUE_FONT_SIZE}${flag === undefined ? '' : FLAG_TEXT}`,
        labels[i]?.[j] ?? '',
      );
    });
  });
  close(w, 'svg');
}
