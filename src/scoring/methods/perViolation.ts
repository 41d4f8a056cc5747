import type { FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { type Dec, dec } from '../../model/money/decimal.js';
import type { CompiledLeaf, Texts } from '../internal/compiled.js';
import { clamp, type LeafContext, type LeafRaw, unavailableOutcome, ZERO, leafRaw } from '../internal/leaf.js';
import { type Metric, metricOf, readFact, scaledValue, short } from '../internal/present.js';
import type { PerViolationLeaf } from '../schema/methods.js';

/** Canonical non-negative integers below 10^9: counts as facts write them ("0", "3"). */
const SMALL_COUNT = /^(?:0|[1-9][0-9]{0,8})$/;

/**
 * `perViolation`: deduct `perItem` for each violation counted by the facts (summed), floor 0. @internal
 *
 * Counts are added as integers when every fact is an available non-ratio number written as a
 * small count (see SMALL_COUNT): each below 10^9 and at most a few per leaf, so the sum is exact
 * in a double (far below 2^53) and equals the Decimal sum (at most 16 digits: not rounded at
 * 40). No violations (the usual case) then needs no Decimal at all; otherwise the count is the
 * Decimal of the sum's digits. Any other value takes the Decimal path. Checked against the
 * frozen original with counts of every shape in test/scoring/perViolation.test.ts.
 */
export function scorePerViolation(leaf: PerViolationLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const names = leaf.facts;
  const metric = new Array<Metric>(names.length);
  let sum = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const f = readFact(ctx.facts, name);
    metric[i] = metricOf(name, f, locale);
    // What scaledValue reads as the value itself (not × 100), when it is a small count.
    if (f.status !== 'ok' || f.type === 'ratio' || f.type === 'text' || typeof f.value !== 'string' || !SMALL_COUNT.test(f.value)) return decimalCount(leaf, c, ctx);
    sum += Number(f.value);
  }
  if (sum === 0) return leafRaw('available', 'scored', c.points, metric, (c.noViolations as Texts)[locale]);
  return deduct(leaf, c, dec(String(sum)), String(sum), metric, locale);
}

/** {@link scorePerViolation} with the count added up as Decimals. */
function decimalCount(leaf: PerViolationLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
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
  const n = short(count);
  if (count.isNeg() || count.isZero()) {
    const label = (c.countLabel as Texts)[locale];
    const explanation = locale === 'en' ? `${label}: ${n}, full marks ${leaf.points}` : `${label}${n}项，得满分${leaf.points}分`;
    return leafRaw('available', 'scored', c.points, metric, explanation);
  }
  return deduct(leaf, c, count, n, metric, locale);
}

/** The outcome of a positive count (`n` is its display). */
function deduct(leaf: PerViolationLeaf, c: CompiledLeaf, count: Dec, n: string, metric: Metric[], locale: Locale): LeafRaw {
  const en = locale === 'en';
  const label = (c.countLabel as Texts)[locale];
  const raw = count.times(c.rate as Dec);
  const earned = clamp(c.points.minus(raw), c.points);
  const capped = raw.gte(c.points);
  const explanation = en
    ? `${label}: ${n}, ${leaf.perItem} each: deduction ${short(raw)}${capped ? ', capped at the points available' : ''}; earned ${short(earned)} of ${leaf.points}`
    : `${label}${n}项，每项扣${leaf.perItem}分，应扣${short(raw)}分${capped ? '，扣完为止' : ''}，得${short(earned)}分`;
  return leafRaw('available', 'scored', earned, metric, explanation);
}
