import { D, dec } from '../../../../src/model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, subjectOf, unavailableOutcome } from '../internal/leaf.js';
import { readFact, scaledValue, short, t, threshold } from '../internal/present.js';
import type { LinearLeaf } from '../../../../src/scoring/schema/methods.js';

/**
 * `linear`: full marks up to the target; past it, `perPoint` for each percentage point (ratio facts:
 * ratio × 100 − target, exactly) or unit, floor 0 ("每超过一个百分点扣0.1分，扣完为止"). @internal
 */
export function scoreLinear(leaf: LinearLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(leaf, leaf.fact, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(leaf, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const isRatio = f.type === 'ratio';
  const above = leaf.direction === 'above';
  const distance = above ? v.minus(leaf.target) : dec(leaf.target).minus(v);
  const target = threshold(leaf.target, isRatio);
  if (distance.lte(0)) {
    const explanation = above
      ? t(locale, `${subject.text}，不超过${target}，得满分${leaf.points}分`, `${subject.text}: not above ${target}, full marks ${leaf.points}`)
      : t(locale, `${subject.text}，不低于${target}，得满分${leaf.points}分`, `${subject.text}: not below ${target}, full marks ${leaf.points}`);
    return { kind: 'available', status: 'scored', earned: dec(leaf.points), metric: subject.metrics, explanation };
  }
  const raw = distance.times(leaf.perPoint);
  const earned = clamp(dec(leaf.points).minus(raw), leaf.points);
  const capped = raw.gte(leaf.points);
  const d = short(distance);
  const zhPast = isRatio ? `${above ? '超过' : '低于'}${target}共${d}个百分点，每个百分点扣${leaf.perPoint}分` : `${above ? '超过' : '低于'}${target}共${d}，每1扣${leaf.perPoint}分`;
  const enPast = isRatio
    ? `${d} percentage points ${above ? 'above' : 'below'} ${target}, ${leaf.perPoint} per point`
    : `${d} ${above ? 'above' : 'below'} ${target}, ${leaf.perPoint} per unit`;
  const explanation = t(
    locale,
    `${subject.text}，${zhPast}，应扣${short(raw)}分${capped ? '，扣完为止' : ''}，得${short(earned)}分`,
    `${subject.text}: ${enPast}: deduction ${short(raw)}${capped ? ', capped at the points available' : ''}; earned ${short(earned)} of ${leaf.points}`,
  );
  return { kind: 'available', status: 'scored', earned, metric: subject.metrics, explanation };
}
