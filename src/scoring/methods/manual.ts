import { dec, toCanonical } from '../../model/money/decimal.js';
import type { ScoringMessages } from '../../shared/messages/scoring.js';
import { clamp, type LeafContext, type LeafRaw, policyOutcome } from '../internal/leaf.js';
import { short } from '../internal/present.js';
import type { ManualLeaf } from '../schema/methods.js';
import type { ScoreAssessment } from '../types.js';

/** What the evaluator said: "评价意见：扣1分", "评价意见：得2.5分", "评价意见：不扣分". */
function said(a: ScoreAssessment, m: ScoringMessages): string {
  if (a.score !== undefined) return m.saidScore(a.score);
  const deduction = a.deduction ?? '0';
  return dec(deduction).isZero() ? m.saidNoDeduction : m.saidDeduction(deduction);
}

/** The assessment as applied, its numbers written canonically. */
function applied(a: ScoreAssessment): NonNullable<LeafRaw['assessment']> {
  return {
    ...(a.score !== undefined ? { score: toCanonical(dec(a.score)) } : {}),
    ...(a.deduction !== undefined ? { deduction: toCanonical(dec(a.deduction)) } : {}),
    reason: a.reason,
  };
}

/**
 * `manual`: the evaluator's assessment of this indicator id (a score or a deduction, with its
 * reason), clamped to [0, points]. Without one the leaf is `pending` (0 for now, the sheet's total
 * provisional) under the `zero` policy; a `full` or `reweight` policy (the leaf's `onUnavailable`,
 * else the system's `unassessedPolicy`) is applied as before, the leaf `unassessed`. @internal
 */
export function scoreManual(leaf: ManualLeaf, ctx: LeafContext): LeafRaw {
  const { m } = ctx;
  const a = ctx.assessments.get(leaf.id);
  if (!a || (a.score === undefined && a.deduction === undefined)) {
    const policy = leaf.onUnavailable ?? ctx.unassessedPolicy;
    // Not assessed is not a failure: under `zero` the leaf waits for its assessment (DESIGN: absent is not zero).
    if (policy === 'zero') return { kind: 'fixed', status: 'pending', earned: dec(0), metric: [], explanation: m.pending(leaf.points), policy };
    return policyOutcome(leaf, policy, m.noAssessment, [], 'unassessed', m);
  }
  const points = dec(leaf.points);
  const raw = a.score !== undefined ? dec(a.score) : points.minus(dec(a.deduction ?? '0'));
  const earned = clamp(raw, points);
  const clampNote = raw.eq(earned) ? '' : m.clampNote(leaf.points, short(earned));
  const result = earned.eq(points) ? m.fullMarks(leaf.points) : m.earnedOf(short(earned), leaf.points);
  const explanation = m.assessed(a.reason, `${said(a, m)}${clampNote}`, result);
  return { kind: 'available', status: 'manual', earned, metric: [], explanation, reason: a.reason, assessment: applied(a) };
}
