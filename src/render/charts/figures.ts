/** The four figures: chart models built from the ledger, 三公经费 and score sheet (decimal strings). */
import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_NAMES } from '../../model/schema/threePublicFunds.js';
import { compareAmounts, subtractAmounts } from '../../model/money/arithmetic.js';
import { formatPoints, roundDecimal } from '../format/number.js';
import { annexLabelsFor } from '../internal/annexLabels.js';
import type { Ctx } from '../internal/context.js';
import { economicClasses, functionalClasses } from '../internal/classes.js';
import type { BarChart, ChartSeries, FigureBlock } from '../types.js';

/** A value label as printed on a chart and in its text alternative. @internal */
export function chartValue(chart: Pick<BarChart, 'format'>, value: string): string {
  return chart.format === 'wan' ? roundDecimal(value, 2) : formatPoints(value);
}

/** A chart value with its flag, as printed beside a bar and in a chart's data table: `1.20 ▲超预算0.40万元`. @internal */
export const flaggedValue = (value: string, flag: string | undefined): string => (flag === undefined ? value : `${value} ▲${flag}`);

/** The `<desc>` text: every category with every series value. */
function describe(ctx: Ctx, categories: readonly string[], series: readonly ChartSeries[], format: BarChart['format'], unit: string): string {
  const L = ctx.labels;
  const rows = categories.map((c, i) =>
    L.chartCategory(
      c,
      series.map((s) => L.chartValue(series.length > 1 ? s.name : undefined, flaggedValue(chartValue({ format }, s.values[i] ?? '0'), s.flags?.[i]), unit)),
    ),
  );
  return L.chartDescription(rows, unit);
}

function figure(ctx: Ctx, n: number, id: string, title: string, categories: string[], series: ChartSeries[], format: BarChart['format']): FigureBlock {
  const unit = format === 'wan' ? ctx.labels.wan : ctx.labels.pointsUnit;
  const full = `${title}${ctx.labels.aside(unit)}`;
  const chart: BarChart = { kind: 'bar', title: full, description: describe(ctx, categories, series, format, unit), unit, categories, series, format };
  return { kind: 'figure', id, caption: `${ctx.labels.figureNumber(n)}${full}`, chart };
}

const classLabel = (ctx: Ctx, code: string, name: string): string => ctx.labels.classLabel(code, name);

/** Spending by economic class. @internal */
export function economicFigure(ctx: Ctx, n: number): FigureBlock {
  const classes = economicClasses(ctx);
  const series = [{ name: ctx.labels.actualSpending, values: classes.map((c) => c.amount) }];
  return figure(
    ctx,
    n,
    'fig-economic',
    ctx.labels.figEconomic(ctx.year),
    classes.map((c) => classLabel(ctx, c.code, c.name)),
    series,
    'wan',
  );
}

/** Spending by functional class. @internal */
export function functionalFigure(ctx: Ctx, n: number): FigureBlock {
  const classes = functionalClasses(ctx);
  const cats = classes.map((c) => classLabel(ctx, c.code, c.name));
  const series = [{ name: ctx.labels.actualSpending, values: classes.map((c) => c.amount) }];
  return figure(ctx, n, 'fig-functional', ctx.labels.figFunctional(ctx.year), cats, series, 'wan');
}

/** 三公经费: budget vs actual per item whose actual is given (a missing budget is drawn as 0). @internal */
export function threePublicFigure(ctx: Ctx, n: number): FigureBlock {
  const t = ctx.input.threePublicFunds;
  const items = THREE_PUBLIC_ITEMS.filter((k) => t[k]?.actual !== undefined);
  const A = annexLabelsFor(ctx.locale);
  // A bar over its budget carries the overrun as a word (drawn hatched): never marked by colour alone.
  const flags = items.map((k) => {
    const budget = t[k]?.budget;
    const actual = t[k]?.actual as string;
    return budget !== undefined && compareAmounts(actual, budget) > 0
      ? A.overBudget(`${roundDecimal(subtractAmounts(actual, budget), 2)}${ctx.labels.moneySuffix}`)
      : undefined;
  });
  const series = [
    { name: ctx.labels.budget, values: items.map((k) => t[k]?.budget ?? '0') },
    { name: ctx.labels.actualSpending, values: items.map((k) => t[k]?.actual as string), ...(flags.some((f) => f !== undefined) ? { flags } : {}) },
  ];
  const cats = items.map((k) => THREE_PUBLIC_NAMES[k]);
  return figure(ctx, n, 'fig-three-public', ctx.labels.figThreePublic(ctx.year), cats, series, 'wan');
}

/** Points earned vs available per first-level indicator. @internal */
export function scoresFigure(ctx: Ctx, n: number): FigureBlock {
  const root = ctx.result.score.root;
  const series = [
    { name: ctx.labels.available, values: root.map((r) => r.max) },
    { name: ctx.labels.earned, values: root.map((r) => r.earned) },
  ];
  return figure(
    ctx,
    n,
    'fig-scores',
    ctx.labels.figScores,
    root.map((r) => ctx.text(r.name)),
    series,
    'points',
  );
}
