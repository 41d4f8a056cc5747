import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RATIO_DIGITS,
  canonicalAmount,
  compareAmounts,
  exactText,
  fixedText,
  halfUnitOf,
  isZeroAmount,
  largestAmount,
  percentText,
  ratioOf,
  subtractAmounts,
  sumAmounts,
  sumsByKey,
} from './arithmetic.js';

/** Property runs: modest by default, more with JIXIAO_PROPERTY_RUNS=n. */
// 1,000 runs as written; `npm test` caps them at JIXIAO_PROPERTY_RUNS (100 by default, test/support/fastCheck.ts), the nightly run lifts the cap
const numRuns = 1000;

/** An amount in millionths of 万元, within the schema's range (12 integer digits, 6 decimals), signed. */
const micros = fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n });
/** Its canonical text, written from the integer (no Decimal involved). */
const textOf = (m: bigint): string => {
  const neg = m < 0n;
  const a = neg ? -m : m;
  const int = (a / 1_000_000n).toString();
  const frac = (a % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  const s = frac ? `${int}.${frac}` : int;
  return neg && s !== '0' ? `-${s}` : s;
};
const amount = fc.oneof(micros, fc.bigInt({ min: -10_000_000n, max: 10_000_000n })).map((m) => ({ m, text: textOf(m) }));

/** A decimal.js with the host's defaults changed, to show we never read them. */
const Host = DecimalJs.clone({ precision: 5, rounding: DecimalJs.ROUND_DOWN });

describe('sumAmounts and subtractAmounts', () => {
  it('sums are exact: equal to the integer sum and to the decimal.js sum, in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 60 }), (xs) => {
        const texts = xs.map((x) => x.text);
        const exact = textOf(xs.reduce((a, x) => a + x.m, 0n));
        expect(sumAmounts(texts)).toBe(exact);
        expect(sumAmounts([...texts].reverse())).toBe(exact);
        const viaDecimal = texts.reduce((a, t) => a.plus(t), new DecimalJs(0));
        expect(new DecimalJs(sumAmounts(texts)).eq(viaDecimal)).toBe(true);
      }),
      { numRuns },
    );
  });

  it('subtracts exactly and compares by value (property)', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        expect(subtractAmounts(a.text, b.text)).toBe(textOf(a.m - b.m));
        expect(compareAmounts(a.text, b.text)).toBe(a.m < b.m ? -1 : a.m > b.m ? 1 : 0);
      }),
      { numRuns },
    );
  });

  it('reads any spelling and prints the canonical form', () => {
    expect(sumAmounts([])).toBe('0');
    expect(sumAmounts(['441.72', '134.36'])).toBe('576.08');
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
    expect(sumAmounts(['1.50', '-1.5'])).toBe('0');
    expect(canonicalAmount('0.80')).toBe('0.8');
    expect(canonicalAmount('-0')).toBe('0');
    expect(canonicalAmount('010')).toBe('10');
    expect(compareAmounts('0.8', '0.80')).toBe(0);
    expect(isZeroAmount('0.00')).toBe(true);
    expect(isZeroAmount('0.000001')).toBe(false);
    expect(largestAmount([])).toBeUndefined();
    expect(largestAmount(['0', '2.5', '2.50', '-3', '1'])).toBe('2.5');
  });

  it('largestAmount is the first amount no other exceeds (property)', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 20 }), (xs) => {
        const max = xs.reduce((a, x) => (x.m > a ? x.m : a), xs[0]?.m ?? 0n);
        expect(largestAmount(xs.map((x) => x.text))).toBe(xs.find((x) => x.m === max)?.text);
      }),
      { numRuns },
    );
  });

  it('does not depend on a host decimal.js configuration', () => {
    expect(new Host(1).div(3).toString()).toBe('0.33333');
    expect(sumAmounts(['123456789012.123456', '0.000001'])).toBe('123456789012.123457');
    expect(ratioOf('1', '3', 'halfUp')).toBe(`0.${'3'.repeat(40)}`);
  });
});

describe('sumsByKey', () => {
  it('each key sums exactly the amounts of the items naming it, counts them, keeps first-met order (property)', () => {
    const item = fc.record({ as: fc.array(amount, { maxLength: 3 }), keys: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const sums = sumsByKey(
          items,
          (i) => i.as.map((x) => x.text),
          (i) => i.keys,
        );
        const counted = items.filter((i) => i.as.length > 0);
        const order = [...new Set(counted.flatMap((i) => i.keys))];
        expect([...sums.keys()]).toEqual(order);
        for (const k of order) {
          const amounts = counted.filter((i) => i.keys.includes(k)).flatMap((i) => i.as);
          expect(sums.get(k)).toEqual({ value: textOf(amounts.reduce((acc, x) => acc + x.m, 0n)), parts: amounts.length });
        }
      }),
      { numRuns },
    );
  });

  it('prints each sum canonically (one non-canonical amount too); an item without amounts adds nothing', () => {
    const sums = sumsByKey(
      [['1.50'], ['-0', '0.000'], []],
      (t) => t,
      (t) => (t[0] === '1.50' ? ['a'] : t.length > 0 ? ['b'] : ['c']),
    );
    expect([...sums]).toEqual([
      ['a', { value: '1.5', parts: 1 }],
      ['b', { value: '0', parts: 2 }],
    ]);
  });
});

describe('ratioOf', () => {
  it('has no value for a zero denominator', () => {
    expect(ratioOf('5', '0', 'halfUp')).toBeUndefined();
    expect(ratioOf('0', '0.00', 'down')).toBeUndefined();
    expect(ratioOf('0', '5', 'halfUp')).toBe('0');
  });

  it(`rounds once to ${RATIO_DIGITS} significant digits by the mode asked for`, () => {
    expect(ratioOf('2', '3', 'halfUp')).toBe(`0.${'6'.repeat(39)}7`);
    expect(ratioOf('2', '3', 'down')).toBe(`0.${'6'.repeat(40)}`);
    expect(ratioOf('-2', '3', 'halfUp')).toBe(`-0.${'6'.repeat(39)}7`);
    expect(ratioOf('-2', '3', 'up')).toBe(`-0.${'6'.repeat(39)}7`);
    expect(ratioOf('-2', '3', 'down')).toBe(`-0.${'6'.repeat(40)}`);
    // a tie at the 41st digit: halfEven keeps the even digit, halfUp goes away from zero
    const tie = `1${'0'.repeat(39)}5`; // 41 digits ending in 5
    expect(ratioOf(tie, '1', 'halfEven')).toBe(`1${'0'.repeat(40)}`);
    expect(ratioOf(tie, '1', 'halfUp')).toBe(`1${'0'.repeat(38)}10`);
    expect(ratioOf('14', '17', 'halfUp')).toBe('0.8235294117647058823529411764705882352941');
  });

  it('is the exact quotient when it has few digits, and brackets it otherwise (property)', () => {
    const side = fc.bigInt({ min: 1n, max: 10n ** 18n - 1n });
    fc.assert(
      fc.property(side, side, fc.bigInt({ min: 0n, max: 10n ** 9n }), (num, den, k) => {
        // num·den / den is exactly num (both sides in millionths: the scale cancels)
        expect(ratioOf(textOf(num * den), textOf(den), 'halfUp')).toBe(num.toString());
        // down ≤ halfEven, halfUp ≤ up for positive sides, and up − down is at most one unit of the last digit
        const [n, d] = [textOf(num + k), textOf(den)];
        const down = new DecimalJs(ratioOf(n, d, 'down') as string);
        const up = new DecimalJs(ratioOf(n, d, 'up') as string);
        for (const m of ['halfUp', 'halfEven'] as const) {
          const r = new DecimalJs(ratioOf(n, d, m) as string);
          expect(r.gte(down) && r.lte(up)).toBe(true);
        }
        expect(up.minus(down).lte(new DecimalJs(10).pow(down.isZero() ? -RATIO_DIGITS : down.e - RATIO_DIGITS + 1))).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('halfUnitOf', () => {
  it('is half of the last stated digit, in 万元', () => {
    expect(halfUnitOf(2, '万元')).toBe('0.005');
    expect(halfUnitOf(0, '万元')).toBe('0.5');
    expect(halfUnitOf(6, '万元')).toBe('0.0000005');
    expect(halfUnitOf(2, '元')).toBe('0.0000005');
    expect(halfUnitOf(0, '元')).toBe('0.00005');
  });
});

describe('fixedText, percentText and exactText: the one printer of decimal strings', () => {
  it('pads what has nothing to round, and rounds the rest half-up unless told', () => {
    expect(fixedText('576.08', 2)).toBe('576.08');
    expect(fixedText('0.8', 2)).toBe('0.80');
    expect(fixedText('13', 2)).toBe('13.00');
    expect(fixedText('13', 0)).toBe('13');
    expect(fixedText('-5.1', 2)).toBe('-5.10');
    expect(fixedText('0.125', 2)).toBe('0.13');
    expect(fixedText('0.125', 2, 'halfEven')).toBe('0.12');
    expect(fixedText('-0.001', 2)).toBe('0.00');
    // not canonical: read by decimal.js as it is written
    expect(fixedText('1.50', 2)).toBe('1.50');
    expect(fixedText('007', 2)).toBe('7.00');
    expect(fixedText('-0', 2)).toBe('0.00');
    expect(fixedText('1e3', 2)).toBe('1000.00');
  });

  it('prints what decimal.js toFixed prints, for any amount and any number of places', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 8 }), ({ text }, places) => {
        const viaDecimal = new DecimalJs(text).toFixed(places, DecimalJs.ROUND_HALF_UP);
        expect(fixedText(text, places)).toBe(/^-0(\.0*)?$/.test(viaDecimal) ? viaDecimal.slice(1) : viaDecimal);
      }),
      { numRuns },
    );
  });

  it('prints ratios as percentages rounded half-up to two places', () => {
    expect(percentText('0.82352941')).toBe('82.35');
    expect(percentText('0.8')).toBe('80.00');
    expect(percentText('1.000049')).toBe('100.00');
    expect(percentText('0.000051', 4)).toBe('0.0051');
    expect(percentText('-0.00001')).toBe('0.00');
  });

  it('prints amounts exactly with at least two decimals, never rounding', () => {
    expect(exactText('0.075')).toBe('0.075');
    expect(exactText('0.5')).toBe('0.50');
    expect(exactText('13')).toBe('13.00');
    expect(exactText('0.0000005')).toBe('0.0000005');
    expect(exactText('7', 0)).toBe('7');
  });
});
