import { clamp, ZERO, type LeafContext, type LeafRaw, scored, unavailableOutcome } from '../internal/leaf.js';
import { factLabel, localized, metricOf, readFact, scaledValue, short } from '../internal/present.js';
import type { PreparedOf } from '../internal/prepare.js';
import type { PerViolationLeaf } from '../schema/methods.js';

/** What is counted: the leaf's metric label, else the label of its one fact, else its name. */
function countLabel(leaf: PerViolationLeaf, ctx: LeafContext): string {
  const [one, ...more] = leaf.facts;
  const fallback = one !== undefined && more.length === 0 ? factLabel(one, ctx.locale) : localized(ctx.locale, leaf.name, leaf.nameEn);
  return (ctx.locale === 'en' ? leaf.metricLabelEn : leaf.metricLabel) ?? fallback;
}

/** `perViolation`: deduct `perItem` for each violation counted by the facts (summed exactly), floor 0. @internal */
export function scorePerViolation(p: PreparedOf<'perViolation'>, ctx: LeafContext): LeafRaw {
  const { node: leaf, points } = p;
  // Each fact's value is read once, for the count and the display.
  const read = leaf.facts.map((name) => {
    const f = readFact(ctx.facts, name);
    return { name, f, v: scaledValue(f) };
  });
  const metric = read.map(({ name, f, v }) => metricOf(name, f, ctx.m, '', v));
  const counts = read.flatMap(({ v }) => v ?? []);
  if (counts.length < read.length)
    return unavailableOutcome(
      p,
      read.filter(({ v }) => v === undefined).map(({ f }) => f),
      metric,
      ctx,
    );
  const count = counts.reduce((a, v) => a.plus(v), ZERO);
  const label = countLabel(leaf, ctx);
  if (count.isNeg() || count.isZero()) return scored(points, metric, ctx.m.violationsNone(label, short(count), leaf.points));
  const deduction = count.times(p.perItem);
  const earned = clamp(points.minus(deduction), points);
  const explanation = ctx.m.violationsDeduct({
    label,
    count: short(count),
    perItem: leaf.perItem,
    deduction: short(deduction),
    capped: deduction.gte(points),
    earned: short(earned),
    points: leaf.points,
  });
  return scored(earned, metric, explanation);
}
