import { D, dec } from '../../../../src/model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, subjectOf, unavailableOutcome } from '../internal/leaf.js';
import { readFact, scaledValue, short, t, threshold } from '../internal/present.js';
import type { RatioLeaf } from '../../../../src/scoring/schema/methods.js';

/** `ratio`: points × value ÷ target, capped at full marks, floor 0 ("按完成比例计算得分，满分为止"). @internal */
export function scoreRatio(leaf: RatioLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(leaf, leaf.fact, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(leaf, [[leaf.fact, f]], subject.metrics, ctx);
  const { locale } = ctx;
  const target = threshold(leaf.target, f.type === 'ratio');
  if (v.gte(leaf.target)) {
    const explanation = t(locale, `${subject.text}，达到目标${target}，得满分${leaf.points}分`, `${subject.text}: target ${target} reached, full marks ${leaf.points}`);
    return { kind: 'available', status: 'scored', earned: dec(leaf.points), metric: subject.metrics, explanation };
  }
  const earned = clamp(dec(leaf.points).times(v).div(leaf.target), leaf.points);
  const shown = subject.metrics[0]?.display ?? '';
  const explanation = t(
    locale,
    `${subject.text}，未达到目标${target}，按完成比例计分：${leaf.points} × ${shown} ÷ ${target} = ${short(earned)}分`,
    `${subject.text}: below the target ${target}, scored in proportion: ${leaf.points} × ${shown} ÷ ${target} = ${short(earned)}`,
  );
  return { kind: 'available', status: 'scored', earned, metric: subject.metrics, explanation };
}
