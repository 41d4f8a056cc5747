import { compareAmounts, fixedDecimal, fixedText, subtractAmounts, sumAmounts } from './arithmetic.js';
import { D, type Dec, ROUNDING, type RoundingMode, dec, toCanonical } from './decimal.js';

/**
 * An amount of money in 万元 (ten thousand yuan), as a canonical decimal string:
 * no exponent, no leading `+`, no trailing zeros, never `-0`. Fen precision is
 * six decimals in 万元. This is the only form in which money leaves the library.
 *
 * @example
 * ```ts
 * import { parseMoney } from 'jixiao/model';
 * const m: Money = parseMoney('576.08'); // "576.08"
 * ```
 */
export type Money = string & { readonly __brand: 'Money万元' };

/**
 * A unit in which amounts are written at the boundary.
 *
 * @example
 * ```ts
 * import { readMoney, type MoneyUnit } from 'jixiao/model';
 * const unit: MoneyUnit = '元';
 * readMoney('1500', { unit }); // { ok: true, value: '0.15', writtenDecimals: 4 }
 * ```
 */
export type MoneyUnit = '万元' | '元';

/**
 * The units accepted at the boundary.
 *
 * @example
 * ```ts
 * import { MAX_DECIMALS, MONEY_UNITS } from 'jixiao/model';
 * for (const unit of MONEY_UNITS) console.log(unit, MAX_DECIMALS[unit]); // 万元 6, 元 2
 * ```
 */
export const MONEY_UNITS: readonly MoneyUnit[] = ['万元', '元'];

/**
 * The most decimals an amount may carry in each unit (fen precision).
 *
 * @example
 * ```ts
 * import { MAX_DECIMALS, readMoney } from 'jixiao/model';
 * MAX_DECIMALS['元'];     // 2 (fen)
 * readMoney('12.3456789'); // { ok: false, problem: { kind: 'too_precise', decimals: 7, max: 6 } }
 * ```
 */
export const MAX_DECIMALS: Readonly<Record<MoneyUnit, number>> = { 万元: 6, 元: 2 };

/**
 * The largest integer part accepted, in digits, per unit (1e12 万元 is far above any department's budget).
 *
 * @example
 * ```ts
 * import { MAX_INTEGER_DIGITS, readMoney } from 'jixiao/model';
 * MAX_INTEGER_DIGITS['万元']; // 12
 * readMoney('1234567890123'); // { ok: false, problem: { kind: 'too_large', digits: 13, max: 12 } }
 * ```
 */
export const MAX_INTEGER_DIGITS: Readonly<Record<MoneyUnit, number>> = { 万元: 12, 元: 16 };

/**
 * Why an amount was rejected.
 *
 * @example
 * ```ts
 * import { readMoney, type MoneyProblem } from 'jixiao/model';
 * const r = readMoney('-1');
 * if (!r.ok) {
 *   const problem: MoneyProblem = r.problem; // { kind: 'negative' }
 *   console.error(problem.kind);
 * }
 * ```
 */
export type MoneyProblem =
  | { kind: 'not_decimal'; text: string }
  | { kind: 'not_finite' }
  | { kind: 'unsafe_number' }
  | { kind: 'too_precise'; decimals: number; max: number }
  | { kind: 'too_large'; digits: number; max: number }
  | { kind: 'negative' }
  | { kind: 'negative_zero' };

/**
 * Options for reading one amount.
 *
 * @example
 * ```ts
 * import { readMoney, type ReadMoneyOptions } from 'jixiao/model';
 * const options: ReadMoneyOptions = { unit: '元', allowNegative: true };
 * readMoney('-1500', options); // { ok: true, value: '-0.15', writtenDecimals: 4 }
 * ```
 */
export interface ReadMoneyOptions {
  /** The unit the amount is written in (default `万元`). */
  readonly unit?: MoneyUnit;
  /** Accept negative amounts (default false). */
  readonly allowNegative?: boolean;
}

/**
 * The outcome of reading an amount: the value in 万元 and the decimals it was written with, or a problem.
 *
 * @example
 * ```ts
 * import { readMoney, type ReadMoneyResult } from 'jixiao/model';
 * const r: ReadMoneyResult = readMoney('576.08');
 * if (r.ok) console.log(r.value, r.writtenDecimals); // "576.08" 2
 * else console.error(r.problem.kind);
 * ```
 */
export type ReadMoneyResult =
  { readonly ok: true; readonly value: Money; readonly writtenDecimals: number } | { readonly ok: false; readonly problem: MoneyProblem };

/**
 * Read an amount written as a decimal string or a finite JS number in the given unit,
 * and return it in 万元 as a canonical string. Never throws.
 *
 * @example
 * ```ts
 * import { readMoney } from 'jixiao/model';
 * readMoney('1234.56', { unit: '元' }); // { ok: true, value: '0.123456', writtenDecimals: 6 }
 * readMoney('1e999');                   // { ok: false, problem: { kind: 'not_decimal', ... } }
 * ```
 */
export function readMoney(input: unknown, options: ReadMoneyOptions = {}): ReadMoneyResult {
  const unit = options.unit ?? '万元';
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: { kind: 'not_finite' } };
    if (Math.abs(input) > Number.MAX_SAFE_INTEGER) return { ok: false, problem: { kind: 'unsafe_number' } };
    text = Object.is(input, -0) ? '-0' : String(input);
    if (/e/i.test(text)) return { ok: false, problem: { kind: 'unsafe_number' } };
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return { ok: false, problem: { kind: 'not_decimal', text: String(typeof input) } };
  }
  // One scan of the characters, in the order of the checks it replaces (the grammar
  // -?(0|[1-9][0-9]*)(\.[0-9]+)? first, then negative zero, float artefacts, decimals, digits, sign).
  const n = text.length;
  const negative = n > 0 && text.charCodeAt(0) === 45; // '-'
  const intStart = negative ? 1 : 0;
  let i = intStart;
  let c = i < n ? text.charCodeAt(i) : -1;
  if (c === 48)
    i++; // a lone leading '0'
  else if (c >= 49 && c <= 57) {
    i++;
    while (i < n && (c = text.charCodeAt(i)) >= 48 && c <= 57) i++;
  } else return notDecimal(text);
  const intDigits = i - intStart;
  // Without a fraction the canonical text ends at `end` = n; with one, after its last non-zero digit
  // (or before the '.' when every decimal is zero).
  let fracDigits = 0;
  let end = n;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return notDecimal(text); // '.'
    const fracStart = ++i;
    while (i < n && (c = text.charCodeAt(i)) >= 48 && c <= 57) i++;
    if (i !== n || i === fracStart) return notDecimal(text);
    fracDigits = n - fracStart;
    while (end > fracStart && text.charCodeAt(end - 1) === 48) end--;
    if (end === fracStart) end--;
  }
  if (negative && intDigits === 1 && text.charCodeAt(intStart) === 48 && end === intStart + 1) return { ok: false, problem: { kind: 'negative_zero' } };
  // A JS number with more than 15 significant digits is a float artefact (0.1 + 0.2 is
  // 0.30000000000000004), not an amount someone wrote: say "write it as a string", not "too many decimals".
  if (typeof input === 'number' && intDigits + fracDigits > 15) {
    return { ok: false, problem: { kind: 'unsafe_number' } };
  }
  const max = MAX_DECIMALS[unit];
  if (fracDigits > max) return { ok: false, problem: { kind: 'too_precise', decimals: fracDigits, max } };
  const maxDigits = MAX_INTEGER_DIGITS[unit];
  if (intDigits > maxDigits) return { ok: false, problem: { kind: 'too_large', digits: intDigits, max: maxDigits } };
  if (negative && !options.allowNegative) return { ok: false, problem: { kind: 'negative' } };
  if (unit === '万元') {
    // Already a validated plain decimal in 万元: its canonical form is the text without trailing
    // fractional zeros, so no Decimal is needed (the hot path of parsing: every amount of every input).
    return { ok: true, value: (end === n ? text : text.slice(0, end)) as Money, writtenDecimals: fracDigits };
  }
  return { ok: true, value: toCanonical(dec(text).div(10000)) as Money, writtenDecimals: fracDigits + 4 };
}

/** The problem of a text that is not a plain decimal (shown up to 40 characters). */
function notDecimal(text: string): ReadMoneyResult {
  return { ok: false, problem: { kind: 'not_decimal', text: text.slice(0, 40) } };
}

/**
 * Read an amount or throw a `RangeError` naming the problem. For trusted, literal values;
 * input data goes through the schemas, which report problems as issues instead.
 *
 * @example
 * ```ts
 * import { parseMoney } from 'jixiao/model';
 * parseMoney('441.72'); // "441.72"
 * ```
 */
export function parseMoney(input: string | number, options: ReadMoneyOptions = {}): Money {
  const r = readMoney(input, options);
  if (!r.ok) throw new RangeError(`[jixiao] invalid amount: ${JSON.stringify(input)} (${r.problem.kind})`);
  return r.value;
}

/**
 * Add amounts exactly.
 *
 * @example
 * ```ts
 * import { addMoney, parseMoney } from 'jixiao/model';
 * addMoney([parseMoney('441.72'), parseMoney('134.36')]); // "576.08"
 * ```
 */
export function addMoney(values: readonly Money[]): Money {
  return sumAmounts(values) as Money;
}

/**
 * Subtract `b` from `a` exactly.
 *
 * @example
 * ```ts
 * import { subtractMoney, parseMoney } from 'jixiao/model';
 * subtractMoney(parseMoney('576.08'), parseMoney('505')); // "71.08"
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  return subtractAmounts(a, b) as Money;
}

/**
 * Compare two amounts: -1, 0 or 1.
 *
 * @example
 * ```ts
 * import { compareMoney, parseMoney } from 'jixiao/model';
 * compareMoney(parseMoney('0.8'), parseMoney('0.80')); // 0
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return compareAmounts(a, b);
}

/**
 * Format an amount with a fixed number of decimals (default 2) and explicit rounding
 * (default half-up), as reports print 万元. Returns a plain string, no unit.
 *
 * @example
 * ```ts
 * import { formatMoney, parseMoney } from 'jixiao/model';
 * formatMoney(parseMoney('26'));                 // "26.00"
 * formatMoney(parseMoney('0.123456'), { decimals: 4 }); // "0.1235"
 * ```
 */
export function formatMoney(value: Money, options: { readonly decimals?: number; readonly rounding?: RoundingMode; readonly unit?: MoneyUnit } = {}): string {
  const decimals = options.decimals ?? 2;
  return options.unit === '元' ? fixedDecimal(dec(value).times(10000), decimals, options.rounding) : fixedText(value, decimals, options.rounding);
}

/**
 * Split an amount into parts proportional to `ratios`, to a given number of decimals,
 * so that the parts always add up to the whole (largest-remainder method).
 *
 * @example
 * ```ts
 * import { allocateMoney, parseMoney } from 'jixiao/model';
 * allocateMoney(parseMoney('100'), ['1', '1', '1']); // ["33.34", "33.33", "33.33"]
 * ```
 */
export function allocateMoney(value: Money, ratios: readonly string[], decimals = 2): Money[] {
  const total = ratios.reduce((a, r) => a.plus(r), dec(0));
  if (ratios.length === 0 || total.lte(0)) throw new RangeError('[jixiao] allocateMoney needs positive ratios');
  const unit = dec(10).pow(-decimals);
  const whole = dec(value).toDecimalPlaces(decimals, ROUNDING.halfUp);
  const raw = ratios.map((r) => whole.times(r).div(total));
  const floors = raw.map((x) => x.toDecimalPlaces(decimals, D.ROUND_FLOOR)); // floor, not down: remainders >= 0 for negatives too
  let rest = whole.minus(floors.reduce((a, b) => a.plus(b), dec(0)));
  const order = raw.map((x, i) => ({ i, rem: x.minus(floors[i] as Dec) })).sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const parts = floors.slice();
  for (const { i } of order) {
    if (rest.lt(unit)) break;
    parts[i] = (parts[i] as Dec).plus(unit);
    rest = rest.minus(unit);
  }
  return parts.map((p) => toCanonical(p) as Money);
}
