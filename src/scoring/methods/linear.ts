import type { Dec } from '../../model/money/decimal.js';
import type { CompiledLeaf } from '../internal/compiled.js';
import { clamp, type LeafContext, type LeafRaw, subjectOf, unavailableOutcome, leafRaw } from '../internal/leaf.js';
import { readFact, scaledValue, short, threshold } from '../internal/present.js';
import type { LinearLeaf } from '../schema/methods.js';

/**
 * `linear`: full marks up to the target; past it, `perPoint` for each percentage point (ratio facts:
 * ratio × 100 − target, exactly) or unit, floor 0 ("每超过一个百分点扣0.1分，扣完为止"). @internal
 */
export function scoreLinear(leaf: LinearLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(c, leaf.fact, f, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(c, [[leaf.fact, f]], subject.metrics, ctx);
  const en = ctx.locale === 'en';
  const isRatio = f.type === 'ratio';
  const above = leaf.direction === 'above';
  const targetDec = c.target as Dec;
  const distance = above ? v.minus(targetDec) : targetDec.minus(v);
  const target = threshold(leaf.target, isRatio);
  if (distance.isNeg() || distance.isZero()) {
    const explanation = above
      ? en ? `${subject.text}: not above ${target}, full marks ${leaf.points}` : `${subject.text}，不超过${target}，得满分${leaf.points}分`
      : en ? `${subject.text}: not below ${target}, full marks ${leaf.points}` : `${subject.text}，不低于${target}，得满分${leaf.points}分`;
    return leafRaw('available', 'scored', c.points, subject.metrics, explanation);
  }
  const raw = distance.times(c.rate as Dec);
  const earned = clamp(c.points.minus(raw), c.points);
  const capped = raw.gte(c.points);
  const d = short(distance);
  const explanation = en
    ? `${subject.text}: ${isRatio ? `${d} percentage points ${above ? 'above' : 'below'} ${target}, ${leaf.perPoint} per point` : `${d} ${above ? 'above' : 'below'} ${target}, ${leaf.perPoint} per unit`}: deduction ${short(raw)}${capped ? ', capped at the points available' : ''}; earned ${short(earned)} of ${leaf.points}`
    : `${subject.text}，${isRatio ? `${above ? '超过' : '低于'}${target}共${d}个百分点，每个百分点扣${leaf.perPoint}分` : `${above ? '超过' : '低于'}${target}共${d}，每1扣${leaf.perPoint}分`}，应扣${short(raw)}分${capped ? '，扣完为止' : ''}，得${short(earned)}分`;
  return leafRaw('available', 'scored', earned, subject.metrics, explanation);
}
