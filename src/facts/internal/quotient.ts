/**
 * The ratios of the facts (budget completion, carry-over, 三公 control, staffing, tasks …) without
 * decimal.js division.
 *
 * Why: `Decimal.div` at 40 significant digits was the largest allocation of computeFacts after the
 * ledger sums (≈ 1.4 KB per ratio, 5–18 ratios a call) and a visible share of its instructions.
 * Both sides of these ratios are exact integers of millionths (amounts and counts, see
 * `millionthsOf`), so the quotient can be computed exactly with BigInt long division and rounded
 * the way decimal.js rounds a division: to `PRECISION` significant digits, half away from zero
 * (ROUND_HALF_UP, the private constructor's settings in src/model/money/decimal.ts). The text is
 * then what `toCanonical` prints for that Decimal: no exponent, no trailing zeros.
 *
 * Exact by construction (integer arithmetic only, the rounding decided on the exact remainder);
 * property-tested against `toCanonical(new D(a).div(new D(b)))` in test/facts/quotient.test.ts.
 *
 * @internal
 */

/** Significant digits of a quotient: the `precision` of the private Decimal constructor. */
export const PRECISION = 40;

const TEN = 10n;
/** 10^k for the scales a quotient of two amounts of ≤ 22 digits needs. */
const POW10: bigint[] = [1n];
for (let k = 1; k <= 2 * PRECISION + 50; k += 1) POW10.push((POW10[k - 1] as bigint) * TEN);
const pow10 = (k: number): bigint => POW10[k] ?? TEN ** BigInt(k);

/** The number of decimal digits of x > 0, by comparisons with the powers of ten (no string). */
function digitCount(x: bigint): number {
  const top = POW10.length - 1;
  if (x >= (POW10[top] as bigint)) return x.toString().length;
  let lo = 0; // 10^lo ≤ x
  let hi = top; // x < 10^hi
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x >= (POW10[mid] as bigint)) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The canonical text of `a / b` (b ≠ 0) rounded to 40 significant digits, half away from zero:
 * the same text as `toCanonical(new D(a).div(new D(b)))` for integers `a`, `b` (any common scale,
 * such as millionths on both sides, cancels). @internal
 */
export function quotientText(a: bigint, b: bigint): string {
  if (a === 0n) return '0';
  const negative = a < 0n !== b < 0n;
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  // e: the decimal exponent of the quotient's first digit, 10^e ≤ x / y < 10^(e+1).
  let e = digitCount(x) - digitCount(y);
  if (e >= 0 ? x < y * pow10(e) : x * pow10(-e) < y) e -= 1;
  // q: the first PRECISION significant digits, truncated, and the exact remainder (num − q·den).
  const shift = PRECISION - 1 - e;
  const num = shift >= 0 ? x * pow10(shift) : x;
  const den = shift >= 0 ? y : y * pow10(-shift);
  let q = num / den;
  const r = num - q * den;
  let exp = -shift; // the quotient is q × 10^exp
  if (r * 2n >= den) {
    q += 1n; // half away from zero (on the magnitude)
    if (q === pow10(PRECISION)) {
      q = pow10(PRECISION - 1);
      exp += 1;
    }
  }
  let digits = q.toString();
  // drop trailing zeros (decimal.js keeps none) into the exponent
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end -= 1;
  exp += digits.length - end;
  digits = digits.slice(0, end);
  let text: string;
  if (exp >= 0) text = digits + '0'.repeat(exp);
  else if (digits.length > -exp) text = `${digits.slice(0, digits.length + exp)}.${digits.slice(digits.length + exp)}`;
  else text = `0.${'0'.repeat(-exp - digits.length)}${digits}`;
  return negative ? `-${text}` : text;
}
