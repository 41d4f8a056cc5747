/**
 * The only module that imports decimal.js. It builds a private constructor with
 * `Decimal.clone`, so the host application's global Decimal settings are never
 * read or changed (a host calling `Decimal.set({ precision: 5 })` does not affect us).
 *
 * @internal
 */
import DecimalJs from 'decimal.js';

/** Private Decimal constructor: 40 significant digits, half-up rounding, no exponent notation. */
export const D: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});

/** A decimal value from our private constructor. */
export type Dec = InstanceType<typeof DecimalJs>;

/** Rounding modes by name, for explicit rounding arguments. */
export const ROUNDING: { readonly halfUp: 4; readonly halfEven: 6; readonly down: 1; readonly up: 0 } = {
  halfUp: DecimalJs.ROUND_HALF_UP,
  halfEven: DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
};

/**
 * Name of a rounding mode.
 *
 * @example
 * ```ts
 * import { formatMoney, parseMoney, type RoundingMode } from 'jixiao/model';
 * const rounding: RoundingMode = 'halfEven';
 * formatMoney(parseMoney('0.125'), { rounding }); // "0.12" (the default halfUp gives "0.13")
 * ```
 */
export type RoundingMode = keyof typeof ROUNDING;

/**
 * A Decimal from a decimal string, a number or a Decimal (returned as is). Every string is parsed
 * afresh (`"0"` is one constant): there is no cache, so nothing here holds state between calls.
 */
export function dec(value: string | number | Dec): Dec {
  return typeof value === 'object' ? value : value === '0' ? ZERO : new D(value);
}

/** Zero, built once: the most common value (a deduction of 0, an empty sum), and a Decimal never changes. */
const ZERO: Dec = new D(0);

/**
 * The canonical string of a Decimal: no exponent, no trailing zeros, never "-0".
 *
 * `toFixed()` without arguments already prints that for every non-zero value: it never uses
 * exponent notation, and decimal.js keeps its digits without trailing zeros (the constructor and
 * every operation strip them), so it never prints a fractional part ending in 0. Only zero needs
 * care (`-0`). decimal.test.ts states the form over huge, tiny, negative and 40-digit values.
 */
export function toCanonical(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

const CANONICAL_TEXT = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;

/**
 * Is this string already what `toCanonical(dec(text))` prints (no exponent, no trailing fractional
 * zeros, not "-0")? The Decimal constructor does not round, so such a string can be used as is.
 * @internal
 */
export const isCanonicalText = (text: string): boolean => CANONICAL_TEXT.test(text) && text !== '-0';

/** `toCanonical(dec(text))`, without the parse and print when `text` is already canonical. @internal */
export const canonicalText = (text: string): string => (isCanonicalText(text) ? text : toCanonical(dec(text)));

/** Sum canonical decimal strings exactly. */
export function sumOf(values: readonly string[]): Dec {
  let acc = new D(0);
  for (const v of values) acc = acc.plus(dec(v));
  return acc;
}
