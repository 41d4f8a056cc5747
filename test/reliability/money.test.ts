/**
 * Exact money arithmetic: properties not already covered by src/model/money/money.test.ts
 * (which proves addMoney against integer arithmetic, commutativity and associativity,
 * the 万元 round trip at six decimals and allocateMoney's totals). Here: subtraction undoes
 * addition, comparison agrees with subtraction, 0 is neutral, a 元 amount round-trips through
 * formatMoney/readMoney, a number and its decimal string read the same, and sums of many
 * parts do not depend on their order or grouping, at the full 12 + 6 digits.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMoney, compareMoney, formatMoney, type Money, readMoney, subtractMoney } from '../../src/model/index.js';

/** Canonical 万元 from an integer count of 1e-6 万元 (fen). */
function fromMicro(n: bigint): Money {
  if (n === 0n) return '0' as Money;
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${sign}${abs / 1_000_000n}${frac ? `.${frac}` : ''}` as Money;
}
const toMicro = (m: string): bigint => {
  const neg = m.startsWith('-');
  const [i = '0', f = ''] = m.replace('-', '').split('.');
  const v = BigInt(i) * 1_000_000n + BigInt(f.padEnd(6, '0'));
  return neg ? -v : v;
};

const micro = fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n });
const money = micro.map(fromMicro);
const nonNegative = fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }).map(fromMicro);

describe('money: exact arithmetic', () => {
  test('subtracting what was added gives back the original', () => {
    fc.assert(fc.property(money, money, (a, b) => void expect(subtractMoney(addMoney([a, b]), b)).toBe(a)));
  });

  test('compareMoney agrees with the sign of the difference and with integer comparison', () => {
    fc.assert(
      fc.property(money, money, (a, b) => {
        const c = compareMoney(a, b);
        const d = subtractMoney(a, b);
        expect(c).toBe(d === '0' ? 0 : d.startsWith('-') ? -1 : 1);
        expect(c).toBe(toMicro(a) < toMicro(b) ? -1 : toMicro(a) > toMicro(b) ? 1 : 0);
        expect(compareMoney(b, a)).toBe(-c === 0 ? 0 : -c);
      }),
    );
  });

  test('0 is neutral and results are canonical (no "-0", no trailing zeros, no exponent)', () => {
    fc.assert(
      fc.property(money, (a) => {
        expect(addMoney([a, '0' as Money])).toBe(a);
        expect(subtractMoney(a, a)).toBe('0');
        for (const r of [addMoney([a, a]), subtractMoney('0' as Money, a)]) expect(r).toMatch(/^(0|-?[1-9]\d*(\.\d*[1-9])?|-?0\.\d*[1-9])$/);
      }),
    );
  });

  test('a sum of many parts does not depend on their order', () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 2, maxLength: 40 }), fc.nat(), (parts, seed) => {
        const shuffled = [...parts].sort((x, y) => ((toMicro(x) ^ BigInt(seed)) < (toMicro(y) ^ BigInt(seed)) ? -1 : 1));
        const exact = fromMicro(parts.reduce((s, p) => s + toMicro(p), 0n));
        expect(addMoney(parts)).toBe(exact);
        expect(addMoney(shuffled)).toBe(exact);
      }),
      { numRuns: 200 },
    );
  });

  test('a 元 amount at fen precision round-trips through formatMoney and readMoney', () => {
    // 元 have 2 decimals: 1 fen = 0.01 元 = 0.000001 万元, so every 万元 amount at six decimals is a whole fen.
    fc.assert(
      fc.property(nonNegative, (wan) => {
        const yuan = formatMoney(wan, { unit: '元', decimals: 2 });
        const back = readMoney(yuan, { unit: '元' });
        expect(back).toEqual({ ok: true, value: wan, writtenDecimals: 6 });
      }),
    );
  });

  test('a JS number reads the same as its decimal string, whenever it is accepted', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e11, noNaN: true }), (n) => {
        const fromNumber = readMoney(n);
        if (!fromNumber.ok) return; // too precise (a float artefact) or unsafe: rejected, never rounded
        expect(readMoney(String(n))).toEqual(fromNumber);
      }),
      { numRuns: 500 },
    );
  });

  test('no float ever holds money: 0.1 + 0.2 is 0.3 exactly, and 0.1 + 0.2 as a float is refused', () => {
    expect(addMoney(['0.1', '0.2'] as Money[])).toBe('0.3');
    expect(readMoney(0.1 + 0.2)).toMatchObject({ ok: false, problem: { kind: 'unsafe_number' } });
    expect(addMoney(['999999999999.999999', '0.000001'] as Money[])).toBe('1000000000000');
  });
});
