/**
 * Issue #17, point 4: the reporting precision comes from amounts only (or from `precision` itself).
 * Text under the ledger that happens to look like a decimal — a line id, a label, a note — used to
 * raise the inferred precision to 3+ and with it the Enyang score from 98 to 96.
 */
import { describe, expect, it } from 'vitest';
import { evaluateDepartment } from '../../src/evaluate.js';
import { safeParseEvaluationInput } from '../../src/model/index.js';
import { enyang } from '../support/enyang.js';

/** The Enyang fixture with decimal-looking text in a line's id and label and a class's note. */
function withDecimalText(): Record<string, any> {
  const data = enyang();
  const [line] = data.ledger.expenditure.lines;
  line.id = '1.125';
  line.label = '3.14159';
  data.ledger.expenditure.byEconomic[0].note = '0.0001';
  return data;
}

function precisionOf(data: unknown): number | undefined {
  const r = safeParseEvaluationInput(data);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value.precision;
}

describe('the inferred reporting precision', () => {
  it('is 2 for the Enyang fixture, whose amounts have two decimals', () => {
    expect(precisionOf(enyang())).toBe(2);
  });

  it('ignores an id, a label and a note that look like decimals', () => {
    expect(precisionOf(withDecimalText())).toBe(2);
  });

  it('keeps the Enyang score at 98 when such text is present', () => {
    const result = evaluateDepartment(withDecimalText());
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe('优秀');
  });

  it('ignores a ratio under the ledger (payment progress is not an amount)', () => {
    const data = enyang();
    data.ledger.budget = { paymentProgressTarget: '0.7512', paymentProgressActual: 0.80125 };
    expect(precisionOf(data)).toBe(2);
  });

  it('counts the decimals written in any ledger amount, trailing zeros and numbers included', () => {
    const data = enyang();
    data.ledger.expenditure.lines[0].amount = '166.260';
    expect(precisionOf(data)).toBe(3);
    data.ledger.income.carriedIn = 134.3625;
    expect(precisionOf(data)).toBe(4);
    data.ledger.carryOut.total = '71.080000';
    expect(precisionOf(data)).toBe(6);
  });

  it('counts only ledger amounts, and yields to an explicit precision', () => {
    const data = enyang();
    data.threePublicFunds.reception.actual = '0.855';
    expect(precisionOf(data)).toBe(2);
    data.precision = 1;
    expect(precisionOf(data)).toBe(1);
  });

  it('is counted in the input\'s own unit: "284.80" 元 has two decimals (not the six of 0.028480 万元)', () => {
    const data = enyang();
    data.unit = '元';
    expect(precisionOf(data)).toBe(2);
  });
});
