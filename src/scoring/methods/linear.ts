import { clamp, type LeafContext, type LeafRaw, overrunText, readSubject, scored, unavailableOutcome } from '../internal/leaf.js';
import { short, threshold } from '../internal/present.js';
import type { PreparedOf } from '../internal/prepare.js';

/**
 * `linear`: full marks up to the target; past it, `perPoint` for each percentage point (ratio facts:
 * ratio × 100 − target, exactly) or unit, floor 0 ("每超过一个百分点扣0.1分，扣完为止"). @internal
 */
export function scoreLinear(p: PreparedOf<'linear'>, ctx: LeafContext): LeafRaw {
  const { node: leaf, points } = p;
  const subject = readSubject(leaf, leaf.fact, ctx);
  const { v } = subject;
  if (v === undefined) return unavailableOutcome(p, [subject.f], subject.metrics, ctx);
  const above = leaf.direction === 'above';
  const isRatio = subject.f.type === 'ratio';
  const distance = above ? v.minus(p.target) : p.target.minus(v);
  const target = threshold(leaf.target, isRatio);
  if (distance.isNeg() || distance.isZero()) {
    return scored(points, subject.metrics, ctx.m.linearFull({ subject: subject.text, target, points: leaf.points, above }));
  }
  const deduction = distance.times(p.perPoint);
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
