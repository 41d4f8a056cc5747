import { type Dec, canonicalText, toCanonical, dec } from '../../model/money/decimal.js';
import type { FactType, FactValue } from '../types.js';
import { MoneySum } from './moneySum.js';

/** @internal */
export const money = (v: Dec, parts?: number): FactValue =>
  // Two literals rather than a conditional spread: the spread allocated and copied a temporary
  // object for each of the ~100 money facts of a call.
  parts === undefined ? { status: 'ok', type: 'money', value: toCanonical(v) } : { status: 'ok', type: 'money', value: toCanonical(v), parts };
/**
 * A money fact of an exact running sum, with its parts (or `parts` when given; `null` for none).
 * The text is printed by the sum itself, without a Decimal. @internal
 */
export const moneyOf = (s: MoneySum, parts: number | null = s.parts): FactValue =>
  parts === null ? { status: 'ok', type: 'money', value: s.toText() } : { status: 'ok', type: 'money', value: s.toText(), parts };

/** A Decimal of a ratio's side: a sum is turned into one only when the ratio is computed. */
const decOf = (x: Dec | string | MoneySum): Dec => (x instanceof MoneySum ? x.toDec() : dec(x));

/**
 * The canonical string of a stated amount: parsed amounts are already canonical, so this skips a
 * parse-and-print per stated amount. @internal
 */
export const canonicalOf = canonicalText;

/** A money fact of one stated amount (same as `money(dec(s), 1)`). @internal */
export const statedMoney = (s: string): FactValue => ({ status: 'ok', type: 'money', value: canonicalOf(s), parts: 1 });

/** @internal */
export const count = (n: number): FactValue => ({ status: 'ok', type: 'count', value: String(n) });
/** @internal */
export const bool = (b: boolean): FactValue => ({ status: 'ok', type: 'boolean', value: b });
/** @internal */
export const unavailable = (type: FactType, reason: string, reasonEn: string): FactValue => ({ status: 'unavailable', type, reason, reasonEn });

/** The distinct strings, sorted (UTF-16 order). @internal */
export const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** A ratio fact, or unavailable when a side is missing or the denominator is zero. @internal */
export function ratio(
  num: Dec | string | MoneySum | undefined,
  den: Dec | string | MoneySum | undefined,
  names: { readonly num: string; readonly den: string; readonly numEn: string; readonly denEn: string },
): FactValue {
  if (num === undefined) return unavailable('ratio', `缺少${names.num}数据`, `${names.numEn} not given`);
  if (den === undefined) return unavailable('ratio', `缺少${names.den}数据`, `${names.denEn} not given`);
  const d = decOf(den);
  if (d.isZero()) return unavailable('ratio', `${names.den}为 0，无法计算比率`, `${names.denEn} is zero`);
  return { status: 'ok', type: 'ratio', value: toCanonical(decOf(num).div(d)) };
}

/** A change rate (a − b) / b. @internal */
export function change(
  now: Dec | string | MoneySum | undefined,
  before: Dec | string | MoneySum | undefined,
  names: { readonly num: string; readonly den: string; readonly numEn: string; readonly denEn: string },
): FactValue {
  if (now === undefined || before === undefined) return ratio(now, before, names);
  const b = decOf(before);
  return ratio(decOf(now).minus(b), b, names);
}

/** A boolean that may be missing. @internal */
export function optBool(v: boolean | undefined, zh: string, en: string): FactValue {
  return v === undefined ? unavailable('boolean', `报告未说明${zh}`, `${en} not stated`) : bool(v);
}

/** A money value that may be missing. @internal */
export function optMoney(v: string | undefined, zh: string, en: string): FactValue {
  return v === undefined ? unavailable('money', `缺少${zh}数据`, `${en} not given`) : statedMoney(v);
}
