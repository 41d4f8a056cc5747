import type { FactType, FactValue } from '../../facts/types.js';
import { isOperator, OPERATORS } from '../operators.js';
import type { ThresholdResolution } from '../resolveThreshold.js';
import type { Leaf } from '../schema.js';
import { isThresholdKey, THRESHOLD_KEYS, type ThresholdKey } from '../thresholds.js';
import type { LeafResult } from '../types.js';
import { type CompareContext, compareInto } from './compare.js';
import type { Shown } from './format.js';
import { runtimeReason } from './reasons.js';
import { fromLiteral, lookupFact, plain, type Typed, typedFact, unavailableReason } from './values.js';

/**
 * Working space for evaluating one rule, reused by every rule of a run: the leaves evaluated so
 * far (`leaves[0..count)`; the array is never shortened, so its storage is reused, and each
 * finding gets an exact-size copy) and the reason a condition node hands up the tree. @internal
 */
export interface RuleScratch {
  readonly leaves: LeafResult[];
  count: number;
  /** After evaluating a node: the first reason of the leaves that decided an unknown or error outcome. */
  reason: string | undefined;
}

/** What the engine needs to evaluate leaves. @internal */
export interface EvalContext extends CompareContext {
  readonly values: Readonly<Record<string, FactValue>>;
  /** Facts that depend on run options, looked up before `values` (see `lookupFact`). */
  readonly context?: Readonly<Record<string, FactValue>> | undefined;
  readonly threshold: (key: ThresholdKey) => ThresholdResolution;
  readonly scratch: RuleScratch;
  /** The money and ratio values as this run's messages print them (see {@link Shown}). */
  readonly shown: Shown;
}

/** Three-valued logic plus error. @internal */
export type Outcome = 'true' | 'false' | 'unknown' | 'error';

/** A LeafResult while it is being filled in. @internal */
export type LeafDraft = { -readonly [K in keyof LeafResult]: LeafResult[K] };

const KEY = '{key}';

/** Substitute `{key}` in a fact name (every occurrence; names without it are returned as is). @internal */
export function withKey(name: string, key: string | undefined): string {
  if (key === undefined) return name;
  let at = name.indexOf(KEY);
  if (at < 0) return name;
  let out = '';
  let from = 0;
  while (at >= 0) {
    out += name.slice(from, at) + key;
    from = at + KEY.length;
    at = name.indexOf(KEY, from);
  }
  return out + name.slice(from);
}

/** Sentinels for an expected value that could not be resolved (the reason is already on the leaf). */
const UNKNOWN = Symbol('unknown');
const ERROR = Symbol('error');
type ExpectedValue = Typed | readonly Typed[] | undefined;

/**
 * The right-hand side of a leaf. Writes `expectedFact` and `threshold` to the leaf (in that order)
 * and, when the value cannot be had, the reason; then returns UNKNOWN or ERROR.
 */
function resolveExpected(r: LeafDraft, leaf: Leaf, like: FactType, ctx: EvalContext, key: string | undefined): ExpectedValue | typeof UNKNOWN | typeof ERROR {
  const v = leaf.value;
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return (v as readonly (string | boolean)[]).map((x) => fromLiteral(x, like));
  if (typeof v === 'object' && v !== null && 'fact' in v) {
    const fact = withKey(v.fact, key);
    const f = lookupFact(ctx.values, fact, ctx.context);
    const typed = typedFact(f);
    if (fact) r.expectedFact = fact;
    if (typed !== undefined) return typed;
    r.reason = unavailableReason(f, fact, ctx.locale);
    return UNKNOWN;
  }
  if (typeof v === 'object' && v !== null && 'threshold' in v) {
    if (!isThresholdKey(v.threshold)) {
      r.reason = runtimeReason('unknown_threshold', ctx.locale, { name: v.threshold });
      return ERROR;
    }
    const t = ctx.threshold(v.threshold);
    if (!t.ok) {
      r.threshold = { key: v.threshold };
      r.reason = ctx.locale === 'en' ? t.reasonEn : t.reason;
      return UNKNOWN;
    }
    r.threshold = { key: v.threshold, setId: t.set.id, reliability: t.set.provenance.reliability };
    return { type: THRESHOLD_KEYS[v.threshold].type, value: t.value, parts: 0 };
  }
  return fromLiteral(v as string | boolean, like);
}

const plainExpected = (v: ExpectedValue): LeafResult['expected'] =>
  v === undefined ? null : Array.isArray(v) ? (v as readonly Typed[]).map(plain) : plain(v as Typed);

/**
 * Fill in a leaf (created with `{ fact, op, stage?, actual: null, expected: null, passed }`) and
 * return its outcome. Keys are added in the order `valueType, expectedFact, threshold, difference,
 * tolerance, toleranceParts, halfUnit, withinRounding, reason` — assigned one by one rather than
 * spread from intermediate objects, which took V8's slow clone path.
 */
function fill(r: LeafDraft, leaf: Leaf, ctx: EvalContext, key: string | undefined): Outcome {
  if (!isOperator(leaf.op)) {
    r.reason = runtimeReason('unknown_operator', ctx.locale, { op: String(leaf.op) });
    return 'error';
  }
  const f = lookupFact(ctx.values, r.fact, ctx.context);
  const a = typedFact(f);
  if (a === undefined) {
    r.reason = unavailableReason(f, r.fact, ctx.locale);
    return leaf.op === 'available' ? 'false' : 'unknown';
  }
  r.actual = plain(a);
  r.valueType = a.type;
  if (leaf.op === 'available') return 'true';
  const e = resolveExpected(r, leaf, a.type, ctx, key);
  if (e === UNKNOWN) return 'unknown';
  if (e === ERROR) return 'error';
  r.expected = plainExpected(e);
  if (leaf.tolerance !== undefined && !OPERATORS[leaf.op].tolerance) {
    r.reason = runtimeReason('no_tolerance', ctx.locale, { op: leaf.op });
    return 'error';
  }
  return compareInto(r, leaf.op, a, e, leaf.tolerance, ctx);
}

/**
 * Evaluate one leaf against the facts: append its LeafResult to `ctx.scratch` and return its
 * outcome, with the leaf's reason in `ctx.scratch.reason` when the outcome is unknown or error.
 * Never throws on bad operands: they give outcome `error`. @internal
 */
export function evaluateLeaf(leaf: Leaf, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined): Outcome {
  const fact = withKey(String(leaf.fact), key);
  const op = String(leaf.op);
  const r: LeafDraft = stage ? { fact, op, stage, actual: null, expected: null, passed: false } : { fact, op, actual: null, expected: null, passed: false };
  const outcome = fill(r, leaf, ctx, key);
  r.passed = outcome === 'true';
  const s = ctx.scratch;
  s.leaves[s.count++] = r;
  s.reason = outcome === 'unknown' || outcome === 'error' ? r.reason : undefined;
  return outcome;
}
