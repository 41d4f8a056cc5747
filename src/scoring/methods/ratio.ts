import { clamp, type LeafContext, type LeafRaw, readSubject, scored, unavailableOutcome } from '../internal/leaf.js';
import { short, threshold } from '../internal/present.js';
import type { PreparedOf } from '../internal/prepare.js';

/** `ratio`: points × value ÷ target, capped at full marks, floor 0 ("按完成比例计算得分，满分为止"). @internal */
export function scoreRatio(p: PreparedOf<'ratio'>, ctx: LeafContext): LeafRaw {
  const { node: leaf, points } = p;
  const subject = readSubject(leaf, leaf.fact, ctx);
  const { v } = subject;
  if (v === undefined) return unavailableOutcome(p, [subject.f], subject.metrics, ctx);
  const target = threshold(leaf.target, subject.f.type === 'ratio');
  if (v.gte(p.target)) return scored(points, subject.metrics, ctx.m.ratioReached(subject.text, target, leaf.points));
  const earned = clamp(points.times(v).div(p.target), points);
  const shown = subject.metrics[0]?.display ?? '';
  return scored(earned, subject.metrics, ctx.m.ratioBelow({ subject: subject.text, target, points: leaf.points, shown, earned: short(earned) }));
}
