import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMoney } from '../../model/money/money.js';
import { isDecimal } from './assessments.js';

const oracle = (v: string): boolean => readMoney(v, { unit: '万元', allowNegative: true }).ok;

describe('isDecimal', () => {
  it('agrees with readMoney on any string (property)', () => {
    const numeric = fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{1,14}$/), fc.option(fc.stringMatching(/^[0-9]{0,8}$/), { nil: undefined })).map(
      ([s, i, f]) => `${s}${i}${f === undefined ? '' : `.${f}`}`,
    );
    fc.assert(
      fc.property(fc.oneof(numeric, fc.string(), fc.constantFrom('0', '-0', '0.00', '1', '2.5', '-1', '1.234567', '1.2345678', '999999999999', '1000000000000', '1e3', '00', '0.')), (v) => {
        expect(isDecimal(v)).toBe(oracle(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('a number is read as readMoney reads it (-0 is not a decimal)', () => {
    for (const n of [0, -0, 1, 2.5, 1e21, 0.1 + 0.2]) expect(isDecimal(n as unknown as string)).toBe(readMoney(n, { unit: '万元', allowNegative: true }).ok);
  });
});
