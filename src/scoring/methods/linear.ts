import { type Dec, dec } from '../../model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, overrunText, readSubject, scored, unavailableOutcome } from '../internal/leaf.js';
import { scaledValue, short, threshold } from '../internal/present.js';
import type { LinearLeaf } from '../schema/methods.js';

/**
 * `linear`: full marks up to the target; past it, `perPoint` for each percentage point (ratio facts:
 * ratio × 100 − target, exactly) or unit, floor 0 ("每超过一个百分点扣0.1分，扣完为止"). @internal
 */
export function scoreLinear(leaf: LinearLeaf, points: Dec, ctx: LeafContext): LeafRaw {
  const subject = readSubject(leaf, leaf.fact, ctx);
  const v = scaledValue(subject.f);
  if (v === undefined) return unavailableOutcome(leaf, [subject.f], subject.metrics, ctx);
  const above = leaf.direction === 'above';
  const isRatio = subject.f.type === 'ratio';
  const distance = above ? v.minus(dec(leaf.target)) : dec(leaf.target).minus(v);
  const target = threshold(leaf.target, isRatio);
  if (distance.isNeg() || distance.isZero()) {
    return scored(points, subject.metrics, ctx.m.linearFull({ subject: subject.text, target, points: leaf.points, above }));
  }
  const deduction = distance.times(dec(leaf.perPoint));
  const earned = clamp(points.minus(deduction), points);
  const over = overrunText(leaf, ctx);
  const deducted = ctx.m.linearDeduct({
    subject: subject.text,
    isRatio,
    above,
    target,
    perPoint: leaf.perPoint,
    points: leaf.points,
    distance: short(distance),
    deduction: short(deduction),
    capped: deduction.gte(points),
    earned: short(earned),
  });
  return scored(earned, subject.metrics, over ? `${ctx.m.overrunLead(over)}${deducted}` : deducted);
}
