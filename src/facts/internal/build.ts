import { type Dec, canonicalText, toCanonical, dec } from '../../model/money/decimal.js';
import type { FactType, FactValue } from '../types.js';
import { MoneySum, millionthsOf } from './moneySum.js';
import { quotientText } from './quotient.js';

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

/** A ratio's side in integer millionths, when it is a string or a sum held exactly in integers. */
const exactMillionths = (x: Dec | string | MoneySum): bigint | undefined => (typeof x === 'string' || x instanceof MoneySum ? millionthsOf(x) : undefined);

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

/**
 * Insert `key` into `out`, kept sorted in UTF-16 order (what `Array.prototype.sort` does with
 * strings) and free of duplicates. For the handful of codes of a department this is cheaper than
 * a Set, a spread copy and a sort (which allocate a work array); long lists use those instead
 * (see sortedDistinct). @internal
 */
export function insertSorted(out: string[], key: string): void {
  let j = out.length;
  while (j > 0 && (out[j - 1] as string) > key) j -= 1;
  if (j > 0 && out[j - 1] === key) return;
  out.push(key);
  for (let x = out.length - 1; x > j; x -= 1) out[x] = out[x - 1] as string;
  out[j] = key;
}

/** Above this many items, insertion sort's n² loses to a Set and a sort. */
const INSERTION_LIMIT = 32;

/** Sort distinct strings in place (UTF-16 order, as `Array.prototype.sort`), without sort's work array when few. @internal */
export function sortStrings(xs: string[]): string[] {
  if (xs.length > INSERTION_LIMIT) return xs.sort();
  for (let i = 1; i < xs.length; i += 1) {
    const key = xs[i] as string;
    let j = i;
    while (j > 0 && (xs[j - 1] as string) > key) {
      xs[j] = xs[j - 1] as string;
      j -= 1;
    }
    xs[j] = key;
  }
  return xs;
}

/** The distinct keys of `items`, sorted (UTF-16 order): `[...new Set(items.map(key))].sort()`. @internal */
export function sortedDistinct<T>(items: readonly T[], key: (item: T) => string): string[] {
  if (items.length > INSERTION_LIMIT) return [...new Set(items.map(key))].sort();
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 1) insertSorted(out, key(items[i] as T));
  return out;
}

/** The reasons a ratio can be unavailable, written once per ratio (not concatenated per call). @internal */
export interface RatioNames {
  readonly numMissing: string;
  readonly numMissingEn: string;
  readonly denMissing: string;
  readonly denMissingEn: string;
  readonly denZero: string;
  readonly denZeroEn: string;
}

/** The unavailable reasons of a ratio of `num` to `den` (Chinese and English names). @internal */
export const ratioNames = (names: { readonly num: string; readonly numEn: string; readonly den: string; readonly denEn: string }): RatioNames => ({
  numMissing: `缺少${names.num}数据`,
  numMissingEn: `${names.numEn} not given`,
  denMissing: `缺少${names.den}数据`,
  denMissingEn: `${names.denEn} not given`,
  denZero: `${names.den}为 0，无法计算比率`,
  denZeroEn: `${names.denEn} is zero`,
});

/** A ratio fact, or unavailable when a side is missing or the denominator is zero. @internal */
export function ratio(num: Dec | string | MoneySum | undefined, den: Dec | string | MoneySum | undefined, names: RatioNames): FactValue {
  if (num === undefined) return unavailable('ratio', names.numMissing, names.numMissingEn);
  if (den === undefined) return unavailable('ratio', names.denMissing, names.denMissingEn);
  // Exact integer division when both sides are held in integers (always, for parsed input); else decimal.js.
  const a = exactMillionths(num);
  const b = a === undefined ? undefined : exactMillionths(den);
  if (a !== undefined && b !== undefined) {
    if (b === 0n) return unavailable('ratio', names.denZero, names.denZeroEn);
    return { status: 'ok', type: 'ratio', value: quotientText(a, b) };
  }
  const d = decOf(den);
  if (d.isZero()) return unavailable('ratio', names.denZero, names.denZeroEn);
  return { status: 'ok', type: 'ratio', value: toCanonical(decOf(num).div(d)) };
}

/** A change rate (a − b) / b. @internal */
export function change(now: Dec | string | MoneySum | undefined, before: Dec | string | MoneySum | undefined, names: RatioNames): FactValue {
  if (now === undefined || before === undefined) return ratio(now, before, names);
  const n = exactMillionths(now);
  const m = n === undefined ? undefined : exactMillionths(before);
  if (n !== undefined && m !== undefined) {
    if (m === 0n) return unavailable('ratio', names.denZero, names.denZeroEn);
    return { status: 'ok', type: 'ratio', value: quotientText(n - m, m) };
  }
  const b = decOf(before);
  return ratio(decOf(now).minus(b), b, names);
}

/** A boolean that may be missing (`reason`, `reasonEn`: the unavailable fact's full texts). @internal */
export function optBool(v: boolean | undefined, reason: string, reasonEn: string): FactValue {
  return v === undefined ? unavailable('boolean', reason, reasonEn) : bool(v);
}

/**
 * A money value that may be missing (`reason`, `reasonEn`: the unavailable fact's full texts,
 * written out at the call site rather than concatenated on every call). @internal
 */
export function optMoney(v: string | undefined, reason: string, reasonEn: string): FactValue {
  return v === undefined ? unavailable('money', reason, reasonEn) : statedMoney(v);
}
