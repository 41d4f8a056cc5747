import type { Locale } from '../../shared/issues.js';
import { D, type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import type { Operator } from '../operators.js';
import type { LeafResult } from '../types.js';
import { compareExact } from './exact.js';
import { runtimeReason } from './reasons.js';
import { isDecimal, type Typed } from './values.js';

/** The outcome of one comparison. @internal */
export type ComparisonOutcome = 'true' | 'false' | 'error';

/**
 * What a comparison needs besides its operands: the rounding half-unit, the locale and, for the
 * `rounding` tolerance, a per-run cache of bounds by part count (see {@link roundingBounds}). @internal
 */
export interface CompareContext {
  readonly halfUnit: string;
  readonly locale: Locale;
  readonly bounds: Map<number, RoundingBound>;
}

/** A rounding bound (half a unit × parts) and its canonical string. @internal */
export interface RoundingBound {
  readonly value: Dec;
  readonly text: string;
}

/** The leaf fields a comparison explains itself with, in the order they are written. @internal */
export type Details = { -readonly [K in 'difference' | 'tolerance' | 'toleranceParts' | 'halfUnit' | 'withinRounding' | 'reason']?: LeafResult[K] };

type Num = Typed & { kind: 'number' };

const KIND_ZH = { number: '数值', boolean: '布尔值', text: '文本' } as const;

/** 0, to stand for the difference of two equal decimal strings (decimal.js values are immutable). */
const ZERO: Dec = new D(0);

function mismatch(out: Details, op: string, a: Typed, e: Typed | undefined, locale: Locale): 'error' {
  return mismatchKinds(out, op, a.kind, e?.kind, locale);
}

/** The kind of a compared value. @internal */
export type ValueKind = Typed['kind'];

/** Operands of kinds `op` cannot compare: an `error` with its reason written to `out`. @internal */
export function mismatchKinds(out: Details, op: string, a: ValueKind, e: ValueKind | undefined, locale: Locale): 'error' {
  const kinds = locale === 'en' ? `${a}${e ? ` and ${e}` : ''}` : `${KIND_ZH[a]}${e ? `与${KIND_ZH[e]}` : ''}`;
  out.reason = runtimeReason('bad_operand', locale, { op, kinds });
  return 'error';
}

/**
 * The rounding bound for `parts` stated amounts, computed once per part count and run: most
 * leaves of a department share a handful of part counts, and the product and its canonical
 * string were a visible share of runRules.
 */
function roundingBound(parts: number, cx: CompareContext): RoundingBound {
  let b = cx.bounds.get(parts);
  if (b === undefined) {
    const value = dec(cx.halfUnit).times(parts);
    b = { value, text: toCanonical(value) };
    cx.bounds.set(parts, b);
  }
  return b;
}

/** Decimal comparison with an optional tolerance: eq, lt, lte, gt, gte. Writes the details to `out`. */
function compareNumbers(out: Details, op: Operator, a: Num, e: Num, tol: string | undefined, cx: CompareContext): ComparisonOutcome {
  return compareNumberValues(out, op, a.value, a.parts, e.value, e.parts, tol, cx);
}

/**
 * {@link compareNumbers} on the bare values and part counts of the two sides (the compiled rules
 * call it without wrapping each operand in a `Typed`). @internal
 */
export function compareNumberValues(out: Details, op: Operator, av: string, ap: number, ev: string, ep: number, tol: string | undefined, cx: CompareContext): ComparisonOutcome {
  if (tol !== undefined && tol !== 'rounding' && (!isDecimal(tol) || tol.startsWith('-'))) {
    out.reason = runtimeReason('bad_tolerance', cx.locale, { tolerance: tol });
    return 'error';
  }
  // Amounts of up to 15 digits (nearly all of them) are compared as exact integers (exact.ts);
  // anything else by decimal.js.
  return compareExact(out, op, av, ap, ev, ep, tol, cx.halfUnit) ?? compareDecimals(out, op, av, ap, ev, ep, tol, cx);
}

/** {@link compareNumberValues} by decimal.js, for any operands: what {@link compareExact} must agree with. @internal */
export function compareDecimals(out: Details, op: Operator, av: string, ap: number, ev: string, ep: number, tol: string | undefined, cx: CompareContext): ComparisonOutcome {
  let b: Dec;
  let boundText: string | undefined;
  let parts = 0;
  if (tol === undefined) b = ZERO;
  else if (tol === 'rounding') {
    parts = Math.max(ap, ep);
    const r = roundingBound(parts, cx);
    b = r.value;
    boundText = r.text;
  } else if (!isDecimal(tol) || tol.startsWith('-')) {
    out.reason = runtimeReason('bad_tolerance', cx.locale, { tolerance: tol });
    return 'error';
  } else {
    b = dec(tol);
    boundText = toCanonical(b);
  }
  const x = dec(av);
  const y = dec(ev);
  // Equal strings of a finite decimal differ by exactly 0: skip the subtraction and its
  // canonical string (most stated-vs-computed checks of a sound report compare equal strings).
  const same = av === ev && x.isFinite();
  const d = same ? ZERO : x.minus(y);
  // d against 0 by its sign: d.lt(0) and the like construct a Decimal from 0 on every call.
  // (NaN is neither zero, negative nor positive, so every test is false, as with lt/lte/gt/gte.)
  const zero = d.isZero();
  const strict = op === 'eq' ? zero : op === 'lt' ? !zero && d.isNeg() : op === 'lte' ? zero || d.isNeg() : op === 'gt' ? !zero && d.isPos() : zero || d.isPos();
  let loose: boolean;
  if (op !== 'eq' && op !== 'lte' && op !== 'gte') loose = strict;
  // |0| ≤ b, 0 ≤ b and 0 ≥ −b all say b ≥ 0.
  else if (same) loose = b.isZero() || b.isPos();
  else loose = op === 'eq' ? d.abs().lte(b) : op === 'lte' ? d.lte(b) : d.gte(b.neg());
  out.difference = same ? '0' : toCanonical(d);
  if (boundText !== undefined) out.tolerance = boundText;
  if (tol === 'rounding') {
    out.toleranceParts = parts;
    out.halfUnit = cx.halfUnit;
    if (loose && !strict) out.withinRounding = true;
  }
  return loose ? 'true' : 'false';
}

const equal = (a: Typed, b: Typed): boolean => (a.kind === 'number' && b.kind === 'number' ? dec(a.value).eq(dec(b.value)) : a.kind === b.kind && a.value === b.value);

/**
 * Compare a fact's value with the expected value(s) under one operator, writing the difference,
 * tolerance and reason (in that key order) to `out`. A kind mismatch (boolean with `lt`, number
 * with `isTrue`, text with a number) is an `error`, never `false`. @internal
 */
export function compareInto(
  out: Details,
  op: Operator,
  a: Typed,
  e: Typed | readonly Typed[] | undefined,
  tol: string | undefined,
  cx: CompareContext,
): ComparisonOutcome {
  const list = Array.isArray(e) ? (e as readonly Typed[]) : undefined;
  const single = e !== undefined && list === undefined ? (e as Typed) : undefined;
  switch (op) {
    case 'isTrue':
    case 'isFalse':
      if (a.kind !== 'boolean') return mismatch(out, op, a, undefined, cx.locale);
      return a.value === (op === 'isTrue') ? 'true' : 'false';
    case 'in':
      if (!list) return mismatch(out, op, a, single, cx.locale);
      return list.some((x) => equal(a, x)) ? 'true' : 'false';
    case 'between': {
      const [lo, hi] = list ?? [];
      if (a.kind !== 'number' || list?.length !== 2 || lo?.kind !== 'number' || hi?.kind !== 'number') return mismatch(out, op, a, lo, cx.locale);
      return dec(a.value).gte(dec(lo.value)) && dec(a.value).lte(dec(hi.value)) ? 'true' : 'false';
    }
    case 'eq':
      if (single && a.kind !== 'number' && a.kind === single.kind) return a.value === single.value ? 'true' : 'false';
      if (single?.kind !== 'number' || a.kind !== 'number') return mismatch(out, op, a, single, cx.locale);
      return compareNumbers(out, op, a, single, tol, cx);
    default:
      if (single?.kind !== 'number' || a.kind !== 'number') return mismatch(out, op, a, single, cx.locale);
      return compareNumbers(out, op, a, single, tol, cx);
  }
}
