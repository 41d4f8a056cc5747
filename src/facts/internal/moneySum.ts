/**
 * An exact running sum of amounts, without a decimal.js object per addition.
 *
 * Why: computeFacts adds every ledger line into running sums. With decimal.js each line cost a
 * parsed Decimal and two `plus` results (≈ 900 bytes, 7 objects): on a 10,000-line department
 * that was 9 MB per call, enough to overflow the young generation and make evaluation grow faster
 * than linearly. Parsed amounts are canonical 万元 text with at most 12 integer digits and 6
 * decimals (`MAX_INTEGER_DIGITS`, `MAX_DECIMALS` in src/model/money/money.ts), so a sum can be held
 * exactly in two JS numbers used as integers, the way decimal.js itself holds digits in integer
 * limbs:
 *
 * - `int`: the sum of the integer parts, signed;
 * - `micro`: the sum of the fractional parts in millionths, signed (its own sign per addend, so
 *   `-1.5` adds −1 to `int` and −500000 to `micro`).
 *
 * The value is `big + int + micro / 10^6`. Both numbers are kept at most 2^52 in magnitude, and
 * one addend is at most 10^15 (integer part) or 10^6 (fraction): every addition is of integers
 * below 2^53, so it is exact by construction. When either passes 2^52 it is moved ("spilled")
 * into `big`, an exact decimal.js value, and the sum goes on. A text the fast reader does not
 * accept (exponent, `+`, more than 15 integer digits or 6 decimals, not a number at all) is added
 * with decimal.js (`new D(text)`, which throws on non-numbers just as the Decimal-only code did).
 *
 * Nothing here rounds: the printed text is the exact sum. Property-tested against decimal.js in
 * test/facts/moneySum.test.ts.
 *
 * @internal
 */
import { D, type Dec, canonicalText, toCanonical } from '../../model/money/decimal.js';

const MICRO = 1_000_000;
/** The largest magnitude kept in `int` or `micro` before spilling into `big`. */
const SPILL = 2 ** 52;
/** Decimals are immutable: one zero serves every empty sum. */
const ZERO: Dec = new D(0);
/** Powers of ten that scale a fraction of n digits to millionths. */
const SCALE = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

// The last amount read by readAmount. Module state rather than a returned object, so that
// reading an amount allocates nothing; it is consumed immediately by the caller.
let readInt = 0;
let readMicro = 0;

/**
 * Read a plain decimal text (`-?digits(.digits)?`, ≤ 15 integer digits, ≤ 6 decimals) into
 * `readInt`/`readMicro`, both carrying the text's sign. False for anything else (the caller
 * then uses decimal.js).
 */
function readAmount(text: string): boolean {
  const n = text.length;
  let i = 0;
  let neg = false;
  if (n > 0 && text.charCodeAt(0) === 45 /* - */) {
    neg = true;
    i = 1;
  }
  const intStart = i;
  let int = 0;
  let c = 0;
  while (i < n) {
    c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    int = int * 10 + (c - 48);
    i += 1;
  }
  const intDigits = i - intStart;
  if (intDigits === 0 || intDigits > 15) return false;
  let micro = 0;
  if (i < n) {
    if (c !== 46 /* . */) return false;
    i += 1;
    const fracStart = i;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return false;
      micro = micro * 10 + (c - 48);
      i += 1;
    }
    const fracDigits = i - fracStart;
    if (fracDigits === 0 || fracDigits > 6) return false;
    micro *= SCALE[fracDigits] as number;
  }
  readInt = neg ? -int : int;
  readMicro = neg ? -micro : micro;
  return true;
}

/**
 * An exact running sum of amounts and the number of amounts in it (`parts`, the fact's `parts`).
 * @internal
 */
export class MoneySum {
  /** Sum of the integer parts (an integer, |int| ≤ 2^52). */
  int = 0;
  /** Sum of the fractional parts, in millionths (an integer, |micro| ≤ 2^52). */
  micro = 0;
  /** The amounts counted in this sum. */
  parts = 0;
  /**
   * The text of the only amount in the sum (`parts` is 1), else undefined. A code with one line is
   * common; its sum prints as that amount's own canonical text (x + 0 is x), without printing digits.
   */
  single: string | undefined = undefined;
  /** What did not fit the two numbers (spilled, or texts the fast reader refused), exactly. */
  big: Dec | undefined = undefined;

  /** Add one amount (a decimal string) and count it. */
  add(text: string): void {
    if (readAmount(text)) this.addRead(readInt, readMicro);
    else this.addDec(new D(text));
    this.single = this.parts === 0 ? text : undefined;
    this.parts += 1;
  }

  /** Subtract one amount (a decimal string) and count it. */
  subtract(text: string): void {
    if (readAmount(text)) this.addRead(-readInt, -readMicro);
    else this.addDec(new D(text).neg());
    this.single = undefined;
    this.parts += 1;
  }

  /** Add another sum and its parts. */
  addSum(other: MoneySum): void {
    if (other.parts === 0) return;
    if (other.big !== undefined) this.addDec(other.big);
    this.addRead(other.int, other.micro);
    this.single = this.parts === 0 ? other.single : undefined;
    this.parts += other.parts;
  }

  /** A copy of this sum. */
  copy(): MoneySum {
    const s = new MoneySum();
    s.addSum(this);
    return s;
  }

  /** The exact value as a Decimal (for ratios and comparisons). */
  toDec(): Dec {
    const big = this.big;
    const fast = this.int === 0 && this.micro === 0 ? ZERO : new D(this.fastText());
    return big === undefined ? fast : big.plus(fast);
  }

  /** The canonical text of the sum: what `toCanonical(this.toDec())` prints ('0' for zero, no trailing zeros, no '-0'). */
  toText(): string {
    if (this.single !== undefined) return canonicalText(this.single);
    if (this.big !== undefined) return toCanonical(this.toDec());
    return this.fastText();
  }

  /** Is the sum zero? */
  isZero(): boolean {
    if (this.big !== undefined) return this.toDec().isZero();
    return this.int === 0 && this.micro === 0;
  }

  /** Add an integer part and a fraction in millionths (of one text, or of another sum). @internal */
  addRead(int: number, micro: number): void {
    // |this.int| ≤ 2^52 and |int| ≤ 2^52 (another sum) or < 10^15 (one text): the sum is below 2^53, exact.
    let i = this.int + int;
    let m = this.micro + micro;
    if (i > SPILL || i < -SPILL) {
      this.addDec(new D(i));
      i = 0;
    }
    if (m > SPILL || m < -SPILL) {
      // m is a multiple of 1 millionth; new D(m) is exact (|m| < 2^53) and the division by 10^6 is exact.
      this.addDec(new D(m).div(MICRO));
      m = 0;
    }
    this.int = i;
    this.micro = m;
  }

  /** Add an exact Decimal into `big`. @internal */
  addDec(x: Dec): void {
    this.big = this.big === undefined ? x : this.big.plus(x);
  }

  /** The canonical text of `int + micro / 10^6` (ignoring `big`). */
  private fastText(): string {
    let i = this.int;
    let m = this.micro;
    // Carry whole units out of micro: r has m's sign and |r| < 10^6; (m − r) / 10^6 is an exact integer.
    const r0 = m % MICRO;
    i += (m - r0) / MICRO;
    m = r0;
    // Give both the same sign (|i| < 2^53 throughout: |i| ≤ 2^52 + 2^52 / 10^6 + 1).
    if (i > 0 && m < 0) {
      i -= 1;
      m += MICRO;
    } else if (i < 0 && m > 0) {
      i += 1;
      m -= MICRO;
    }
    const neg = i < 0 || m < 0;
    if (neg) {
      i = -i;
      m = -m;
    }
    if (m === 0) return i === 0 ? '0' : neg ? `-${i}` : `${i}`;
    let digits = 6;
    while (m % 10 === 0) {
      m /= 10;
      digits -= 1;
    }
    const frac = `${m}`.padStart(digits, '0');
    return neg ? `-${i}.${frac}` : `${i}.${frac}`;
  }
}

/**
 * Compare two amounts (decimal strings): negative, zero or positive as `a` is below, equal to or
 * above `b`. Reads both without allocating when they are plain decimal texts, else uses decimal.js.
 * @internal
 */
export function compareAmounts(a: string, b: string): number {
  if (readAmount(a)) {
    const ai = readInt;
    const am = readMicro;
    if (readAmount(b)) {
      // Integer and fractional parts of one text share its sign, so (int, micro) order is value order.
      if (ai !== readInt) return ai < readInt ? -1 : 1;
      return am === readMicro ? 0 : am < readMicro ? -1 : 1;
    }
  }
  return new D(a).cmp(new D(b));
}

/**
 * One amount, read once and added to several sums (a ledger line goes into its economic code, its
 * class per nature and each level of its functional code). One per computeFacts call, reused for
 * every line, so reading a line allocates nothing. @internal
 */
export class Amount {
  /** Integer part, with the amount's sign. */
  int = 0;
  /** Fractional part in millionths, with the amount's sign. */
  micro = 0;
  /** The amount as a Decimal when the fast reader refused its text; undefined otherwise. */
  dec: Dec | undefined = undefined;

  /** The text last read. */
  text = '';

  /** Read `text` (throws, as decimal.js does, when it is not a number). */
  read(text: string): void {
    this.text = text;
    if (readAmount(text)) {
      this.int = readInt;
      this.micro = readMicro;
      this.dec = undefined;
    } else {
      this.dec = new D(text);
    }
  }

  /** Add the amount last read to `sum` and count it. */
  addTo(sum: MoneySum): void {
    if (this.dec === undefined) sum.addRead(this.int, this.micro);
    else sum.addDec(this.dec);
    sum.single = sum.parts === 0 ? this.text : undefined;
    sum.parts += 1;
  }
}

/** A sum of the given amounts. @internal */
export function sumOfAmounts(texts: readonly string[]): MoneySum {
  const s = new MoneySum();
  for (const t of texts) s.add(t);
  return s;
}

const MICRO_BIG = 1_000_000n;

/**
 * The exact value of an amount (a decimal string) or a sum as an integer number of millionths, or
 * undefined when it is not held exactly in integers (a text the fast reader refuses, a spilled sum):
 * the caller then uses decimal.js. @internal
 */
export function millionthsOf(x: string | MoneySum): bigint | undefined {
  if (typeof x === 'string') {
    if (!readAmount(x)) return undefined;
    return BigInt(readInt) * MICRO_BIG + BigInt(readMicro);
  }
  if (x.big !== undefined) return undefined;
  return BigInt(x.int) * MICRO_BIG + BigInt(x.micro);
}
