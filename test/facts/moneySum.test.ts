/**
 * MoneySum (src/facts/internal/moneySum.ts) is an exact integer kernel for running sums of amounts,
 * used instead of a decimal.js `plus` per addition. Its printed text, its Decimal, its zero test
 * and compareAmounts must equal what decimal.js gives on the same amounts, for canonical amounts
 * (signed, 0–6 decimals, up to 12 integer digits), other spellings (leading and trailing zeros,
 * `+`, exponents: the decimal.js fallback), long lists, sums of sums and sums past 2^52 (the spill
 * into a Decimal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Amount, MoneySum, compareAmounts, sumOfAmounts } from '../../src/facts/internal/moneySum.js';
import { D, type Dec, toCanonical } from '../../src/model/money/decimal.js';

/** A canonical 万元 amount: optional sign, ≤ 12 integer digits, ≤ 6 decimals, no trailing zeros. */
const canonical = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.bigInt({ min: 0n, max: 9n }), fc.bigInt({ min: 0n, max: 99_999n }), fc.bigInt({ min: 0n, max: 999_999_999_999n })),
    fc.integer({ min: 0, max: 6 }),
    fc.bigInt({ min: 0n, max: 999_999n }),
  )
  .map(([neg, int, decimals, frac]) => {
    const digits = (frac % 10n ** BigInt(decimals)).toString().padStart(decimals, '0').replace(/0+$/, '');
    const text = digits ? `${int}.${digits}` : `${int}`;
    return neg && text !== '0' ? `-${text}` : text;
  });
/** Spellings the fast reader refuses or reads differently, which must still sum like decimal.js. */
const odd = fc.constantFrom('0.80', '010', '0.0', '-0', '+5', '1e3', '2.5E-2', '0.0000001', '1234567890123456', '-00.500', '999999999999999.999999', '.5');
const amount = fc.oneof({ weight: 6, arbitrary: canonical }, { weight: 1, arbitrary: odd });
/** Amounts near the range limit, so that sums pass 2^52 and spill. */
const huge = fc.constantFrom('999999999999.999999', '-999999999999.999999', '999999999999999', '-999999999999999', '4503599627370.496');

const decSum = (xs: readonly string[]): Dec => xs.reduce<Dec>((a, x) => a.plus(new D(x)), new D(0));

function expectSame(s: MoneySum, expected: Dec, parts: number): void {
  expect(s.toText()).toBe(toCanonical(expected));
  expect(s.toDec().eq(expected)).toBe(true);
  expect(toCanonical(s.toDec())).toBe(toCanonical(expected));
  expect(s.isZero()).toBe(expected.isZero());
  expect(s.parts).toBe(parts);
}

describe('MoneySum', () => {
  it('adds canonical amounts exactly, like decimal.js (text, Decimal, zero, parts)', () => {
    fc.assert(
      fc.property(fc.array(canonical, { maxLength: 60 }), (xs) => {
        expectSame(sumOfAmounts(xs), decSum(xs), xs.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('adds and subtracts any spelling, falling back to decimal.js where the fast reader refuses', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.boolean()), { maxLength: 30 }), (xs) => {
        const s = new MoneySum();
        let expected = new D(0);
        for (const [x, minus] of xs) {
          if (minus) s.subtract(x);
          else s.add(x);
          expected = minus ? expected.minus(new D(x)) : expected.plus(new D(x));
        }
        expectSame(s, expected, xs.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('sums long lists and sums of sums (the ledger roll-up), past 2^52 too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof({ weight: 8, arbitrary: amount }, { weight: 1, arbitrary: huge }), { maxLength: 400 }), { minLength: 1, maxLength: 8 }),
        (groups) => {
          const total = new MoneySum();
          const twice = new MoneySum();
          const reader = new Amount();
          const all: string[] = [];
          const once: string[] = [];
          for (const g of groups) {
            const s = sumOfAmounts(g);
            const other = new MoneySum();
            for (const x of g) {
              // one Amount read, added to two sums (the ledger loop)
              reader.read(x);
              reader.addTo(other);
              reader.addTo(twice);
            }
            expectSame(s, decSum(g), g.length);
            expectSame(other, decSum(g), g.length);
            total.addSum(s);
            total.addSum(other.copy());
            all.push(...g, ...g);
            once.push(...g);
          }
          expectSame(total, decSum(all), all.length);
          expectSame(twice, decSum(once), once.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stays exact over thousands of maximal amounts (spills into a Decimal)', () => {
    const xs = Array.from({ length: 30_000 }, (_, i) => (i % 3 === 2 ? '-999999999999.999999' : '999999999999.999999'));
    const s = sumOfAmounts(xs);
    expect(s.big).toBeDefined(); // the spill path was taken
    expectSame(s, decSum(xs), xs.length);
    const half = new MoneySum();
    for (let i = 0; i < 20; i++) half.add('4503599627370.496');
    expectSame(half, new D('4503599627370.496').times(20), 20);
  });

  it('prints zero as 0, never -0, and drops trailing zeros', () => {
    const s = new MoneySum();
    s.add('-0.5');
    s.add('0.5');
    expect(s.toText()).toBe('0');
    s.add('-1.250000');
    expect(s.toText()).toBe('-1.25');
    s.add('0.75');
    expect(s.toText()).toBe('-0.5');
    s.add('10');
    expect(s.toText()).toBe('9.5');
    expect(new MoneySum().toText()).toBe('0');
    expect(new MoneySum().toDec().isZero()).toBe(true);
  });

  it('throws on a non-number, as decimal.js does', () => {
    expect(() => new MoneySum().add('abc')).toThrow();
    expect(() => new MoneySum().add('')).toThrow();
  });
});

describe('compareAmounts', () => {
  it('orders amounts like Decimal.cmp', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(Math.sign(compareAmounts(a, b))).toBe(new D(a).cmp(new D(b)));
      }),
      { numRuns: 3000 },
    );
  });
});
