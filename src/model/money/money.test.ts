import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateMoney,
  compareMoney,
  formatMoney,
  type Money,
  type MoneyProblem,
  parseMoney,
  readMoney,
  type ReadMoneyOptions,
  subtractMoney,
} from './money.js';

/** A canonical 万元 amount from an integer count of fen-in-万元 units (1e-6 万元 = 0.01 元). */
function fromMicro(n: bigint): Money {
  if (n === 0n) return '0' as Money;
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const int = (abs / 1_000_000n).toString();
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${sign}${int}${frac ? `.${frac}` : ''}` as Money;
}

/** Amounts up to 12 integer digits in 万元 (the largest accepted), at fen precision. */
const micro = fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n });
const money = micro.map(fromMicro);

function problemOf(input: unknown, options?: ReadMoneyOptions): MoneyProblem['kind'] | 'ok' {
  const r = readMoney(input, options);
  return r.ok ? 'ok' : r.problem.kind;
}

describe('readMoney', () => {
  it('accepts decimal strings and safe numbers, returning canonical 万元', () => {
    expect(readMoney('576.08')).toEqual({ ok: true, value: '576.08', writtenDecimals: 2 });
    expect(readMoney(12)).toEqual({ ok: true, value: '12', writtenDecimals: 0 });
    expect(readMoney('0')).toEqual({ ok: true, value: '0', writtenDecimals: 0 });
    expect(readMoney('26.00')).toEqual({ ok: true, value: '26', writtenDecimals: 2 });
    expect(readMoney('0.000001')).toMatchObject({ ok: true, value: '0.000001' });
  });

  it.each<[string, unknown, MoneyProblem['kind'], ReadMoneyOptions?]>([
    ['an exponent', '1e999', 'not_decimal'],
    ['NaN', Number.NaN, 'not_finite'],
    ['Infinity', Number.POSITIVE_INFINITY, 'not_finite'],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'not_finite'],
    ['a decimal comma', '12,3', 'not_decimal'],
    ['a thousands separator', '1,000', 'not_decimal'],
    ['hex', '0x10', 'not_decimal'],
    ['an empty string', '', 'not_decimal'],
    ['a leading space', ' 1', 'not_decimal'],
    ['a plus sign', '+1', 'not_decimal'],
    ['the string "NaN"', 'NaN', 'not_decimal'],
    ['a leading zero', '007', 'not_decimal'],
    ['a bare decimal point', '.5', 'not_decimal'],
    ['null', null, 'not_decimal'],
    ['a bigint', 12n, 'not_decimal'],
    ['"-0"', '-0', 'negative_zero'],
    ['"-0.00"', '-0.00', 'negative_zero'],
    ['the number -0', -0, 'negative_zero'],
    ['a float sum (0.1 + 0.2): write it as a string', 0.1 + 0.2, 'unsafe_number'],
    ['an unsafe integer (2 ** 60)', 2 ** 60, 'unsafe_number'],
    ['a number printed with an exponent', 1e-7, 'unsafe_number'],
    ['20 integer digits', '12345678901234567890', 'too_large'],
    ['7 decimals in 万元', '1.1234567', 'too_precise'],
    ['3 decimals in 元', '1.123', 'too_precise', { unit: '元' }],
    ['a negative amount', '-5', 'negative'],
  ])('rejects %s', (_name, input, kind, options) => {
    expect(problemOf(input, options)).toBe(kind);
  });

  it('reports the decimals and the limit of a too-precise amount', () => {
    expect(readMoney('1.123', { unit: '元' })).toEqual({ ok: false, problem: { kind: 'too_precise', decimals: 3, max: 2 } });
    expect(readMoney('12345678901234567890')).toEqual({ ok: false, problem: { kind: 'too_large', digits: 20, max: 12 } });
  });

  it('accepts negative amounts only when asked', () => {
    expect(readMoney('-5', { allowNegative: true })).toEqual({ ok: true, value: '-5', writtenDecimals: 0 });
    expect(problemOf('-0', { allowNegative: true })).toBe('negative_zero');
  });

  it('converts 元 to 万元 exactly', () => {
    expect(readMoney('1234.56', { unit: '元' })).toEqual({ ok: true, value: '0.123456', writtenDecimals: 6 });
    expect(parseMoney('4417200.00', { unit: '元' })).toBe('441.72');
    expect(parseMoney('0.01', { unit: '元' })).toBe('0.000001');
  });
});

describe('parseMoney', () => {
  it('throws a prefixed RangeError naming the problem', () => {
    expect(() => parseMoney('1,000')).toThrow(/^\[jixiao\] invalid amount: "1,000" \(not_decimal\)$/);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and compares exactly', () => {
    expect(addMoney([parseMoney('441.72'), parseMoney('134.36')])).toBe('576.08');
    expect(addMoney([parseMoney('0.1'), parseMoney('0.2')])).toBe('0.3');
    expect(addMoney([])).toBe('0');
    expect(subtractMoney(parseMoney('576.08'), parseMoney('505'))).toBe('71.08');
    expect(subtractMoney(parseMoney('1'), parseMoney('1'))).toBe('0');
    expect(compareMoney(parseMoney('0.8'), parseMoney('0.80'))).toBe(0);
    expect(compareMoney(parseMoney('1'), parseMoney('2'))).toBe(-1);
  });

  it('is not affected by the host changing the global Decimal settings', () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    DecimalJs.set({ precision: 2, rounding: DecimalJs.ROUND_DOWN });
    try {
      expect(addMoney([parseMoney('123456789012.345678'), parseMoney('0.000001')])).toBe('123456789012.345679');
      expect(formatMoney(parseMoney('0.125'))).toBe('0.13');
    } finally {
      DecimalJs.set(saved);
    }
  });

  it('addMoney agrees with integer arithmetic, and is commutative and associative', () => {
    fc.assert(
      fc.property(micro, micro, micro, (x, y, z) => {
        const [a, b, c] = [fromMicro(x), fromMicro(y), fromMicro(z)];
        expect(addMoney([a, b])).toBe(fromMicro(x + y));
        expect(addMoney([a, b])).toBe(addMoney([b, a]));
        expect(addMoney([addMoney([a, b]), c])).toBe(addMoney([a, addMoney([b, c])]));
        expect(subtractMoney(addMoney([a, b]), b)).toBe(a);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('rounds half-up by default, and as asked', () => {
    expect(formatMoney(parseMoney('26'))).toBe('26.00');
    expect(formatMoney(parseMoney('1.005'))).toBe('1.01');
    expect(formatMoney(parseMoney('1.005'), { rounding: 'halfEven' })).toBe('1.00');
    expect(formatMoney(parseMoney('1.009'), { rounding: 'down' })).toBe('1.00');
    expect(formatMoney(parseMoney('0.123456'), { decimals: 4 })).toBe('0.1235');
    expect(formatMoney(parseMoney('0.123456'), { unit: '元' })).toBe('1234.56');
  });

  it('never prints "-0"', () => {
    expect(formatMoney(parseMoney('-0.001', { allowNegative: true }))).toBe('0.00');
  });

  it('round-trips through readMoney at six decimals', () => {
    fc.assert(
      fc.property(money, (x) => {
        const r = readMoney(formatMoney(x, { decimals: 6 }), { allowNegative: true });
        expect(r).toMatchObject({ ok: true, value: x });
      }),
    );
  });
});

describe('allocateMoney', () => {
  it('splits by the largest remainder', () => {
    expect(allocateMoney(parseMoney('100'), ['1', '1', '1'])).toEqual(['33.34', '33.33', '33.33']);
    expect(allocateMoney(parseMoney('1'), ['1', '0', '3'], 1)).toEqual(['0.3', '0', '0.7']);
  });

  it('splits negative amounts so the parts still add up', () => {
    const neg = parseMoney('-100', { allowNegative: true });
    const parts = allocateMoney(neg, ['1', '1', '1']);
    expect(addMoney(parts)).toBe('-100');
    expect(parts).toEqual(['-33.33', '-33.33', '-33.34']);
  });

  it('rejects an empty or non-positive list of ratios', () => {
    expect(() => allocateMoney(parseMoney('1'), [])).toThrow(/\[jixiao\]/);
    expect(() => allocateMoney(parseMoney('1'), ['0', '0'])).toThrow(/\[jixiao\]/);
  });

  it('always returns parts that add up to the whole rounded half-up', () => {
    const ratio = fc.integer({ min: 0, max: 10_000 }).map(String);
    fc.assert(
      fc.property(
        money,
        fc.array(ratio, { minLength: 1, maxLength: 12 }).filter((rs) => rs.some((r) => r !== '0')),
        fc.integer({ min: 0, max: 6 }),
        (value, ratios, decimals) => {
          const parts = allocateMoney(value, ratios, decimals);
          expect(parts).toHaveLength(ratios.length);
          for (const p of parts) expect(p.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(decimals);
          // The parts carry at most `decimals` places, so printing their sum is exact.
          expect(formatMoney(addMoney(parts), { decimals })).toBe(formatMoney(value, { decimals }));
        },
      ),
    );
  });
});
