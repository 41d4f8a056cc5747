import type { FactValue, Facts } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { type Dec, dec } from '../../model/money/decimal.js';
import type { UnavailablePolicy } from '../schema/common.js';
import type { LeafStatus, ScoreAssessment } from '../types.js';
import type { CompiledLeaf } from './compiled.js';
import { detailsText, type Metric, metricOf, readFact, unavailableReason } from './present.js';

/** What scoring a leaf needs. @internal */
export interface LeafContext {
  readonly facts: Facts;
  readonly locale: Locale;
  /** Assessments by the slot of their manual leaf ({@link CompiledLeaf.slot}). */
  readonly assessments: readonly (ScoreAssessment | undefined)[];
  readonly unavailablePolicy: UnavailablePolicy;
  readonly unassessedPolicy: UnavailablePolicy;
}

/**
 * A leaf scored on its own declared points, before reweighting and rounding. `kind` says how it
 * takes part in reweighting: `available` (scored from data or an assessment: may receive points),
 * `fixed` (scored by the full/zero policy), `reweight` (gives its points to its siblings). @internal
 */
export interface LeafRaw {
  readonly kind: 'available' | 'fixed' | 'reweight';
  readonly status: LeafStatus;
  /** Exact earned points on the declared points, in [0, points]. */
  readonly earned: Dec;
  /** The metric entries, fresh for this call (they go into the sheet as they are). */
  readonly metric: Metric[];
  /** The explanation in the chosen locale (without reweighting notes). */
  readonly explanation: string;
  /** Deduction reason when it differs from the explanation (manual leaves: the assessment's reason). */
  readonly reason: string | undefined;
  readonly policy: UnavailablePolicy | undefined;
  /** A reweighting leaf: the status it has if it cannot give its points away. */
  readonly pending: 'unavailable' | 'unassessed' | undefined;
  readonly assessment: { readonly score?: string; readonly deduction?: string; readonly reason: string } | undefined;
}

/**
 * A {@link LeafRaw}, always with every field in the same order: one hidden class for every
 * method's outcome, so the code building nodes from them reads them monomorphically (literals
 * with the optional keys left out gave a shape per method and outcome). @internal
 */
export function leafRaw(
  kind: LeafRaw['kind'],
  status: LeafStatus,
  earned: Dec,
  metric: Metric[],
  explanation: string,
  reason?: string,
  policy?: UnavailablePolicy,
  pending?: LeafRaw['pending'],
  assessment?: LeafRaw['assessment'],
): LeafRaw {
  return { kind, status, earned, metric, explanation, reason, policy, pending, assessment };
}

/** Zero, shared: decimals are immutable. @internal */
export const ZERO: Dec = dec(0);

/**
 * Clamp to [0, max]: the value itself when in range, else `ZERO` or `max` (the same values as
 * `D.max(0, D.min(v, max))`, which copied its arguments three times). @internal
 */
export function clamp(v: Dec, max: Dec): Dec {
  if (v === max) return max;
  if (v.isNeg() || v.isZero()) return ZERO;
  return v.gt(max) ? max : v;
}

/** The subject of an explanation: "在职人员控制率 82.35%（在职14人/编制17人）", with its metrics. @internal */
export function subjectOf(c: CompiledLeaf, fact: string, f: FactValue, ctx: LeafContext): { text: string; metrics: Metric[] } {
  const main = metricOf(fact, f, ctx.locale);
  // Sized up front (the main metric, then the details'): `[main]` grew to 17 slots on the first push.
  const metrics = new Array<Metric>(1 + c.details.length);
  metrics[0] = main;
  const d = detailsText(ctx.facts, c.details, ctx.locale, f.type === 'ratio', metrics);
  return { text: `${c.subjectLabel[ctx.locale]} ${main.display}${d}`, metrics };
}

/**
 * The outcome for a leaf whose data is unavailable, under its policy (the leaf's `onUnavailable`,
 * else the system's). @internal
 */
export function unavailableOutcome(c: CompiledLeaf, missing: readonly (readonly [string, FactValue])[], metric: Metric[], ctx: LeafContext): LeafRaw {
  const policy = c.leaf.onUnavailable ?? ctx.unavailablePolicy;
  const en = ctx.locale === 'en';
  const why = missing.map(([, f]) => unavailableReason(f, ctx.locale)).join(en ? '; ' : '；');
  const name = c.name[ctx.locale];
  const head = en ? `${name}: ${why}; the standard cannot be applied` : `${name}：${why}，无法按评分标准计算`;
  return policyOutcome(c, policy, head, metric, 'unavailable', ctx.locale);
}

/** Apply a full/zero/reweight policy to a leaf with nothing to score. @internal */
export function policyOutcome(c: CompiledLeaf, policy: UnavailablePolicy, head: string, metric: Metric[], status: 'unavailable' | 'unassessed', locale: Locale): LeafRaw {
  if (policy === 'reweight') {
    return leafRaw('reweight', 'reweighted', ZERO, metric, head, undefined, policy, status);
  }
  const full = policy === 'full';
  const en = locale === 'en';
  const tail = full ? (en ? `; scored full marks (${c.leaf.points}) as the system provides` : `，按体系规定计满分${c.leaf.points}分`) : en ? '; scored 0 as the system provides' : '，按体系规定计0分';
  return leafRaw('fixed', status, full ? c.points : ZERO, metric, `${head}${tail}`, undefined, policy);
}
