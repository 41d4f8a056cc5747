import { type Dec, dec } from '../../model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, readSubject, scored, unavailableOutcome } from '../internal/leaf.js';
import { scaledValue, short, threshold } from '../internal/present.js';
import type { RatioLeaf } from '../schema/methods.js';

/** `ratio`: points × value ÷ target, capped at full marks, floor 0 ("按完成比例计算得分，满分为止"). @internal */
export function scoreRatio(leaf: RatioLeaf, points: Dec, ctx: LeafContext): LeafRaw {
  const subject = readSubject(leaf, leaf.fact, ctx);
  const v = scaledValue(subject.f);
  if (v === undefined) return unavailableOutcome(leaf, [subject.f], subject.metrics, ctx);
  const target = threshold(leaf.target, subject.f.type === 'ratio');
  if (v.gte(dec(leaf.target))) return scored(points, subject.metrics, ctx.m.ratioReached(subject.text, target, leaf.points));
  const earned = clamp(points.times(v).div(dec(leaf.target)), points);
  const shown = subject.metrics[0]?.display ?? '';
  return scored(earned, subject.metrics, ctx.m.ratioBelow({ subject: subject.text, target, points: leaf.points, shown, earned: short(earned) }));
}
