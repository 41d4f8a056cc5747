import type { FactValue, Facts } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import type { ScoringMessages } from '../../shared/messages/scoring.js';
import { type Dec, dec } from '../../model/money/decimal.js';
import { DEFAULT_ZERO_POLICY, type UnavailablePolicy } from '../schema/common.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import type { LeafStatus, ScoreAssessment, ScoreNode } from '../types.js';
import { compareAmounts, subtractAmounts } from '../../model/money/arithmetic.js';
import type { PreparedLeaf } from './prepare.js';
import { displayFact, fixed, localized, type Metric, metricOf, readDetails, readFact, scaledValue, unavailableReason } from './present.js';

/** What scoring a leaf needs. @internal */
export interface LeafContext {
  readonly facts: Facts;
  readonly locale: Locale;
  /** The sentences of the locale. */
  readonly m: ScoringMessages;
  /** The assessment of each manual leaf, by indicator id. */
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
  readonly metric: Metric[];
  /** The explanation in the chosen locale (without reweighting notes). */
  readonly explanation: string;
  /** Deduction reason when it differs from the explanation (manual leaves: the assessment's reason). */
  readonly reason?: string;
  readonly policy?: UnavailablePolicy;
  /** A reweighting leaf: the status it has if it cannot give its points away. */
  readonly pending?: 'unavailable' | 'unassessed';
  readonly assessment?: NonNullable<ScoreNode['assessment']>;
  /** Ratio leaves with a zero denominator: the zero policy applied. */
  readonly zeroPolicy?: NonNullable<ScoreNode['zeroPolicy']>;
}

/** A leaf scored from its data, on its declared points. @internal */
export const scored = (earned: Dec, metric: Metric[], explanation: string): LeafRaw => ({ kind: 'available', status: 'scored', earned, metric, explanation });

/** Zero, shared: Decimals are immutable, so one is enough (not one built per use). @internal */
export const ZERO: Dec = dec(0);

/**
 * Equal by value. Points are mostly passed on unchanged, so the two are often the same Decimal:
 * then no comparison (decimal.js copies the operand of every comparison). @internal
 */
export const equal = (a: Dec, b: Dec): boolean => a === b || a.eq(b);

/** Clamp to [0, max] (`max` itself, the usual full marks, is not compared). @internal */
export const clamp = (v: Dec, max: Dec): Dec => (v === max ? v : v.isNeg() ? ZERO : v.gt(max) ? max : v);

/** A leaf's name in the locale. @internal */
export const leafName = (leaf: IndicatorLeaf, locale: Locale): string => localized(locale, leaf.name, leaf.nameEn);

/** What an explanation calls a leaf's metric: its `metricLabel`, else its name. @internal */
export const subjectLabel = (leaf: IndicatorLeaf, locale: Locale): string =>
  locale === 'en' ? (leaf.metricLabelEn ?? leaf.nameEn ?? leaf.name) : (leaf.metricLabel ?? leaf.name);

/**
 * The subject of an explanation — "在职人员控制率 82.35%（在职14人/编制17人）" — with the metrics
 * of the main fact and the leaf's details. @internal
 */
export function subjectOf(leaf: IndicatorLeaf, fact: string, f: FactValue, ctx: LeafContext, scaled?: Dec): { text: string; metrics: Metric[] } {
  const main = metricOf(fact, f, ctx.m, '', scaled);
  const details = readDetails(ctx.facts, leaf.details ?? [], ctx.locale, f.type === 'ratio');
  return { text: `${subjectLabel(leaf, ctx.locale)} ${main.display}${details.text}`, metrics: [main, ...details.metrics] };
}

/**
 * Read one fact and the subject around it; `v` is its numeric value in the unit thresholds use
 * (undefined when it has none), read once for the score and the display. @internal
 */
export function readSubject(leaf: IndicatorLeaf, fact: string, ctx: LeafContext): { f: FactValue; v: Dec | undefined; text: string; metrics: Metric[] } {
  const f = readFact(ctx.facts, fact);
  const v = scaledValue(f);
  return { f, v, ...subjectOf(leaf, fact, f, ctx, v) };
}

/**
 * The outcome for a leaf whose data is unavailable, under its policy (the leaf's `onUnavailable`,
 * else the system's). @internal
 */
export function unavailableOutcome(p: PreparedLeaf, missing: readonly FactValue[], metric: Metric[], ctx: LeafContext): LeafRaw {
  const leaf = p.node;
  const reasons = missing.map((f) => unavailableReason(f, ctx.locale));
  const head = ctx.m.cannotApply(leafName(leaf, ctx.locale), reasons);
  const zeroCase = zeroCaseOf(missing);
  if (zeroCase === undefined) return policyOutcome(p, leaf.onUnavailable ?? ctx.unavailablePolicy, head, metric, 'unavailable', ctx.m);
  const policy = leaf.zeroPolicy;
  const outcome =
    (zeroCase === 'zeroOverZero' ? policy?.whenZeroOverZero : policy?.whenZeroDenominator) ??
    DEFAULT_ZERO_POLICY[zeroCase === 'zeroOverZero' ? 'whenZeroOverZero' : 'whenZeroDenominator'];
  const applied = {
    case: zeroCase,
    outcome,
    source: policy?.source ?? DEFAULT_ZERO_POLICY.source,
    reliability: policy?.reliability ?? DEFAULT_ZERO_POLICY.reliability,
    declared: policy !== undefined,
  };
  const reweight = outcome === 'not_applicable' && (policy?.notApplicable ?? DEFAULT_ZERO_POLICY.notApplicable) === 'reweight';
  const rule = ctx.m.zeroRule({ ...applied, points: leaf.points, reweight });
  if (outcome === 'unavailable') {
    const raw = policyOutcome(p, leaf.onUnavailable ?? ctx.unavailablePolicy, `${head}${rule}`, metric, 'unavailable', ctx.m);
    return { ...raw, zeroPolicy: applied };
  }
  const over = outcome === 'zero' ? overrunText(leaf, ctx) : '';
  const explanation = `${over ? ctx.m.overrunLead(over) : ''}${leafName(leaf, ctx.locale)}${ctx.m.zeroHead(reasons)}${rule}`;
  if (reweight) return { kind: 'reweight', status: 'reweighted', earned: ZERO, metric, explanation, pending: 'unavailable', zeroPolicy: applied };
  const earned = outcome === 'zero' ? ZERO : p.points;
  return { kind: outcome === 'not_applicable' ? 'fixed' : 'available', status: 'scored', earned, metric, explanation, zeroPolicy: applied };
}

/**
 * The zero-denominator case of a leaf's unavailable facts: `zeroOverZero` when every one is 0 ÷ 0,
 * `zeroDenominator` when every one has a zero denominator and one a non-zero numerator; undefined
 * when any input is missing (a missing input is not a zero). @internal
 */
export function zeroCaseOf(missing: readonly FactValue[]): 'zeroOverZero' | 'zeroDenominator' | undefined {
  const causes = missing.map((f) => (f.status === 'unavailable' ? (f.cause ?? 'missing') : 'missing'));
  if (causes.length === 0 || causes.includes('missing')) return undefined;
  return causes.includes('zeroDenominator') ? 'zeroDenominator' : 'zeroOverZero';
}

/** Apply a full/zero/reweight policy to a leaf with nothing to score. @internal */
export function policyOutcome(
  p: PreparedLeaf,
  policy: UnavailablePolicy,
  head: string,
  metric: Metric[],
  status: 'unavailable' | 'unassessed',
  m: ScoringMessages,
): LeafRaw {
  if (policy === 'reweight') return { kind: 'reweight', status: 'reweighted', earned: ZERO, metric, explanation: head, policy, pending: status };
  const full = policy === 'full';
  const explanation = `${head}${full ? m.policyFull(p.node.points) : m.policyZero}`;
  return { kind: 'fixed', status, earned: full ? p.points : ZERO, metric, explanation, policy };
}

/**
 * The leaf's parts that spent more than their budget, with the amount over — "公务接待费实际1.20万元，
 * 超出预算0.40万元" — or '' when none is (or the leaf names no parts). A part whose actual or budget
 * is unavailable is not named. @internal
 */
export function overrunText(leaf: IndicatorLeaf, ctx: LeafContext): string {
  const over = (leaf.overruns ?? []).flatMap((p) => {
    const actual = readFact(ctx.facts, p.actual);
    const budget = readFact(ctx.facts, p.budget);
    if (actual.status !== 'ok' || budget.status !== 'ok' || typeof actual.value !== 'string' || typeof budget.value !== 'string') return [];
    if (compareAmounts(actual.value, budget.value) <= 0) return [];
    const label = localized(ctx.locale, p.label, p.labelEn);
    return [{ label, actual: displayFact(actual, ctx.m), over: ctx.m.money(fixed(dec(subtractAmounts(actual.value, budget.value)), 2)) }];
  });
  return over.length === 0 ? '' : ctx.m.overruns(over);
}
