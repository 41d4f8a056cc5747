import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacts, findFactDefinition, FACT_CATALOG } from '../../src/facts/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';

const raw = JSON.parse(readFileSync(new URL('../fixtures/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const facts = computeFacts(parseEvaluationInput(raw));
const val = (name: string): unknown => {
  const f = facts.values[name];
  return f?.status === 'ok' ? f.value : f;
};

describe('computeFacts on the Enyang fixture', () => {
  it('derives income and expenditure totals exactly', () => {
    expect(val('income.total.computed')).toBe('576.08');
    expect(val('income.total.stated')).toBe('576.08');
    expect(val('expenditure.total.lines')).toBe('505');
    expect(val('expenditure.grandTotal.computed')).toBe('576.08');
    expect(val('expenditure.total.economic')).toBe('505');
    expect(val('expenditure.total.functional')).toBe('505');
  });

  it('sums economic classes across functional classes (the report states 284.80 / 171.48)', () => {
    expect(val('expenditure.economic.301.lines')).toBe('284.82');
    expect(val('expenditure.economic.301.stated')).toBe('284.8');
    expect(val('expenditure.economic.302.lines')).toBe('171.46');
    expect(val('expenditure.functional.201.lines')).toBe('470.8');
    expect(facts.halfUnit).toBe('0.005');
    expect(facts.values['expenditure.economic.301.lines']).toMatchObject({ parts: 10 });
  });

  it('computes the common-framework ratios', () => {
    expect(String(val('ratio.staffControl')).slice(0, 8)).toBe('0.823529');
    expect(val('staff.inPost')).toBe('14');
    expect(val('staff.purchasedService')).toBe('36');
    expect(val('ratio.threePublicControl')).toBe('1');
    expect(String(val('ratio.carryOverChange')).slice(0, 7)).toBe('-0.4709');
    expect(val('threePublic.reception.ledger')).toBe('0.8');
  });

  it('says why a fact is unavailable instead of inventing 0', () => {
    expect(facts.values['ratio.threePublicChange']).toMatchObject({ status: 'unavailable' });
    expect(facts.values['ratio.budgetCompletion']).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('缺少') });
  });

  it('names only catalogued facts', () => {
    for (const name of Object.keys(facts.values)) expect(findFactDefinition(name), name).toBeDefined();
    expect(findFactDefinition('expenditure.economic.{key}.lines')).toBeDefined();
    expect(findFactDefinition('no.such.fact')).toBeUndefined();
    expect(new Set(FACT_CATALOG.map((f) => f.name)).size).toBe(FACT_CATALOG.length);
  });

  it('changes when the data changes', () => {
    const changed = structuredClone(raw) as { department: { staffing: { actual: { civilServant: number } } } };
    changed.department.staffing.actual.civilServant = 10;
    const f2 = computeFacts(parseEvaluationInput(changed));
    expect(f2.values['staff.inPost']).toMatchObject({ value: '19' });
  });
});
