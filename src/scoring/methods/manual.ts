import { type Dec, toCanonical, dec } from '../../model/money/decimal.js';
import type { CompiledLeaf, Texts } from '../internal/compiled.js';
import { clamp, type LeafContext, type LeafRaw, policyOutcome, leafRaw } from '../internal/leaf.js';
import { isCanonical, short } from '../internal/present.js';
import type { ManualLeaf } from '../schema/methods.js';

/**
 * `manual`: the evaluator's assessment of this indicator id (a score or a deduction, with its
 * reason), clamped to [0, points]. Without one the leaf is `unassessed` ("缺少评价意见") and the
 * system's `unassessedPolicy` (or the leaf's `onUnavailable`) applies. @internal
 */
export function scoreManual(leaf: ManualLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const en = locale === 'en';
  const a = c.slot < 0 ? undefined : ctx.assessments[c.slot];
  if (!a || (a.score === undefined && a.deduction === undefined)) {
    const policy = leaf.onUnavailable ?? ctx.unassessedPolicy;
    return policyOutcome(c, policy, en ? 'no assessment given' : '缺少评价意见', [], 'unassessed', locale);
  }
  // "Deduct 0" as the text "0" (most assessments): full marks, and an explanation whose every part
  // but the reason is known per leaf — the general path below gives the same, with a parse, a
  // canonical-text check and five string concatenations.
  if (a.deduction === '0' && a.score === undefined) {
    return leafRaw('available', 'manual', c.points, [], `${a.reason}${(c.noDeductionTail as Texts)[locale]}`, a.reason, undefined, undefined, { deduction: '0', reason: a.reason });
  }
  const points = c.points;
  const score = a.score !== undefined ? dec(a.score) : undefined;
  const deduction = a.deduction !== undefined ? dec(a.deduction) : undefined;
  // "Deduct 0" (most assessments) earns the points themselves: no subtraction, and the identity
  // checks below short-circuit.
  const raw: Dec = score ?? ((deduction as Dec).isZero() ? points : points.minus(deduction as Dec));
  const earned = clamp(raw, points);
  const said = score !== undefined
    ? en ? `assessment: ${a.score} points` : `评价意见：得${a.score}分`
    : (deduction as Dec).isZero()
      ? en ? 'assessment: no deduction' : '评价意见：不扣分'
      : en ? `assessment: −${a.deduction as string}` : `评价意见：扣${a.deduction as string}分`;
  const clampNote = raw === earned || raw.eq(earned) ? '' : en ? `; outside 0–${leaf.points}, scored ${short(earned)}` : `；超出本项0至${leaf.points}分的范围，按${short(earned)}分计`;
  const full = earned === points || earned.eq(points);
  const result = full ? (en ? `full marks ${leaf.points}` : `得满分${leaf.points}分`) : en ? `earned ${short(earned)} of ${leaf.points}` : `得${short(earned)}分（满分${leaf.points}分）`;
  const explanation = en ? `${a.reason} (${said}${clampNote}); ${result}` : `${a.reason}（${said}${clampNote}），${result}`;
  // Assessments are written canonically ("0", "1"): no need to format their decimals back.
  const canonical = (text: string, value: Dec): string => (typeof text === 'string' && isCanonical(text) ? text : toCanonical(value));
  const assessment: { score?: string; deduction?: string; reason: string } =
    score === undefined ? { deduction: canonical(a.deduction as string, deduction as Dec), reason: a.reason }
      : deduction === undefined ? { score: canonical(a.score as string, score), reason: a.reason }
        : { score: canonical(a.score as string, score), deduction: canonical(a.deduction as string, deduction), reason: a.reason };
  return leafRaw('available', 'manual', earned, [], explanation, a.reason, undefined, undefined, assessment);
}
