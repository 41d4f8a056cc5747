import { type Dec, canonicalText, toCanonical, dec } from '../../model/money/decimal.js';
import type { FactType, FactValue } from '../types.js';

/** @internal */
export const money = (v: Dec, parts?: number): FactValue =>
  // Two literals rather than a conditional spread: the spread allocated and copied a temporary
  // object for each of the ~100 money facts of a call.
  parts === undefined ? { status: 'ok', type: 'money', value: toCanonical(v) } : { status: 'ok', type: 'money', value: toCanonical(v), parts };
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

/** Sum of canonical strings (line amounts: parsed directly, not through the memo of dec()). @internal */
export function sum(values: readonly string[]): Dec {
  let acc: Dec = dec(0);
  for (const v of values) acc = acc.plus(v);
  return acc;
}

/** A ratio fact, or unavailable when a side is missing or the denominator is zero. @internal */
export function ratio(
  num: Dec | string | undefined,
  den: Dec | string | undefined,
  names: { readonly num: string; readonly den: string; readonly numEn: string; readonly denEn: string },
): FactValue {
  if (num === undefined) return unavailable('ratio', `缺少${names.num}数据`, `${names.numEn} not given`);
  if (den === undefined) return unavailable('ratio', `缺少${names.den}数据`, `${names.denEn} not given`);
  const d = dec(den);
  if (d.isZero()) return unavailable('ratio', `${names.den}为 0，无法计算比率`, `${names.denEn} is zero`);
  return { status: 'ok', type: 'ratio', value: toCanonical(dec(num).div(d)) };
}

/** A change rate (a − b) / b. @internal */
export function change(
  now: Dec | string | undefined,
  before: Dec | string | undefined,
  names: { readonly num: string; readonly den: string; readonly numEn: string; readonly denEn: string },
): FactValue {
  if (now === undefined || before === undefined) return ratio(now, before, names);
  return ratio(dec(now).minus(dec(before)), before, names);
}

/** A boolean that may be missing. @internal */
export function optBool(v: boolean | undefined, zh: string, en: string): FactValue {
  return v === undefined ? unavailable('boolean', `报告未说明${zh}`, `${en} not stated`) : bool(v);
}

/** A money value that may be missing. @internal */
export function optMoney(v: string | undefined, zh: string, en: string): FactValue {
  return v === undefined ? unavailable('money', `缺少${zh}数据`, `${en} not given`) : statedMoney(v);
}
