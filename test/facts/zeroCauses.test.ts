import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeFacts, type FactValue } from '../../src/facts/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';

const FIXTURE = fileURLToPath(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));
const raw = (): Record<string, any> => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, any>;
const factsOf = (data: unknown): Readonly<Record<string, FactValue>> => computeFacts(parseEvaluationInput(data)).values;
const cause = (f: FactValue | undefined): string | undefined => (f?.status === 'unavailable' ? f.cause : `ok ${f?.value as string}`);
const ITEMS = ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'];

describe('ratio facts say, as a code, why they are unavailable', () => {
  it('0 ÷ 0, non-zero ÷ 0 and a missing side are three different causes', () => {
    const data = raw();
    for (const item of ITEMS) data.threePublicFunds[item] = { budget: '0', actual: '0', priorYearActual: '0' };
    const clean = factsOf(data);
    expect(cause(clean['ratio.threePublicControl'])).toBe('zeroOverZero');
    expect(cause(clean['ratio.threePublicChange'])).toBe('zeroOverZero');
    const zh = clean['ratio.threePublicControl'];
    expect(zh?.status === 'unavailable' && [zh.reason, zh.reasonEn]).toEqual([
      '“三公”经费预算数为 0，“三公”经费实际数也为 0（0÷0），无法计算比率',
      '"three public" budget and "three public" actual are both zero (0 ÷ 0)',
    ]);

    data.threePublicFunds.reception.actual = '0.40';
    const spent = factsOf(data);
    expect(cause(spent['ratio.threePublicControl'])).toBe('zeroDenominator');
    expect(cause(spent['ratio.threePublicChange'])).toBe('zeroDenominator');

    delete data.threePublicFunds.reception.priorYearActual;
    expect(cause(factsOf(data)['ratio.threePublicChange'])).toBe('missing');
  });

  it('the carry-over change rate over a zero prior carry-over is zeroDenominator, or zeroOverZero when nothing is carried out', () => {
    const data = raw();
    data.ledger.income.carriedIn = '0';
    expect(cause(factsOf(data)['ratio.carryOverChange'])).toBe('zeroDenominator');
    data.ledger.carryOut = { total: '0' };
    expect(cause(factsOf(data)['ratio.carryOverChange'])).toBe('zeroOverZero');
  });
});

describe('the 三公 change rate on either basis (budget or actual)', () => {
  it('ratio.threePublicBudgetChange is (this year budget − prior-year budget) ÷ prior-year budget, apart from the actual basis', () => {
    const data = raw();
    for (const item of ITEMS) Object.assign(data.threePublicFunds[item], { priorYearBudget: '0', priorYearActual: '0' });
    data.threePublicFunds.reception.priorYearBudget = '1.00';
    data.threePublicFunds.reception.priorYearActual = '0.40';
    const f = factsOf(data);
    expect(cause(f['ratio.threePublicBudgetChange'])).toBe('ok -0.2'); // (0.80 − 1.00) ÷ 1.00
    expect(cause(f['ratio.threePublicChange'])).toBe('ok 1'); // (0.80 − 0.40) ÷ 0.40
  });

  it('the budget basis falls back to the stated 三公 budget total when the items give no budget', () => {
    const data = raw();
    for (const item of ITEMS) data.threePublicFunds[item] = { actual: '0', priorYearBudget: '0' };
    data.threePublicFunds.reception = { actual: '0.80', priorYearBudget: '0.50' };
    data.threePublicFunds.statedTotal = { budget: '1.00' };
    const f = factsOf(data);
    expect(f['threePublic.total.budget']?.status).toBe('unavailable');
    expect(cause(f['ratio.threePublicBudgetChange'])).toBe('ok 1'); // (1.00 − 0.50) ÷ 0.50
  });
});
