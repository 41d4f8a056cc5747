/** Budget-side facts (issue #16 point 7, input half): initial/adjusted budgets, 追加, execution rates, the prior-year 三公 budget total. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacts, findFactDefinition } from '../../src/facts/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';

type Json = Record<string, unknown>;
const fixture = (): Json => JSON.parse(readFileSync(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Json;
const factsOf = (data: Json) => computeFacts(parseEvaluationInput(data)).values;

describe('budget-side facts', () => {
  it('can be entered: income and expenditure budgets, initial and adjusted, and the 追加 amount', () => {
    const data = fixture();
    (data.ledger as Json).budget = { initial: '400', adjusted: '520', supplementary: '120', incomeInitial: '400', incomeAdjusted: '520' };
    const v = factsOf(data);
    expect(v['budget.expenditure.initial']).toMatchObject({ status: 'ok', value: '400' });
    expect(v['budget.expenditure.adjusted']).toMatchObject({ status: 'ok', value: '520' });
    expect(v['budget.supplementary']).toMatchObject({ status: 'ok', value: '120' });
    expect(v['budget.income.initial']).toMatchObject({ status: 'ok', value: '400' });
    expect(v['budget.income.adjusted']).toMatchObject({ status: 'ok', value: '520' });
    // Sichuan: 预算执行数 ÷ 调整后预算数 = 505 ÷ 520
    expect(v['budget.executionRate']).toMatchObject({ status: 'ok' });
    expect(String((v['budget.executionRate'] as { value: string }).value).slice(0, 8)).toBe('0.971153');
    // Hunan [S]: (134.36 + 400 + 120 − 71.08) ÷ (134.36 + 400 + 120) = 583.28 ÷ 654.36
    expect(String((v['budget.availableExecutionRate'] as { value: string }).value).slice(0, 8)).toBe('0.891374');
    expect(findFactDefinition('budget.executionRate')?.basis).toContain('四川');
  });

  it('are unavailable naming the field when left out — no fallback to 0 or to the initial budget', () => {
    const data = fixture();
    (data.ledger as Json).budget = { initial: '400' };
    const v = factsOf(data);
    expect(v['budget.executionRate']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.budget.adjusted' });
    expect(v['budget.availableExecutionRate']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.budget.supplementary' });
    expect(v['budget.income.initial']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.budget.incomeInitial' });
  });

  it('a prior-year 三公 budget stated only as a total feeds the prior-year budget total', () => {
    const data = fixture();
    const t = data.threePublicFunds as Json;
    t.statedTotal = { ...(t.statedTotal as Json | undefined), priorYearBudget: '2.5', priorYearActual: '1.9' };
    const v = factsOf(data);
    expect(v['threePublic.total.priorYearBudget']).toMatchObject({ status: 'ok', value: '2.5' });
    expect(v['threePublic.total.priorYearActual']).toMatchObject({ status: 'ok', value: '1.9' });
  });
});
