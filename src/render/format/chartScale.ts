/**
 * The one place where report values become JS numbers: SVG coordinates must be numbers.
 * Values are rounded to 0.01 of the unit with the model's decimal formatter first, so the
 * conversion is exact for any amount a department can have (far below 2^53 cents), and the
 * resulting pixel lengths are rounded to 0.1 px so the output is byte-identical everywhere.
 */
import { roundDecimal } from './number.js';

/** A decimal string as a JS number for drawing only (never for arithmetic on money). @internal */
export function toChartNumber(value: string): number {
  const n = Number(roundDecimal(value, 2));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Round a coordinate to 0.1 px and print it without float noise. @internal */
export function px(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * Bar lengths in pixels for decimal values, scaled so the largest value fills `length`.
 * All-zero input gives zero-length bars.
 * @internal
 */
export function scaleBars(values: readonly (readonly string[])[], length: number): number[][] {
  const nums = values.map((row) => row.map(toChartNumber));
  const max = Math.max(0, ...nums.flat());
  return nums.map((row) => row.map((n) => (max === 0 ? 0 : Math.round((n / max) * length * 10) / 10)));
}
