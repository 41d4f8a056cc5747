import { type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import type { ScoringMessages } from '../../shared/messages/scoring.js';
import { clamp, equal, type LeafContext, type LeafRaw, policyOutcome, ZERO } from '../internal/leaf.js';
import type { PreparedOf } from '../internal/prepare.js';
import { short } from '../internal/present.js';
import type { ScoreAssessment } from '../types.js';

/** What the evaluator said: "评价意见：扣1分", "评价意见：得2.5分", "评价意见：不扣分". `deduction`: the assessment's deduction, read. */
function said(a: ScoreAssessment, deduction: Dec | undefined, m: ScoringMessages): string {
  if (a.score !== undefined) return m.saidScore(a.score);
  return deduction === undefined || deduction.isZero() ? m.saidNoDeduction : m.saidDeduction(a.deduction ?? '0');
}

/** The assessment as applied, its numbers (read once by the caller) written canonically. */
function applied(a: ScoreAssessment, score: Dec | undefined, deduction: Dec | undefined): NonNullable<LeafRaw['assessment']> {
  return {
    ...(score !== undefined ? { score: toCanonical(score) } : {}),
    ...(deduction !== undefined ? { deduction: toCanonical(deduction) } : {}),
    reason: a.reason,
  };
}

/**
 * `manual`: the evaluator's assessment of this indicator id (a score or a deduction, with its
 * reason), clamped to [0, points]. Without one the leaf is `pending` (0 for now, the sheet's total
 * provisional) under the `zero` policy; a `full` or `reweight` policy (the leaf's `onUnavailable`,
 * else the system's `unassessedPolicy`) is applied as before, the leaf `unassessed`. @internal
 */
export function scoreManual(p: PreparedOf<'manual'>, ctx: LeafContext): LeafRaw {
  const { node: leaf, points } = p;
  const { m } = ctx;
  const a = ctx.assessments.get(leaf.id);
  if (!a || (a.score === undefined && a.deduction === undefined)) {
    const policy = leaf.onUnavailable ?? ctx.unassessedPolicy;
    // Not assessed is not a failure: under `zero` the leaf waits for its assessment (DESIGN: absent is not zero).
    if (policy === 'zero') return { kind: 'fixed', status: 'pending', earned: ZERO, metric: [], explanation: m.pending(leaf.points), policy };
    return policyOutcome(p, policy, m.noAssessment, [], 'unassessed', m);
  }
  // Each number of the assessment is read once: the score, the message and the applied assessment share it.
  const score = a.score !== undefined ? dec(a.score) : undefined;
  const deduction = a.deduction !== undefined ? dec(a.deduction) : undefined;
  // Nothing deducted (the usual assessment, "0") is the points themselves: no subtraction, and
  // the leaf's node then finds its full marks by identity.
  const raw = score ?? (deduction === undefined || deduction.isZero() ? points : points.minus(deduction));
  const earned = clamp(raw, points);
  const clampNote = equal(raw, earned) ? '' : m.clampNote(leaf.points, short(earned));
  const result = equal(earned, points) ? m.fullMarks(leaf.points) : m.earnedOf(short(earned), leaf.points);
  const explanation = m.assessed(a.reason, `${said(a, deduction, m)}${clampNote}`, result);
  return { kind: 'available', status: 'manual', earned, metric: [], explanation, reason: a.reason, assessment: applied(a, score, deduction) };
}
