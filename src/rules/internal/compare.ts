import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { D, type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import type { Operator } from '../operators.js';
import type { LeafResult } from '../types.js';
import { runtimeReason } from './reasons.js';
import { isDecimal, isNum, kindOf, type Num, partsOf, type Typed } from './values.js';

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
  /** The values compared in this run as Decimals, by their strings (see {@link decimalOf}). */
  readonly decimals: Map<string, Dec>;
}

/**
 * A compared value as a Decimal, read once per run: a value is typically compared by several leaves
 * (the fixture's unequal comparisons read 32 values, 17 distinct; the half unit is read by every
 * rounding bound), and a parse costs more than a lookup.
 */
function decimalOf(value: string, cx: CompareContext): Dec {
  let d = cx.decimals.get(value);
  if (d === undefined) {
    d = dec(value);
    cx.decimals.set(value, d);
  }
  return d;
}

/**
 * A rounding bound (half a unit × parts) and its canonical string, with the half unit it was
 * built from (the typical rounding, see {@link typicalRounding}, is only needed for a difference
 * inside the bound, so it is computed there: a square root to 40 digits per part count was a
 * fifth of runRules). @internal
 */
export interface RoundingBound {
  readonly value: Dec;
  readonly text: string;
  readonly half: Dec;
}

/**
 * How far `parts` rounded terms typically drift: one unit (two half-units) × √parts, to four
 * significant digits. Each term's rounding error is spread evenly over ±half a unit, so a sum or
 * difference of n of them has a standard deviation of half a unit × √(n/3); this threshold is
 * about 3.5 of those (a pure-rounding difference beyond it has odds below 1 in 2,000). A
 * difference inside the bound but beyond this is reported as a possible error, not as rounding.
 * [K] jixiao's choice (issue #16, point 9), not a published rule. @internal
 */
export function typicalRounding(halfUnit: Dec, parts: number): Dec {
  return halfUnit.times(2).times(new D(parts).sqrt()).toSignificantDigits(4, D.ROUND_UP);
}

/** The leaf fields a comparison explains itself with, in the order they are written. @internal */
export type Details = {
  -readonly [
    K in 'difference' | 'tolerance' | 'toleranceParts' | 'halfUnit' | 'withinRounding' | 'typicalRounding' | 'beyondTypicalRounding' | 'reason'
  ]?: LeafResult[K];
};

/** Zero: no tolerance, or the difference of equal values (decimal.js values are immutable, so one instance is shared). */
const ZERO: Dec = new D(0);

/** Operands of kinds `op` cannot compare: an `error` with its reason written to `out`. */
function mismatch(out: Details, op: string, a: Typed, expected: Typed | undefined, locale: Locale): 'error' {
  const kinds = ruleMessages(locale).kinds(kindOf(a), expected === undefined ? undefined : kindOf(expected));
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
    const half = decimalOf(cx.halfUnit, cx);
    const value = half.times(parts);
    b = { value, text: toCanonical(value), half };
    cx.bounds.set(parts, b);
  }
  return b;
}

/**
 * Decimal comparison with an optional tolerance (eq, lt, lte, gt, gte), exactly, through the
 * money module's Decimal. Writes the details to `out`.
 */
function compareNumbers(out: Details, op: Operator, a: Num, e: Num, tol: string | undefined, cx: CompareContext): ComparisonOutcome {
  let b: Dec;
  let boundText: string | undefined;
  let parts = 0;
  let r: RoundingBound | undefined;
  if (tol === undefined) b = ZERO;
  else if (tol === 'rounding') {
    // Every stated (rounded) term on either side carries up to half a unit of rounding: the bound
    // counts the terms of both sides (a stated total against the sum of its n stated parts: n + 1).
    parts = partsOf(a) + partsOf(e);
    r = roundingBound(parts, cx);
    b = r.value;
    boundText = r.text;
  } else if (!isDecimal(tol) || tol.startsWith('-')) {
    out.reason = runtimeReason('bad_tolerance', cx.locale, { tolerance: tol });
    return 'error';
  } else {
    b = dec(tol);
    boundText = toCanonical(b);
  }
  // Equal strings of a plain decimal differ by exactly 0: neither is read as a Decimal (most
  // stated-vs-computed checks of a sound report compare equal strings: half the parses of a run).
  const d = a.value === e.value && isDecimal(a.value) ? ZERO : decimalOf(a.value, cx).minus(decimalOf(e.value, cx));
  // d against 0 by its sign. (NaN is neither zero, negative nor positive, so every test is false.)
  const zero = d.isZero();
  const strict =
    op === 'eq' ? zero : op === 'lt' ? !zero && d.isNeg() : op === 'lte' ? zero || d.isNeg() : op === 'gt' ? !zero && d.isPos() : zero || d.isPos();
  // Within the bound (b ≥ 0) whenever the strict test holds: the bound is compared only when it fails.
  const loose = strict || (op === 'eq' ? d.abs().lte(b) : op === 'lte' ? d.lte(b) : op === 'gte' ? d.gte(b.neg()) : false);
  out.difference = toCanonical(d);
  if (boundText !== undefined) out.tolerance = boundText;
  if (tol === 'rounding') {
    out.toleranceParts = parts;
    out.halfUnit = cx.halfUnit;
    if (loose && !strict) {
      out.withinRounding = true;
      // The typical rounding (a square root to 40 digits, ≈ 13 µs) is at least 2·half·√parts, so a
      // difference with d² ≤ (2·half)²·parts cannot exceed it: the root is taken only when it can.
      const typical = r === undefined || d.times(d).lte(r.half.times(r.half).times(4 * parts)) ? undefined : typicalRounding(r.half, parts);
      if (typical !== undefined && d.abs().gt(typical)) {
        out.typicalRounding = toCanonical(typical);
        out.beyondTypicalRounding = true;
      }
    }
  }
  return loose ? 'true' : 'false';
}

const equal = (a: Typed, b: Typed): boolean => (isNum(a) && isNum(b) ? dec(a.value).eq(dec(b.value)) : kindOf(a) === kindOf(b) && a.value === b.value);

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
      if (a.type !== 'boolean') return mismatch(out, op, a, undefined, cx.locale);
      return a.value === (op === 'isTrue') ? 'true' : 'false';
    case 'in':
      if (!list) return mismatch(out, op, a, single, cx.locale);
      return list.some((x) => equal(a, x)) ? 'true' : 'false';
    case 'between': {
      const [lo, hi] = list ?? [];
      if (!isNum(a) || list?.length !== 2 || !isNum(lo) || !isNum(hi)) return mismatch(out, op, a, lo, cx.locale);
      return dec(a.value).gte(dec(lo.value)) && dec(a.value).lte(dec(hi.value)) ? 'true' : 'false';
    }
    case 'eq':
      if (single && !isNum(a) && kindOf(a) === kindOf(single)) return a.value === single.value ? 'true' : 'false';
      if (!isNum(single) || !isNum(a)) return mismatch(out, op, a, single, cx.locale);
      return compareNumbers(out, op, a, single, tol, cx);
    default:
      if (!isNum(single) || !isNum(a)) return mismatch(out, op, a, single, cx.locale);
      return compareNumbers(out, op, a, single, tol, cx);
  }
}
