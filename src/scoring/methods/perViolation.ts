import type { FactValue } from '../../facts/types.js';
import type { Dec } from '../../model/money/decimal.js';
import type { CompiledLeaf } from '../internal/compiled.js';
import { clamp, type LeafContext, type LeafRaw, unavailableOutcome, ZERO, leafRaw } from '../internal/leaf.js';
import { type Metric, metricOf, readFact, scaledValue, short } from '../internal/present.js';
import type { PerViolationLeaf } from '../schema/methods.js';

/** `perViolation`: deduct `perItem` for each violation counted by the facts (summed), floor 0. @internal */
export function scorePerViolation(leaf: PerViolationLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const metric: Metric[] = [];
  const missing: (readonly [string, FactValue])[] = [];
  let count: Dec = ZERO;
  for (const name of leaf.facts) {
    const f = readFact(ctx.facts, name);
    metric.push(metricOf(name, f, locale));
    const v = scaledValue(f);
    if (v === undefined) missing.push([name, f]);
    else count = count.plus(v);
  }
  if (missing.length > 0) return unavailableOutcome(c, missing, metric, ctx);
  const en = locale === 'en';
  const label = (c.countLabel as NonNullable<CompiledLeaf['countLabel']>)[locale];
  const n = short(count);
  if (count.isNeg() || count.isZero()) {
    const explanation = en ? `${label}: ${n}, full marks ${leaf.points}` : `${label}${n}项，得满分${leaf.points}分`;
    return leafRaw('available', 'scored', c.points, metric, explanation);
  }
  const raw = count.times(c.rate as Dec);
  const earned = clamp(c.points.minus(raw), c.points);
  const capped = raw.gte(c.points);
  const explanation = en
    ? `${label}: ${n}, ${leaf.perItem} each: deduction ${short(raw)}${capped ? ', capped at the points available' : ''}; earned ${short(earned)} of ${leaf.points}`
    : `${label}${n}项，每项扣${leaf.perItem}分，应扣${short(raw)}分${capped ? '，扣完为止' : ''}，得${short(earned)}分`;
  return leafRaw('available', 'scored', earned, metric, explanation);
}
