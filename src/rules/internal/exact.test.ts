import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, toCanonical } from '../../model/money/decimal.js';
import type { Operator } from '../operators.js';
import { type CompareContext, compareDecimals, compareNumberValues } from './compare.js';
import { compareExact, scaledText } from './exact.js';

/** Decimal text: plain (signed, 0–8 decimals, up to 17 digits — beyond the kernel too), and odd ones. */
const decimalText = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined })).map(([s, i, f]) => `${s}${i}${f !== undefined ? `.${f}` : ''}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[1-9][0-9]{12,16}$/), fc.stringMatching(/^[0-9]{0,4}$/)).map(([s, i, f]) => `${s}${i}${f ? `.${f}` : ''}`) },
  { weight: 2, arbitrary: fc.constantFrom('0', '-0', '0.0', '-0.00', '0.005', '-0.005', '0.01', '1.500', '100', '999999999999999', '-999999999999999', '99999999999999.9', '0.000000000000001', '1e3', '007', '.5', '5.', '+1', 'NaN', 'Infinity', '-', '') },
);
const ops = fc.constantFrom<Operator>('eq', 'lt', 'lte', 'gt', 'gte');
const parts = fc.oneof(fc.nat(40), fc.constantFrom(0, 1, 1e9, 1e12, 2.5, -1, Number.NaN));
const tolerance = fc.option(fc.oneof(fc.constant('rounding'), fc.constantFrom('0', '0.01', '0.05', '0.50', '1', '12345678901234567')), { nil: undefined });
const halfUnit = fc.constantFrom('0.005', '0.5', '0.00005', '5', '0.0000005', '-0.005', '0', '1e-3');

/** The outcome and the fields written (key order included), or the error thrown. */
function run(f: typeof compareDecimals, op: Operator, av: string, ap: number, ev: string, ep: number, tol: string | undefined, cx: CompareContext): string {
  const out = {};
  try {
    const o = f(out, op, av, ap, ev, ep, tol, cx);
    return JSON.stringify([o, out]);
  } catch (e) {
    return `throws ${String(e)}`;
  }
}

describe('the exact integer kernel agrees with decimal.js', () => {
  it('scaledText(v, s) = toCanonical(v / 10^s) for exact integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.nat(16), (v, s) => {
        expect(scaledText(v, s)).toBe(toCanonical(dec(String(v)).div(dec(10).pow(s))));
      }),
      { numRuns: 3000 },
    );
    expect(scaledText(-0, 3)).toBe('0');
  });

  it('compareNumberValues (kernel first) = compareDecimals on any operands, tolerance, half unit and part counts', () => {
    fc.assert(
      fc.property(ops, decimalText, parts, decimalText, parts, tolerance, halfUnit, (op, av, ap, ev, ep, tol, h) => {
        const cx: CompareContext = { halfUnit: h, locale: 'zh-CN', bounds: new Map() };
        expect(run(compareNumberValues, op, av, ap, ev, ep, tol, cx)).toBe(run(compareDecimals, op, av, ap, ev, ep, tol, { ...cx, bounds: new Map() }));
      }),
      { numRuns: 20000 },
    );
  });

  it('equal texts and near misses around the rounding bound', () => {
    fc.assert(
      fc.property(ops, decimalText, fc.integer({ min: -20, max: 20 }), fc.nat(30), fc.nat(30), (op, av, delta, ap, ep) => {
        let ev: string;
        try {
          ev = toCanonical(dec(av).plus(dec(delta).times('0.005')));
        } catch {
          return;
        }
        for (const e of [ev, av]) {
          const cx: CompareContext = { halfUnit: '0.005', locale: 'en', bounds: new Map() };
          expect(run(compareNumberValues, op, av, ap, e, ep, 'rounding', cx)).toBe(run(compareDecimals, op, av, ap, e, ep, 'rounding', { ...cx, bounds: new Map() }));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('declines what it cannot hold exactly, leaving the details untouched', () => {
    const out = {};
    expect(compareExact(out, 'eq', '1e3', 1, '1000', 1, undefined, '0.005')).toBeUndefined();
    expect(compareExact(out, 'eq', '1234567890123456', 1, '1', 1, undefined, '0.005')).toBeUndefined();
    expect(compareExact(out, 'eq', '999999999999999', 1, '0.1', 1, undefined, '0.005')).toBeUndefined();
    expect(compareExact(out, 'eq', '1', 2.5, '1', 1, 'rounding', '0.005')).toBeUndefined();
    expect(out).toEqual({});
    expect(compareExact(out, 'eq', '576.08', 2, '576.1', 4, 'rounding', '0.005')).toBe('true');
    expect(out).toEqual({ difference: '-0.02', tolerance: '0.02', toleranceParts: 4, halfUnit: '0.005', withinRounding: true });
  });
});
