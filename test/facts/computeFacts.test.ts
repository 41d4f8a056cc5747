import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacts, findFactDefinition, FACT_CATALOG } from '../../src/facts/index.js';
import { parseEvaluationInput, safeParseEvaluationInput } from '../../src/model/index.js';
import { factMessagesEn } from '../../src/shared/messages/facts.en.js';
import { factMessagesZhCN } from '../../src/shared/messages/facts.zh-CN.js';

const raw = JSON.parse(readFileSync(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
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

describe('computeFacts returns one frozen plain object', () => {
  it('freezes the result, its values, each value and the sets, with ordinary prototypes', () => {
    expect(Object.isFrozen(facts)).toBe(true);
    expect(Object.isFrozen(facts.values)).toBe(true);
    expect(Object.isFrozen(facts.values['income.total.computed'])).toBe(true);
    expect(Object.values(facts.values).filter((v) => !Object.isFrozen(v))).toEqual([]);
    expect(Object.isFrozen(facts.sets) && Object.isFrozen(facts.sets.economicClasses)).toBe(true);
    expect(Object.getPrototypeOf(facts)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(facts.values)).toBe(Object.prototype);
    expect(() => {
      (facts.values as Record<string, unknown>)['income.total.computed'] = null;
    }).toThrow(TypeError);
  });

  it('gives equal facts for the same input, whatever was computed before (no state between calls)', () => {
    const input = parseEvaluationInput(raw);
    const first = JSON.stringify(computeFacts(input));
    const other = structuredClone(raw) as { ledger: { carryOut: { total: string } } };
    other.ledger.carryOut.total = '12.34';
    computeFacts(parseEvaluationInput(other));
    expect(JSON.stringify(computeFacts(input))).toBe(first);
  });
});

describe('fact reasons come from the message tables, in both languages', () => {
  it('names the missing side of a ratio, and a zero denominator', () => {
    expect(facts.values['ratio.budgetCompletion']).toEqual({
      status: 'unavailable',
      type: 'ratio',
      reason: '缺少支出预算数数据',
      reasonEn: 'expenditure budget not given',
      cause: 'missing',
    });
    const zero = structuredClone(raw) as { department: { staffing: { authorized: Record<string, number> } } };
    for (const k of Object.keys(zero.department.staffing.authorized)) zero.department.staffing.authorized[k] = 0;
    const r = safeParseEvaluationInput(zero);
    if (!r.ok) throw new Error('fixture');
    expect(computeFacts(r.value).values['ratio.staffControl']).toEqual({
      status: 'unavailable',
      type: 'ratio',
      reason: '编制数为 0，无法计算比率',
      reasonEn: 'authorized staff is zero',
      cause: 'zeroDenominator',
    });
  });

  it('every unavailable fact says why in zh-CN and English', () => {
    const bare = structuredClone(raw) as Record<string, any>;
    bare.ledger.expenditure.lines = [];
    bare.performance.tasks = [];
    bare.management.disclosure.items = [];
    const f = computeFacts(parseEvaluationInput(bare));
    const unavailable = Object.entries(f.values).filter(([, v]) => v.status === 'unavailable');
    expect(unavailable.length).toBeGreaterThan(20);
    for (const [name, v] of unavailable) {
      if (v.status !== 'unavailable') continue;
      expect(v.reason, name).toMatch(/[\u4e00-\u9fff]/);
      expect(v.reasonEn, name).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(f.values['expenditure.total.lines']).toMatchObject({ reason: '未提供支出明细', reasonEn: 'no expenditure lines given' });
    expect(f.values['disclosure.budget.approvedOn']).toMatchObject({
      reason: '未列出2022年度及以后的部门预算公开信息',
      reasonEn: 'no department budget disclosure for 2022 or later listed',
    });
  });

  it('every reason and term has a sentence in each locale', () => {
    for (const table of [factMessagesZhCN, factMessagesEn]) {
      expect(Object.keys(table.reasons).sort()).toEqual(Object.keys(factMessagesZhCN.reasons).sort());
      expect(Object.keys(table.terms).sort()).toEqual(Object.keys(factMessagesZhCN.terms).sort());
      for (const t of Object.values(table.terms)) expect(t.length).toBeGreaterThan(0);
    }
  });
});
