/**
 * Issue #16, point 2: the rounding unit is the granularity the figures were rounded to, whatever
 * unit they are entered in. The Enyang input in 元 (every amount × 10,000) scored 96: its precision
 * was read as 2 decimals of 元 (half a unit 0.0000005 万元), so the report's own 0.02 万元
 * cross-classification differences became errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDepartment } from '../../src/evaluate.js';
import { safeParseEvaluationInput } from '../../src/model/index.js';
import { enyang } from '../support/enyang.js';

/** "576.08" 万元 → "5760800" 元, by moving the decimal point (no JS number). */
function toYuan(wan: string, keepFen: boolean): string {
  const [int = '', frac = ''] = wan.split('.');
  const digits = `${int}${frac.padEnd(4, '0')}`.replace(/^0+(?=\d)/, '');
  return keepFen ? `${digits}.00` : digits;
}

/** The Enyang fixture with every amount (a decimal string under the ledger, 三公 and the stated totals) in 元. */
function enyangInYuan(keepFen: boolean): Record<string, any> {
  const data = enyang();
  const walk = (x: unknown): unknown => {
    if (typeof x === 'string') return /^\d+\.\d+$/.test(x) ? toYuan(x, keepFen) : x;
    if (Array.isArray(x)) return x.map(walk);
    if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, k === 'note' || k === 'purpose' ? v : walk(v)]));
    return x;
  };
  data.ledger = walk(data.ledger);
  data.threePublicFunds = walk(data.threePublicFunds);
  data.statedTotals = walk(data.statedTotals);
  data.unit = '元';
  return data;
}

const verdicts = (data: unknown) => {
  const r = evaluateDepartment(data);
  return {
    total: r.score.total,
    findings: r.rules.findings.map(
      (f) =>
        `${f.ruleId}${f.key ? `[${f.key}]` : ''} ${f.status} ${f.note ?? ''} ${f.severity} ${f.leaves.map((l) => `${l.difference ?? ''}±${l.tolerance ?? ''}`).join(' ')}`,
    ),
  };
};

describe('the rounding unit across units (issue #16, point 2)', () => {
  const reference = verdicts(enyang());

  it('reads "5760800" 元 as rounded to 100 元 = 0.01 万元 (precision -2 in 元)', () => {
    const r = safeParseEvaluationInput(enyangInYuan(false));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.precision).toBe(-2);
  });

  it('scores the Enyang input given in 元 98, with the same findings as in 万元', () => {
    expect(reference.total).toBe('98');
    expect(verdicts(enyangInYuan(false))).toEqual(reference);
    expect(verdicts(enyangInYuan(true))).toEqual(reference);
  });

  it('gives the same result for every unit/precision combination the schema allows', () => {
    fc.assert(
      fc.property(fc.constantFrom('万元', '元', '元.00'), fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }), (form, precision) => {
        const data = form === '万元' ? enyang() : enyangInYuan(form === '元.00');
        // In 万元 an explicit precision finer than the figures is the author's word (documented);
        // in 元 the figures' own digits cap it.
        if (precision !== undefined && (form !== '万元' || precision === 2)) data.precision = precision;
        expect(verdicts(data)).toEqual(reference);
      }),
      { numRuns: 12 },
    );
  });
});
