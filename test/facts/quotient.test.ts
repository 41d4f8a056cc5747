/**
 * quotientText (src/facts/internal/quotient.ts) replaces decimal.js division for the ratios of the
 * facts: for any integers it must print exactly what `toCanonical(new D(a).div(new D(b)))` prints
 * (40 significant digits, half away from zero, no exponent, no trailing zeros), including ties,
 * carries to a new digit (0.99…95 → 1), tiny and huge quotients and negative signs. The ratio and
 * change facts built on it are also compared with the Decimal formulas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change, ratio, ratioNames } from '../../src/facts/internal/build.js';
import { MoneySum } from '../../src/facts/internal/moneySum.js';
import { quotientText } from '../../src/facts/internal/quotient.js';
import { D, toCanonical } from '../../src/model/money/decimal.js';

const big = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
  fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
  // powers of ten and their neighbours: carries and ties
  fc.tuple(fc.integer({ min: 0, max: 44 }), fc.constantFrom(-1n, 0n, 1n), fc.boolean()).map(([k, d, neg]) => (neg ? -1n : 1n) * (10n ** BigInt(k) + d)),
);
const nonZero = big.filter((b) => b !== 0n);
const expected = (a: bigint, b: bigint): string => toCanonical(new D(a.toString()).div(new D(b.toString())));

describe('quotientText', () => {
  it('equals decimal.js division at 40 digits, half-up', () => {
    fc.assert(
      fc.property(big, nonZero, (a, b) => {
        expect(quotientText(a, b)).toBe(expected(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('rounds ties away from zero and carries into a new digit', () => {
    // 1 / 8 × 10^-39 style ties: a = 10^40 + 5, b = 10: exactly 41 digits ending in 5
    for (const [a, b] of [
      [10n ** 40n + 5n, 10n],
      [-(10n ** 40n + 5n), 10n],
      [10n ** 41n - 5n, 10n],
      [2n, 3n],
      [-2n, 3n],
      [1n, 7n],
      [9_999_999n, 1n],
      [1n, 10n ** 30n],
      [10n ** 45n, 3n],
      [0n, 5n],
    ] as const)
      expect(quotientText(a, b)).toBe(expected(a, b));
  });
});

const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 6 }), fc.bigInt({ min: 0n, max: 999_999n }))
  .map(([neg, int, decimals, frac]) => {
    const digits = (frac % 10n ** BigInt(decimals)).toString().padStart(decimals, '0').replace(/0+$/, '');
    const text = digits ? `${int}.${digits}` : `${int}`;
    return neg && text !== '0' ? `-${text}` : text;
  });
const side = fc.oneof(amount, fc.constantFrom('0', '0.80', '1e3', '-0', '7'));
const NAMES = ratioNames({ num: '甲', numEn: 'a', den: '乙', denEn: 'b' });
const sum = (x: string): MoneySum => {
  const s = new MoneySum();
  s.add(x);
  return s;
};

describe('ratio and change facts', () => {
  it('equal the Decimal formulas, for strings and sums, including a zero denominator', () => {
    fc.assert(
      fc.property(side, side, fc.boolean(), (a, b, asSums) => {
        const num = asSums ? sum(a) : a;
        const den = asSums ? sum(b) : b;
        const r = ratio(num, den, NAMES);
        if (new D(b).isZero()) expect(r).toEqual({ status: 'unavailable', type: 'ratio', reason: '乙为 0，无法计算比率', reasonEn: 'b is zero' });
        else expect(r).toEqual({ status: 'ok', type: 'ratio', value: toCanonical(new D(a).div(new D(b))) });
        const c = change(num, den, NAMES);
        if (new D(b).isZero()) expect(c.status).toBe('unavailable');
        else expect(c).toEqual({ status: 'ok', type: 'ratio', value: toCanonical(new D(a).minus(new D(b)).div(new D(b))) });
      }),
      { numRuns: 3000 },
    );
  });
});
