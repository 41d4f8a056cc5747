import type { Dec } from '../../model/money/decimal.js';
import type { CompiledLeaf } from '../internal/compiled.js';
import { clamp, type LeafContext, type LeafRaw, subjectOf, unavailableOutcome, leafRaw } from '../internal/leaf.js';
import { readFact, scaledValue, short, threshold } from '../internal/present.js';
import type { RatioLeaf } from '../schema/methods.js';

/** `ratio`: points × value ÷ target, capped at full marks, floor 0 ("按完成比例计算得分，满分为止"). @internal */
export function scoreRatio(leaf: RatioLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const f = readFact(ctx.facts, leaf.fact);
  const subject = subjectOf(c, leaf.fact, f, ctx);
  const v = scaledValue(f);
  if (v === undefined) return unavailableOutcome(c, [[leaf.fact, f]], subject.metrics, ctx);
  const en = ctx.locale === 'en';
  const target = threshold(leaf.target, f.type === 'ratio');
  if (v.gte(c.target as Dec)) {
    const explanation = en ? `${subject.text}: target ${target} reached, full marks ${leaf.points}` : `${subject.text}，达到目标${target}，得满分${leaf.points}分`;
    return leafRaw('available', 'scored', c.points, subject.metrics, explanation);
  }
  const earned = clamp(c.points.times(v).div(c.target as Dec), c.points);
  const shown = subject.metrics[0]?.display ?? '';
  const explanation = en
    ? `${subject.text}: below the target ${target}, scored in proportion: ${leaf.points} × ${shown} ÷ ${target} = ${short(earned)}`
    : `${subject.text}，未达到目标${target}，按完成比例计分：${leaf.points} × ${shown} ÷ ${target} = ${short(earned)}分`;
  return leafRaw('available', 'scored', earned, subject.metrics, explanation);
}
