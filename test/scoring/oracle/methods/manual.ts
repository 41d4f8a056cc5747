import { D, type Dec, toCanonical, dec } from '../../../../src/model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, policyOutcome } from '../internal/leaf.js';
import { short, t } from '../internal/present.js';
import type { ManualLeaf } from '../../../../src/scoring/schema/methods.js';

/**
 * `manual`: the evaluator's assessment of this indicator id (a score or a deduction, with its
 * reason), clamped to [0, points]. Without one the leaf is `unassessed` ("缺少评价意见") and the
 * system's `unassessedPolicy` (or the leaf's `onUnavailable`) applies. @internal
 */
export function scoreManual(leaf: ManualLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const a = ctx.assessments.get(leaf.id);
  if (!a || (a.score === undefined && a.deduction === undefined)) {
    const policy = leaf.onUnavailable ?? ctx.unassessedPolicy;
    return policyOutcome(leaf, policy, t(locale, '缺少评价意见', 'no assessment given'), [], 'unassessed', locale);
  }
  const points = dec(leaf.points);
  const raw: Dec = a.score !== undefined ? dec(a.score) : points.minus(a.deduction as string);
  const earned = clamp(raw, points);
  const deducted = points.minus(earned);
  const said = a.score !== undefined
    ? t(locale, `评价意见：得${a.score}分`, `assessment: ${a.score} points`)
    : dec(a.deduction as string).isZero()
      ? t(locale, '评价意见：不扣分', 'assessment: no deduction')
      : t(locale, `评价意见：扣${a.deduction as string}分`, `assessment: −${a.deduction as string}`);
  const clampNote = raw.eq(earned) ? '' : t(locale, `；超出本项0至${leaf.points}分的范围，按${short(earned)}分计`, `; outside 0–${leaf.points}, scored ${short(earned)}`);
  const result = deducted.isZero()
    ? t(locale, `得满分${leaf.points}分`, `full marks ${leaf.points}`)
    : t(locale, `得${short(earned)}分（满分${leaf.points}分）`, `earned ${short(earned)} of ${leaf.points}`);
  const explanation = t(locale, `${a.reason}（${said}${clampNote}），${result}`, `${a.reason} (${said}${clampNote}); ${result}`);
  const assessment = {
    ...(a.score !== undefined ? { score: toCanonical(dec(a.score)) } : {}),
    ...(a.deduction !== undefined ? { deduction: toCanonical(dec(a.deduction)) } : {}),
    reason: a.reason,
  };
  return { kind: 'available', status: 'manual', earned, metric: [], explanation, reason: a.reason, assessment };
}
