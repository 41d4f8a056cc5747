import type { FactValue, Facts } from '../../../../src/facts/types.js';
import type { Locale } from '../../../../src/shared/issues.js';
import { D, type Dec, dec } from '../../../../src/model/money/decimal.js';
import type { UnavailablePolicy } from '../../../../src/scoring/schema/common.js';
import type { IndicatorLeaf } from '../../../../src/scoring/schema/methods.js';
import type { LeafStatus, ScoreAssessment } from '../../../../src/scoring/types.js';
import { detailsText, type Metric, metricOf, readFact, t, unavailableReason } from './present.js';

/** What scoring a leaf needs. @internal */
export interface LeafContext {
  readonly facts: Facts;
  readonly locale: Locale;
  readonly assessments: ReadonlyMap<string, ScoreAssessment>;
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
  readonly metric: readonly Metric[];
  /** The explanation in the chosen locale (without reweighting notes). */
  readonly explanation: string;
  /** Deduction reason when it differs from the explanation (manual leaves: the assessment's reason). */
  readonly reason?: string;
  readonly policy?: UnavailablePolicy;
  /** A reweighting leaf: the status it has if it cannot give its points away. */
  readonly pending?: 'unavailable' | 'unassessed';
  readonly assessment?: { readonly score?: string; readonly deduction?: string; readonly reason: string };
}

/** Clamp to [0, max]. @internal */
export const clamp = (v: Dec, max: Dec | string): Dec => D.max(0, D.min(v, max)) as Dec;

/** Display name of a leaf in the locale. @internal */
export const nameOf = (leaf: IndicatorLeaf, locale: Locale): string => (locale === 'en' ? (leaf.nameEn ?? leaf.name) : leaf.name);

/** The subject of an explanation: "在职人员控制率 82.35%（在职14人/编制17人）", with its metrics. @internal */
export function subjectOf(leaf: IndicatorLeaf, fact: string, ctx: LeafContext, display?: string): { text: string; metrics: Metric[] } {
  const f = readFact(ctx.facts, fact);
  const main = metricOf(ctx.facts, fact, ctx.locale);
  const label = ctx.locale === 'en' ? (leaf.metricLabelEn ?? leaf.nameEn ?? leaf.name) : (leaf.metricLabel ?? leaf.name);
  const d = detailsText(ctx.facts, leaf.details, ctx.locale, f.type === 'ratio');
  return { text: `${label} ${display ?? main.display}${d.text}`, metrics: [main, ...d.metrics] };
}

/**
 * The outcome for a leaf whose data is unavailable, under its policy (the leaf's `onUnavailable`,
 * else the system's). @internal
 */
export function unavailableOutcome(leaf: IndicatorLeaf, missing: readonly (readonly [string, FactValue])[], metric: readonly Metric[], ctx: LeafContext): LeafRaw {
  const policy = leaf.onUnavailable ?? ctx.unavailablePolicy;
  const why = missing.map(([, f]) => unavailableReason(f, ctx.locale)).join(t(ctx.locale, '；', '; '));
  const name = nameOf(leaf, ctx.locale);
  const head = t(ctx.locale, `${name}：${why}，无法按评分标准计算`, `${name}: ${why}; the standard cannot be applied`);
  return policyOutcome(leaf, policy, head, metric, 'unavailable', ctx.locale);
}

/** Apply a full/zero/reweight policy to a leaf with nothing to score. @internal */
export function policyOutcome(leaf: IndicatorLeaf, policy: UnavailablePolicy, head: string, metric: readonly Metric[], status: 'unavailable' | 'unassessed', locale: Locale): LeafRaw {
  if (policy === 'reweight') {
    return { kind: 'reweight', status: 'reweighted', earned: dec(0), metric, explanation: head, policy, pending: status };
  }
  const full = policy === 'full';
  const tail = full
    ? t(locale, `，按体系规定计满分${leaf.points}分`, `; scored full marks (${leaf.points}) as the system provides`)
    : t(locale, `，按体系规定计0分`, '; scored 0 as the system provides');
  return { kind: 'fixed', status, earned: full ? dec(leaf.points) : dec(0), metric, explanation: `${head}${tail}`, policy };
}
