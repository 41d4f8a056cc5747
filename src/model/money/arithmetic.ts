/**
 * The numeric API of the library: exact sums, differences, comparisons and ratios of decimal
 * strings, with canonical strings out. The other layers (facts, rules, scoring, render) ask this
 * module and never hold a Decimal, so how amounts are stored is known here and in decimal.ts only.
 *
 * Inputs are decimal strings as decimal.js reads them (canonical amounts, counts, stated ratios);
 * outputs are canonical strings (no exponent, no trailing zeros, never `-0`). Sums and differences
 * are exact (40 significant digits hold any sum of amounts of 12 integer digits and 6 decimals);
 * a ratio is rounded to an explicit number of significant digits with an explicit mode.
 *
 * @internal
 */
import DecimalJs from 'decimal.js';
import { D, type Dec, ROUNDING, type RoundingMode, canonicalText, isCanonicalText, toCanonical } from './decimal.js';

/** One constructor per rounding mode, each at 40 significant digits: fixed settings, built once. */
const DIVIDERS: Readonly<Record<RoundingMode, typeof DecimalJs>> = {
  halfUp: D,
  halfEven: D.clone({ rounding: ROUNDING.halfEven }),
  down: D.clone({ rounding: ROUNDING.down }),
  up: D.clone({ rounding: ROUNDING.up }),
};

/** The exact sum of decimal strings, canonical (`"0"` for none; one value is its own canonical form). @internal */
export function sumAmounts(values: readonly string[]): string {
  const first = values[0];
  if (first === undefined) return '0';
  if (values.length === 1) return canonicalText(first);
  let acc: Dec = new D(first);
  for (let i = 1; i < values.length; i += 1) acc = acc.plus(values[i] as string);
  return toCanonical(acc);
}

/** An exact sum of decimal strings (canonical) and how many strings it adds. @internal */
export interface KeyedSum {
  readonly value: string;
  readonly parts: number;
}

/**
 * Exact sums by key: each item's amounts are added once into the item's sum, which is added into
 * the sum of each of its keys (a key named twice for one item adds it twice); an item without
 * amounts adds nothing. Sums stay exact until the end, when each is printed once, canonical, with
 * how many amounts it adds. Keys are in the order the items first name them.
 * @internal
 */
export function sumsByKey<T>(items: readonly T[], amountsOf: (item: T) => readonly string[], keysOf: (item: T) => readonly string[]): Map<string, KeyedSum> {
  const totals = new Map<string, { value: Dec; parts: number }>();
  for (const item of items) {
    const amounts = amountsOf(item);
    const first = amounts[0];
    if (first === undefined) continue;
    let sum: Dec = new D(first);
    for (let i = 1; i < amounts.length; i += 1) sum = sum.plus(amounts[i] as string);
    for (const key of keysOf(item)) {
      const acc = totals.get(key);
      if (acc === undefined) totals.set(key, { value: sum, parts: amounts.length });
      else {
        acc.value = acc.value.plus(sum);
        acc.parts += amounts.length;
      }
    }
  }
  const sums = new Map<string, KeyedSum>();
  totals.forEach((t, key) => sums.set(key, { value: toCanonical(t.value), parts: t.parts }));
  return sums;
}

/** `a − b`, exact and canonical. @internal */
export function subtractAmounts(a: string, b: string): string {
  return toCanonical(new D(a).minus(b));
}

/** Compare two decimal strings by value: -1, 0 or 1. @internal */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const c = new D(a).comparedTo(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/** The largest of decimal strings, the first of equals; undefined for none. @internal */
export function largestAmount(values: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestValue: Dec | undefined;
  for (const v of values) {
    const d = new D(v);
    if (bestValue === undefined || d.gt(bestValue)) {
      best = v;
      bestValue = d;
    }
  }
  return best;
}

/** Is this decimal string zero (`"0"`, `"0.00"`, `"-0"`)? @internal */
export const isZeroAmount = (value: string): boolean => new D(value).isZero();

/** The canonical form of a decimal string (`"0.80"` → `"0.8"`, `"-0"` → `"0"`; a canonical string as is). @internal */
export const canonicalAmount: (value: string) => string = canonicalText;

/** The significant digits of every ratio: the precision of the private Decimal constructor. @internal */
export const RATIO_DIGITS: number = D.precision;

/**
 * `num ÷ den` rounded once to {@link RATIO_DIGITS} significant digits by `rounding`, canonical;
 * undefined when `den` is zero (a ratio with a zero denominator has no value: the caller says why).
 * @internal
 */
export function ratioOf(num: string, den: string, rounding: RoundingMode): string | undefined {
  const Divider = DIVIDERS[rounding];
  const d = new Divider(den);
  return d.isZero() ? undefined : toCanonical(new Divider(num).div(d));
}

/**
 * Half of the last digit of amounts stated to `decimals` decimals in `unit`, in 万元: the rounding
 * bound of one stated amount (`2`, `万元` → `"0.005"`; `2`, `元` → `"0.0000005"`). @internal
 */
export function halfUnitOf(decimals: number, unit: '万元' | '元'): string {
  // 10^-decimals ÷ 2 = 5 × 10^-(decimals + 1), and 1 元 is 10^-4 万元: one exact decimal, read once
  // (a power and two divisions were 2 % of computeFacts on the reference fixture).
  return toCanonical(new D(`5e-${decimals + 1 + (unit === '元' ? 4 : 0)}`));
}

const NON_ZERO_DIGIT = /[1-9]/;

/**
 * A Decimal rounded to `places` decimals (half-up unless told) and printed with exactly that many
 * ("82.35", "0.80", "13"; never "-0.00"): one rounding and print by decimal.js. decimal.js keeps the
 * sign of a negative value that rounds to zero, so that sign is dropped. The one fixed-decimals
 * print: `formatMoney` and the score sheet's points both use it. @internal
 */
export function fixedDecimal(value: Dec, places: number, rounding: RoundingMode = 'halfUp'): string {
  const s = value.toFixed(places, ROUNDING[rounding]);
  // Only a text starting with '-' is tested, so a positive value costs no pattern match.
  return s.charCodeAt(0) === 45 && !NON_ZERO_DIGIT.test(s) ? s.slice(1) : s;
}

/**
 * A decimal string rounded to `places` decimals (half-up unless told) and printed with exactly that
 * many, as {@link fixedDecimal} prints it (`"0.8"` → `"0.80"`, `"0.125"` → `"0.13"`). A canonical
 * string with no more than `places` decimals has nothing to round: zeros are appended, with no
 * Decimal parsed and printed (the common case: most amounts are stated to the fen). @internal
 */
export function fixedText(text: string, places: number, rounding: RoundingMode = 'halfUp'): string {
  if (isCanonicalText(text)) {
    const dot = text.indexOf('.');
    const decimals = dot < 0 ? 0 : text.length - dot - 1;
    if (decimals === places) return text;
    if (decimals < places) return (dot < 0 ? `${text}.` : text) + '0'.repeat(places - decimals);
  }
  return fixedDecimal(new D(text), places, rounding);
}

/** A ratio (a fraction, as a decimal string) as a percentage rounded half-up to `places` decimals, without the sign: `"0.82352941"` → `"82.35"`. @internal */
export const percentText = (ratio: string, places = 2): string => fixedDecimal(new D(ratio).times(100), places);

/**
 * A decimal string exactly, with at least `places` decimals (zeros appended, never rounded): for
 * bounds such as 0.075 (`"0.075"`, `"13"` → `"13.00"`, `"0.5"` → `"0.50"`). @internal
 */
export function exactText(text: string, places = 2): string {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return decimals >= places ? text : (dot < 0 ? `${text}.` : text) + '0'.repeat(places - decimals);
}
