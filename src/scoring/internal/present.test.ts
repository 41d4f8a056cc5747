import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec, toCanonical } from '../../model/money/decimal.js';
import { fixed, fixedPlain, isCanonical, short } from './present.js';

/** Decimal strings of every shape: signs, zeros, long fractions, rounding boundaries, carries, 38–45 digits, junk. */
const digitString = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom('0', '1', '4', '5', '9', '9', '9', '0'), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
const decimalString: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('', '-'), fc.oneof(fc.constant('0'), fc.integer({ min: 1, max: 10 ** 9 }).map(String), digitString(1, 42).map((d) => `1${d}`)), fc.option(digitString(1, 44), { nil: undefined })).map(
    ([s, i, f]) => `${s}${i}${f === undefined ? '' : `.${f}`}`,
  ),
  // Over 40 significant digits, with the rounding digit hidden behind a run of 9s: × 100 rounds first.
  fc.tuple(fc.constantFrom('', '-'), fc.integer({ min: 0, max: 999 }), fc.constantFrom('004', '0004', '00004', '44'), fc.integer({ min: 30, max: 40 }), fc.constantFrom('0', '5', '9')).map(
    ([s, i, head, nines, last]) => `${s}${i}.${head}${'9'.repeat(nines)}${last}`,
  ),
  fc.constantFrom('0', '-0', '-0.0', '0.005', '-0.005', '0.00499999', '0.995', '-0.995', '9.995', '99.995', '0.8235294117647058823529411764705882352941', '1.50', '00.5', '1e5', '.5', '1.', '+1', ' 1', ''),
);

describe('fixedPlain', () => {
  it('is fixed(dec(v) × 10^shift, 2) whenever it answers (property)', () => {
    fc.assert(
      fc.property(decimalString, fc.constantFrom(0 as const, 2 as const), (v, shift) => {
        const fast = fixedPlain(v, shift);
        if (fast === undefined) return;
        expect(fast).toBe(fixed(shift === 2 ? dec(v).times(100) : dec(v), 2));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for fact values as computeFacts writes them, and not for what is not a plain decimal', () => {
    for (const v of ['0.8235294117647058823529411764705882352941', '-0.4709735040190532896695445072938374516225', '1', '71.08', '0', '0.8']) {
      expect(fixedPlain(v, 2)).toBeDefined();
      expect(fixedPlain(v, 0)).toBeDefined();
    }
    for (const v of ['1e5', '.5', '1.', '+1', ' 1', '', '00.5', `1${'0'.repeat(40)}`]) expect(fixedPlain(v, 2)).toBeUndefined();
    expect([fixedPlain('0.8235294117647058823529411764705882352941', 2), fixedPlain('-0.00004', 2), fixedPlain('0.99995', 2), fixedPlain('71.08', 0)]).toEqual(['82.35', '0.00', '100.00', '71.08']);
  });
});

describe('isCanonical', () => {
  it('is true exactly when toCanonical(dec(v)) gives v back (property)', () => {
    fc.assert(
      fc.property(decimalString, (v) => {
        let canonical: string | undefined;
        try {
          canonical = toCanonical(dec(v));
        } catch {
          canonical = undefined; // not a decimal at all
        }
        if (isCanonical(v)) expect(canonical).toBe(v);
        else expect(canonical === v && v !== '-0' && !/[eE+ ]/.test(v)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('short', () => {
  it('is toCanonical of the value rounded half-up to 2 decimals (property)', () => {
    fc.assert(
      fc.property(decimalString.filter((v) => /^-?\d+(\.\d+)?$/.test(v)), (v) => {
        expect(short(new D(v))).toBe(toCanonical(new D(v).toDecimalPlaces(2, D.ROUND_HALF_UP)));
      }),
      { numRuns: 1000 },
    );
  });
});
