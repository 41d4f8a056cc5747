import type { FactType, FactValue } from '../../../../src/facts/types.js';
import type { Locale } from '../../../../src/shared/issues.js';
import { isOperator, OPERATORS } from '../../../../src/rules/operators.js';
import type { ThresholdResolution } from '../resolveThreshold.js';
import type { Leaf } from '../../../../src/rules/schema.js';
import { isThresholdKey, THRESHOLD_KEYS, type ThresholdKey } from '../../../../src/rules/thresholds.js';
import type { LeafResult } from '../../../../src/rules/types.js';
import { compareTyped, type Comparison } from './compare.js';
import { runtimeReason } from './reasons.js';
import { fromFact, fromLiteral, lookupFact, plain, type Typed } from './values.js';

/** What the engine needs to evaluate leaves. @internal */
export interface EvalContext {
  readonly values: Readonly<Record<string, FactValue>>;
  /** Facts that depend on run options, looked up before `values` (see `lookupFact`). */
  readonly context?: Readonly<Record<string, FactValue>> | undefined;
  readonly halfUnit: string;
  readonly locale: Locale;
  readonly threshold: (key: ThresholdKey) => ThresholdResolution;
}

/** Three-valued logic plus error. @internal */
export type Outcome = 'true' | 'false' | 'unknown' | 'error';

/** One evaluated leaf. @internal */
export interface LeafEval {
  readonly outcome: Outcome;
  readonly result: LeafResult;
}

/** Substitute `{key}` in a fact name. @internal */
export const withKey = (name: string, key: string | undefined): string => (key === undefined ? name : name.split('{key}').join(key));

type Expected =
  | { ok: true; value?: Typed | readonly Typed[]; fact?: string; threshold?: LeafResult['threshold'] }
  | { ok: false; reason: string; error?: true; fact?: string; threshold?: LeafResult['threshold'] };

function resolveExpected(leaf: Leaf, like: FactType, ctx: EvalContext, key: string | undefined): Expected {
  const v = leaf.value;
  if (v === undefined) return { ok: true };
  if (Array.isArray(v)) return { ok: true, value: (v as readonly (string | boolean)[]).map((x) => fromLiteral(x, like)) };
  if (typeof v === 'object' && v !== null && 'fact' in v) {
    const fact = withKey(v.fact, key);
    const r = fromFact(lookupFact(ctx.values, fact, ctx.context), fact, ctx.locale);
    return r.ok ? { ok: true, value: r.typed, fact } : { ok: false, reason: r.reason, fact };
  }
  if (typeof v === 'object' && v !== null && 'threshold' in v) {
    if (!isThresholdKey(v.threshold)) return { ok: false, error: true, reason: runtimeReason('unknown_threshold', ctx.locale, { name: v.threshold }) };
    const r = ctx.threshold(v.threshold);
    if (!r.ok) return { ok: false, reason: ctx.locale === 'en' ? r.reasonEn : r.reason, threshold: { key: v.threshold } };
    const typed: Typed = { kind: 'number', value: r.value, type: THRESHOLD_KEYS[v.threshold].type, parts: 0 };
    return { ok: true, value: typed, threshold: { key: v.threshold, setId: r.set.id, reliability: r.set.provenance.reliability } };
  }
  return { ok: true, value: fromLiteral(v as string | boolean, like) };
}

const plainExpected = (v: Typed | readonly Typed[] | undefined): LeafResult['expected'] =>
  v === undefined ? null : Array.isArray(v) ? (v as readonly Typed[]).map(plain) : plain(v as Typed);

/** Add the comparison's details to `r`, in this key order. */
function addComparison(r: Record<string, unknown>, c: Comparison): void {
  if (c.difference !== undefined) r['difference'] = c.difference;
  if (c.bound !== undefined) r['tolerance'] = c.bound;
  if (c.parts !== undefined) r['toleranceParts'] = c.parts;
  if (c.halfUnit !== undefined) r['halfUnit'] = c.halfUnit;
  if (c.withinRounding) r['withinRounding'] = true;
  if (c.reason !== undefined) r['reason'] = c.reason;
}

/** Evaluate one leaf against the facts. Never throws: bad operands give outcome `error`. @internal */
export function evaluateLeaf(leaf: Leaf, ctx: EvalContext, key: string | undefined, stage?: 'when'): LeafEval {
  const fact = withKey(String(leaf.fact), key);
  const op = String(leaf.op);
  // Built property by property, in the key order of `{ fact, op, stage?, actual, expected, passed, ...extra }`:
  // an object spread of varying shapes takes V8's slow clone path (≈ 20 % of runRules).
  const make = (outcome: Outcome, extra: Partial<LeafResult>): LeafEval => {
    const r: Record<string, unknown> = { fact, op };
    if (stage) r['stage'] = stage;
    r['actual'] = null;
    r['expected'] = null;
    r['passed'] = outcome === 'true';
    for (const k of Object.keys(extra)) r[k] = (extra as Record<string, unknown>)[k];
    return { outcome, result: r as unknown as LeafResult };
  };
  if (!isOperator(leaf.op)) return make('error', { reason: runtimeReason('unknown_operator', ctx.locale, { op: String(leaf.op) }) });
  const a = fromFact(lookupFact(ctx.values, fact, ctx.context), fact, ctx.locale);
  if (leaf.op === 'available') return make(a.ok ? 'true' : 'false', a.ok ? { actual: plain(a.typed), valueType: a.typed.type } : { reason: a.reason });
  if (!a.ok) return make('unknown', { reason: a.reason });
  const e = resolveExpected(leaf, a.typed.type, ctx, key);
  // `known` then the outcome's own keys, built in place (no spreads: see `make`).
  const known: Record<string, unknown> = { actual: plain(a.typed), valueType: a.typed.type };
  if (e.fact) known['expectedFact'] = e.fact;
  if (e.threshold) known['threshold'] = e.threshold;
  if (!e.ok) {
    known['reason'] = e.reason;
    return make(e.error ? 'error' : 'unknown', known);
  }
  const spec = OPERATORS[leaf.op];
  known['expected'] = plainExpected(e.value);
  if (leaf.tolerance !== undefined && !spec.tolerance) {
    known['reason'] = runtimeReason('no_tolerance', ctx.locale, { op: leaf.op });
    return make('error', known);
  }
  const c = compareTyped(leaf.op, a.typed, e.value, leaf.tolerance, ctx.halfUnit, ctx.locale);
  addComparison(known, c);
  return make(c.outcome, known);
}
