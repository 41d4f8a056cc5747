import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatMoney, type Money } from '../../model/money/money.js';
import {
  chineseNumeral,
  formatAsOf,
  formatDate,
  formatExact,
  formatPercent,
  formatPoints,
  formatWan,
  joinAnd,
  roundDecimal,
  sectionNumber,
  wholeYuan,
} from './number.js';

describe('zh-CN number formatting', () => {
  test('万元 with two decimals, half-up, exact', () => {
    expect(formatWan('0')).toBe('0.00万元');
    expect(formatWan('26')).toBe('26.00万元');
    expect(formatWan('0.005')).toBe('0.01万元');
    expect(formatWan('0.004999')).toBe('0.00万元');
    expect(formatWan('123456789012.345')).toBe('123456789012.35万元');
  });

  test('points drop trailing zeros, keep at most two decimals', () => {
    expect(formatPoints('98')).toBe('98');
    expect(formatPoints('97.50')).toBe('97.5');
    expect(formatPoints('0.125')).toBe('0.13');
    expect(formatPoints('0')).toBe('0');
  });

  test('whole yuan of 万元 rounded to two decimals: exact', () => {
    expect(wholeYuan('1.2')).toBe('12000');
    expect(wholeYuan('0.125')).toBe('1300');
    expect(wholeYuan('-3.456')).toBe('-34600');
    expect(wholeYuan('-0.001')).toBe('0');
    expect(wholeYuan('123456789012.345')).toBe('1234567890123500');
    expect(wholeYuan('n/a')).toBe('n/a');
  });

  test('percentages: exact, then two decimals half-up', () => {
    expect(formatPercent('0.00125')).toBe('0.13%');
    expect(formatPercent('-0.00001')).toBe('0.00%');
    expect(formatPercent('0.8235294117647058823529411764705882352941')).toBe('82.35%');
    expect(formatPercent('1')).toBe('100.00%');
    expect(formatPercent('-0.05')).toBe('-5.00%');
  });

  test('exact decimals keep every digit, at least two', () => {
    expect(formatExact('0.02')).toBe('0.02');
    expect(formatExact('576.08')).toBe('576.08');
    expect(formatExact('3')).toBe('3.00');
    expect(formatExact('0.000123')).toBe('0.000123');
  });

  test('numbering 一、 （一） 1. （1）', () => {
    expect([1, 2, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '二十一', '九十九']);
    expect(chineseNumeral(100)).toBe('100');
    expect([sectionNumber(1, 5), sectionNumber(2, 3), sectionNumber(3, 1), sectionNumber(4, 2)]).toEqual(['五、', '（三）', '1.', '（2）']);
  });

  test('dates and lists', () => {
    expect(formatDate('2023-06-14')).toBe('2023年6月14日');
    expect(formatAsOf('2022-12-31', 2022)).toBe('2022年底');
    expect(formatAsOf('2022-06-30', 2022)).toBe('2022年6月30日');
    expect(formatAsOf(undefined, 2021)).toBe('2021年底');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a、b和c');
  });
});

describe('roundDecimal', () => {
  // Decimal strings of every shape the fast path sees: signs, leading zeros, zeros, long digits.
  const digits = (max: number) => fc.array(fc.constantFrom('0', '0', '1', '4', '5', '9'), { minLength: 1, maxLength: max }).map((d) => d.join(''));
  const decimal = fc
    .tuple(fc.boolean(), digits(16), fc.option(digits(8), { nil: undefined }))
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);

  test('is formatMoney (halfUp) for every decimal string, with or without rounding to do', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 4 }), (v, d) => {
        expect(roundDecimal(v, d)).toBe(formatMoney(v as Money, { decimals: d, rounding: 'halfUp' }));
      }),
      { numRuns: 3000 },
    );
    for (const v of ['0', '-0', '-0.00', '000', '-000.0', '007.5', '-0.001', '123456789012345678901234567890.1']) {
      for (const d of [0, 1, 2, 3]) expect(roundDecimal(v, d), `${v} ${d}`).toBe(formatMoney(v as Money, { decimals: d, rounding: 'halfUp' }));
    }
  });

  test('anything else is returned as is', () => {
    for (const v of ['', 'abc', '1e5', '+1', '1.', '.5', '１２']) expect(roundDecimal(v, 2)).toBe(v);
  });
});
