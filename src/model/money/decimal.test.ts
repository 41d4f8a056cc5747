import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec, sumOf, toCanonical } from './decimal.js';

/** Property runs: modest by default, more with JIXIAO_PROPERTY_RUNS=n. */
// 1,000 runs as written; `npm test` caps them at JIXIAO_PROPERTY_RUNS (100 by default, test/support/fastCheck.ts), the nightly run lifts the cap
const numRuns = 1000;

/** The canonical form: optional minus, no leading zeros, no exponent, no trailing fractional zeros, never "-0". */
const CANONICAL = /^(0|-?(0\.[0-9]*[1-9]|[1-9][0-9]*(\.[0-9]*[1-9])?))$/;

describe('dec', () => {
  it('reads decimal strings and numbers, and returns a Decimal as is', () => {
    expect(dec('284.80').eq(new D('284.8'))).toBe(true);
    expect(dec(10).eq(10)).toBe(true);
    const x = new D('1.5');
    expect(dec(x)).toBe(x);
  });

  it('values are never changed by arithmetic on them (decimal.js values are immutable)', () => {
    const a = dec('0.1');
    const b = a.plus('0.2').times(3).minus(a);
    expect(toCanonical(b)).toBe('0.8');
    expect(toCanonical(a)).toBe('0.1');
  });

  it('sumOf adds exactly (property)', () => {
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (xs) => {
        const strings = xs.map((c) => toCanonical(new D(c).div(100)));
        const expected = xs.reduce((a, c) => a + BigInt(c), 0n);
        expect(toCanonical(sumOf(strings).times(100))).toBe(expected.toString());
      }),
      { numRuns },
    );
  });
});

describe('toCanonical', () => {
  /** A decimal string with up to 45 significant digits and an exponent from -50 to 50. */
  const decimalText = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,45}$/), fc.integer({ min: -50, max: 50 }), fc.constantFrom('', '0', '000'))
    .map(([neg, digits, exp, zeros]) => `${neg ? '-' : ''}${digits}${zeros}e${exp}`);

  it('prints the canonical form of the same value, for parsed values and operation results (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        for (const v of [x, y, x.plus(y), x.minus(y), x.times(y), y.isZero() ? x : x.div(y), x.neg(), x.toDecimalPlaces(2, D.ROUND_HALF_UP)]) {
          const s = toCanonical(v);
          expect(s).toMatch(CANONICAL);
          expect(new D(s).eq(v)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('at the edges: zeros, -0, trailing zeros, 40 digits, underflow', () => {
    expect(toCanonical(new D('-0'))).toBe('0');
    expect(toCanonical(new D('-0.000'))).toBe('0');
    expect(toCanonical(new D('0e-100'))).toBe('0');
    expect(toCanonical(new D('100.000'))).toBe('100');
    expect(toCanonical(new D('-100.100'))).toBe('-100.1');
    expect(toCanonical(new D('1e59'))).toBe(`1${'0'.repeat(59)}`);
    expect(toCanonical(new D('1e-59'))).toBe(`0.${'0'.repeat(58)}1`);
    expect(toCanonical(new D('1234567890123456789012345678901234567890'))).toBe('1234567890123456789012345678901234567890');
    expect(toCanonical(new D('3').div(7))).toBe('0.4285714285714285714285714285714285714286');
    // Below minE a value underflows to (negative) zero.
    expect(toCanonical(new D('-1e-9000000000000001'))).toBe('0');
  });
});
