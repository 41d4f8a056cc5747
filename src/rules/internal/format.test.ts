import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, type Money } from '../../model/money/money.js';
import { exactMoney, formatAbsolute, money2 } from './format.js';

/** Decimal-looking strings: canonical or not, signed, with 0–6 decimals, and a few odd ones. */
const decimalText = fc.oneof(
  fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{1,16}$/), fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined })).map(([s, i, f]) => `${s}${i}${f !== undefined ? `.${f}` : ''}`),
  fc.constantFrom('0', '-0', '-0.0', '-0.00', '0.00', '-0.004', '-0.005', '0.005', '0.995', '-0.995', '1e3', '007', '.5', '5.', '+1', '12.345', '99.999', '-99.999', '1.5', '-1.50'),
);

describe('money2: the string fast path of formatMoney', () => {
  it('equals formatMoney(v) for any decimal string formatMoney accepts', () => {
    fc.assert(
      fc.property(decimalText, (v) => {
        let want: string;
        try {
          want = formatMoney(v as Money);
        } catch {
          return; // not a decimal at all: both reject it (money2 falls back to formatMoney)
        }
        expect(money2(v)).toBe(want);
      }),
      { numRuns: 5000 },
    );
  });

  it('pads the usual amounts', () => {
    expect(['576.08', '0', '12', '-3.5', '0.8', '1.50'].map(money2)).toEqual(['576.08', '0.00', '12.00', '-3.50', '0.80', '1.50']);
    expect(['-0', '-0.001', '0.125', '2.675'].map(money2)).toEqual(['0.00', '0.00', '0.13', '2.68']);
  });
});

describe('formatAbsolute', () => {
  it('drops one leading minus sign, like the regex it replaces', () => {
    fc.assert(
      fc.property(decimalText, (d) => {
        expect(formatAbsolute(d, 'number', 'zh-CN')).toBe(d.replace(/^-/, ''));
      }),
    );
  });
});

describe('exactMoney', () => {
  /** The implementation it replaced. */
  const viaSplit = (v: string): string => {
    const [i, f = ''] = v.split('.');
    return `${i}.${f.padEnd(2, '0')} 万元`;
  };
  it('matches the split-based version on any string of digits, dots and signs', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.stringMatching(/^[-0-9.]{0,8}$/)), (v) => {
        expect(exactMoney(v)).toBe(viaSplit(v));
      }),
      { numRuns: 3000 },
    );
  });
});
