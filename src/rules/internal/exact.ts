/**
 * An exact integer kernel for the comparisons of rule leaves.
 *
 * Almost every numeric leaf compares two amounts of at most a dozen digits (e.g. "576.08" with
 * "576.1"), and the rounding bound is half a unit times a part count. decimal.js constructs,
 * subtracts and prints Decimals for that; here both sides are read as integers scaled to a common
 * number of decimals (the way decimal.js itself keeps its digits as integers), which JavaScript
 * numbers hold exactly below 2^53:
 *
 * - a value is accepted only as plain decimal text (`-?digits(.digits)?`, at most 15 digits), so
 *   its scaled integer is below 10^15 and accumulating it digit by digit is exact;
 * - aligned to the larger scale, every operand must stay below 10^15 in magnitude (checked on the
 *   product itself: were the exact product ≥ 2^53, its rounded value would still be ≥ 10^15), so
 *   a difference is below 2·10^15 < 2^53 and exact too;
 * - a part count must be a non-negative integer, and half a unit times it below 10^15.
 *
 * Anything else (exponents, more digits, odd part counts, non-string values) returns undefined
 * and the caller uses decimal.js, as before. compare.test.ts checks the two agree (fast-check). @internal
 */

/** 10^0 … 10^15. */
const POW10: readonly number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Below this magnitude an integer and the difference of two such are exact numbers. */
const LIMIT = 1e15;

/** The last {@link parse}: the scaled integer and its scale (decimals). Module state, not an object per call. */
let parsedInt = 0;
let parsedScale = 0;

/** Read plain decimal text (at most 15 digits) into {@link parsedInt} and {@link parsedScale}; false when it is not. */
function parse(s: string): boolean {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (n > 0 && s.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let v = 0;
  let digits = 0;
  let scale = -1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (scale >= 0 || digits === 0) return false;
      scale = 0;
      continue;
    }
    if (c < 48 || c > 57) return false;
    v = v * 10 + (c - 48);
    digits += 1;
    if (scale >= 0) scale += 1;
  }
  if (digits === 0 || digits > 15 || scale === 0) return false;
  parsedInt = neg ? -v : v;
  parsedScale = scale < 0 ? 0 : scale;
  return true;
}

/** `toCanonical` of the decimal `v / 10^scale` (v an exact integer): no trailing zeros, never "-0". */
export function scaledText(v: number, scale: number): string {
  if (v === 0) return '0';
  const neg = v < 0;
  let s = String(neg ? -v : v);
  if (scale > 0) {
    if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s;
    const point = s.length - scale;
    let end = s.length;
    while (end > point && s.charCodeAt(end - 1) === 48) end -= 1;
    s = end === point ? s.slice(0, point) : `${s.slice(0, point)}.${s.slice(point, end)}`;
  }
  return neg ? `-${s}` : s;
}

/** The leaf fields an exact comparison writes, in the order it writes them. */
interface ExactDetails {
  difference?: string;
  tolerance?: string;
  toleranceParts?: number;
  halfUnit?: string;
  withinRounding?: boolean;
}

/**
 * `compareNumberValues` for operands the kernel holds exactly: the same outcome and the same
 * fields written to `out`, in the same order; undefined (and `out` untouched) when an operand,
 * the tolerance, the half unit or the part count is outside the kernel. `tol` is undefined,
 * "rounding" or an already validated non-negative decimal. @internal
 */
export function compareExact(out: ExactDetails, op: string, av: unknown, ap: unknown, ev: unknown, ep: unknown, tol: string | undefined, halfUnit: unknown): 'true' | 'false' | undefined {
  if (typeof av !== 'string' || typeof ev !== 'string' || !parse(av)) return undefined;
  const x = parsedInt;
  const xs = parsedScale;
  if (!parse(ev)) return undefined;
  const y = parsedInt;
  const ys = parsedScale;
  let b = 0;
  let bs = 0;
  let parts = 0;
  if (tol === 'rounding') {
    parts = Math.max(ap as number, ep as number);
    if (!Number.isInteger(parts) || parts < 0 || typeof halfUnit !== 'string' || !parse(halfUnit)) return undefined;
    b = parsedInt * parts;
    bs = parsedScale;
  } else if (tol !== undefined) {
    if (!parse(tol)) return undefined;
    b = parsedInt;
    bs = parsedScale;
  }
  const s = Math.max(xs, ys, bs);
  const X = x * (POW10[s - xs] as number);
  const Y = y * (POW10[s - ys] as number);
  const B = b * (POW10[s - bs] as number);
  if (!(Math.abs(X) < LIMIT && Math.abs(Y) < LIMIT && Math.abs(B) < LIMIT)) return undefined;
  const same = av === ev;
  const d = same ? 0 : X - Y;
  const zero = d === 0;
  const strict = op === 'eq' ? zero : op === 'lt' ? !zero && d < 0 : op === 'lte' ? zero || d < 0 : op === 'gt' ? !zero && d > 0 : zero || d > 0;
  let loose: boolean;
  if (op !== 'eq' && op !== 'lte' && op !== 'gte') loose = strict;
  else if (same) loose = B >= 0;
  else loose = op === 'eq' ? Math.abs(d) <= B : op === 'lte' ? d <= B : d >= -B;
  out.difference = same ? '0' : scaledText(d, s);
  if (tol !== undefined) out.tolerance = scaledText(b, bs);
  if (tol === 'rounding') {
    out.toleranceParts = parts;
    out.halfUnit = halfUnit as string;
    if (loose && !strict) out.withinRounding = true;
  }
  return loose ? 'true' : 'false';
}
