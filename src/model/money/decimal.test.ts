import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec, sumOf, toCanonical } from './decimal.js';

describe('dec (memoised Decimal parsing)', () => {
  it('returns one shared instance per decimal string, equal to a fresh parse', () => {
    const a = dec('284.80');
    expect(dec('284.80')).toBe(a);
    expect(a.eq(new D('284.8'))).toBe(true);
    expect(toCanonical(a)).toBe('284.8');
  });

  it('returns a Decimal argument as is and parses numbers without the memo', () => {
    const x = new D('1.5');
    expect(dec(x)).toBe(x);
    expect(dec(0).isZero()).toBe(true);
    expect(dec(10).eq(10)).toBe(true);
  });

  it('shared values are never changed by arithmetic on them (decimal.js values are immutable)', () => {
    const a = dec('0.1');
    const b = a.plus('0.2').times(3).minus(a);
    expect(toCanonical(b)).toBe('0.8');
    expect(toCanonical(dec('0.1'))).toBe('0.1');
    expect(dec('0.1')).toBe(a);
  });

  it('stays correct past the memo bound (it is cleared when full, not grown)', () => {
    const first = dec('123.456');
    for (let i = 0; i < 10_000; i++) expect(toCanonical(dec(`${i}.25`))).toBe(`${i}.25`);
    // The memo was cleared on the way, so this is a new instance, with the same value.
    const again = dec('123.456');
    expect(again).not.toBe(first);
    expect(again.eq(first)).toBe(true);
  });

  it('sumOf adds exactly, whatever the memo holds (property)', () => {
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (xs) => {
        const strings = xs.map((c) => toCanonical(new D(c).div(100)));
        const expected = xs.reduce((a, c) => a + BigInt(c), 0n);
        expect(toCanonical(sumOf(strings).times(100))).toBe(expected.toString());
      }),
    );
  });
});

describe('toCanonical', () => {
  /** The former implementation: toFixed, then strip trailing zeros and a trailing point. */
  function stripped(value: InstanceType<typeof D>): string {
    if (value.isZero()) return '0';
    const s = value.toFixed();
    return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  }

  /** A decimal string with up to 45 significant digits and an exponent from -120 to 120. */
  const decimalText = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,45}$/), fc.integer({ min: -120, max: 120 }), fc.constantFrom('', '0', '000'))
    .map(([neg, digits, exp, zeros]) => `${neg ? '-' : ''}${digits}${zeros}e${exp}`);

  it('matches the former zero-stripping implementation (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new D(a);
        const y = new D(b);
        // Parsed values, and results of every operation the engine uses (rounded to 40 digits).
        for (const v of [x, y, x.plus(y), x.minus(y), x.times(y), y.isZero() ? x : x.div(y), x.neg(), x.abs(), x.toDecimalPlaces(2, D.ROUND_HALF_UP), x.toDecimalPlaces(0)]) {
          expect(toCanonical(v)).toBe(stripped(v));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('matches it at the edges: zeros, -0, huge and tiny exponents, 40 digits, non-finite', () => {
    const values = [
      new D(0), new D(-0), new D('-0'), new D('-0.000'), new D('0e-100'), new D('1e-9000'), new D('-1e-9000'),
      new D('1e59'), new D('1e60'), new D('1e61'), new D('1.5e200'), new D('1e-59'), new D('1e-60'), new D('1e-61'),
      new D('1234567890123456789012345678901234567890'), new D('0.1234567890123456789012345678901234567890'),
      new D('100.000'), new D('-100.100'), new D(0.1), new D(1e21), new D(-5e-324), new D(NaN), new D(Infinity), new D(-Infinity),
      new D('-1e-9000000000000001'), new D('1e5000'), new D('3').div(7), new D('2').sqrt(),
    ];
    for (const v of values) expect(toCanonical(v)).toBe(stripped(v));
    expect(toCanonical(new D('-0'))).toBe('0');
    // Below minE a value underflows to (negative) zero.
    expect(toCanonical(new D('-1e-9000000000000001'))).toBe('0');
  });
});
