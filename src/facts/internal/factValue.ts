import { canonicalAmount, isZeroAmount, ratioOf, subtractAmounts } from '../../model/money/arithmetic.js';
import type { RoundingMode } from '../../model/money/decimal.js';
import { type FactReason, type FactReasonParams, type FactTerm, factReason } from '../../shared/messages/facts.js';
import type { FactType, FactValue, UnavailableCause } from '../types.js';
import type { Sum } from './sum.js';

/**
 * Facts by name: the one record every subject writes its facts into, in order. @internal
 *
 * Each value is frozen where it is made (the constructors below), so computeFacts need not walk the
 * ~200 values again to freeze them: one pass less over a dictionary-mode object.
 */
export type FactRecord = Record<string, FactValue>;

/**
 * Ratios are rounded half up (away from zero) to the 40 significant digits of model/money: the
 * rounding every ratio fact has always had, stated here rather than taken from a default.
 */
const RATIO_ROUNDING: RoundingMode = 'halfUp';

/** A money fact of a sum, with its parts. @internal */
export const moneyOf = (s: Sum): FactValue => Object.freeze({ status: 'ok', type: 'money', value: s.value, parts: s.parts });

/** A money fact of a sum, without parts (a figure compared as a whole). @internal */
export const moneyWithoutParts = (s: Sum): FactValue => Object.freeze({ status: 'ok', type: 'money', value: s.value });

/** A money fact of one stated amount: its canonical form, one part. @internal */
export const statedMoney = (amount: string): FactValue => Object.freeze({ status: 'ok', type: 'money', value: canonicalAmount(amount), parts: 1 });

/** @internal */
export const count = (n: number): FactValue => Object.freeze({ status: 'ok', type: 'count', value: String(n) });
/** The two boolean facts, built once: frozen, so every result can share them (≈ 20 per evaluation). */
const TRUE: FactValue = Object.freeze({ status: 'ok', type: 'boolean', value: true });
const FALSE: FactValue = Object.freeze({ status: 'ok', type: 'boolean', value: false });
/** @internal */
export const bool = (b: boolean): FactValue => (b ? TRUE : FALSE);
/** @internal */
export const text = (value: string): FactValue => Object.freeze({ status: 'ok', type: 'text', value });

/**
 * An unavailable fact, with its reason in zh-CN and English from the fact message tables, and the
 * cause a ratio's zero policy reads when there is one. @internal
 */
export function unavailable<K extends FactReason>(type: FactType, reason: K, params: FactReasonParams[K], cause?: UnavailableCause): FactValue {
  const zh = factReason(reason, params, 'zh-CN');
  const en = factReason(reason, params, 'en');
  return Object.freeze(
    cause === undefined ? { status: 'unavailable', type, reason: zh, reasonEn: en } : { status: 'unavailable', type, reason: zh, reasonEn: en, cause },
  );
}

/** A reason code that needs no parameters. @internal */
export type PlainReason = { [K in FactReason]: keyof FactReasonParams[K] extends never ? K : never }[FactReason];

/** A boolean that may be missing. @internal */
export function optBool(v: boolean | undefined, reason: PlainReason): FactValue {
  return v === undefined ? unavailable('boolean', reason, {}) : bool(v);
}

/**
 * The unavailable fact of a stated amount that was not given (`term`: what is missing). Its reason
 * names only the figure, never an input value: build it once, at load, and pass it to
 * {@link optMoney} (frozen, so every result shares it). @internal
 */
export const missingMoney = (term: FactTerm): FactValue => unavailable('money', 'missing', { term });

/** A stated amount, or `missing` (from {@link missingMoney}) when it was not given. @internal */
export function optMoney(v: string | undefined, missing: FactValue): FactValue {
  return v === undefined ? missing : statedMoney(v);
}

/**
 * The unavailable facts of one ratio: its reasons name only the ratio's two sides, never an input
 * value, so they are built once per ratio, at load, by {@link ratioTerms}, and shared (frozen) by
 * every result — a ratio that cannot be computed builds no sentence. @internal
 */
export interface RatioTerms {
  /** The numerator was not given. */
  readonly missingNum: FactValue;
  /** The denominator was not given. */
  readonly missingDen: FactValue;
  /** 0 ÷ 0. */
  readonly zeroOverZero: FactValue;
  /** A non-zero value over 0. */
  readonly zeroDenominator: FactValue;
}

/** The unavailable facts of a ratio `num ÷ den`, named by its two sides. Call once, at load. @internal */
export function ratioTerms(num: FactTerm, den: FactTerm): RatioTerms {
  return {
    missingNum: unavailable('ratio', 'missing', { term: num }, 'missing'),
    missingDen: unavailable('ratio', 'missing', { term: den }, 'missing'),
    zeroOverZero: unavailable('ratio', 'zeroOverZero', { term: den, num }, 'zeroOverZero'),
    zeroDenominator: unavailable('ratio', 'zero', { term: den }, 'zeroDenominator'),
  };
}

/**
 * A ratio fact `num ÷ den`, or unavailable when a side is missing (`cause: 'missing'`) or the
 * denominator is zero (`zeroOverZero` when the numerator is 0 too, else `zeroDenominator`). @internal
 */
export function ratio(num: string | undefined, den: string | undefined, terms: RatioTerms): FactValue {
  if (num === undefined) return terms.missingNum;
  if (den === undefined) return terms.missingDen;
  const value = ratioOf(num, den, RATIO_ROUNDING);
  if (value !== undefined) return Object.freeze({ status: 'ok', type: 'ratio', value });
  return isZeroAmount(num) ? terms.zeroOverZero : terms.zeroDenominator;
}

/** A change rate `(now − before) ÷ before`. @internal */
export function change(now: string | undefined, before: string | undefined, terms: RatioTerms): FactValue {
  if (now === undefined || before === undefined) return ratio(now, before, terms);
  return ratio(subtractAmounts(now, before), before, terms);
}
