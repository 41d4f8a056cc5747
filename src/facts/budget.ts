import { subtractAmounts, sumAmounts } from '../model/money/arithmetic.js';
import type { Ledger } from '../model/schema/ledger.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, optMoney, ratio, ratioTerms } from './internal/factValue.js';
import type { Sum } from './internal/sum.js';
import type { FactValue } from './types.js';

const B = 'ledger.budget';

/** Current spending over the expenditure budget (both execution rates). */
const EXECUTION = ratioTerms('spending', 'expenditureBudget');

/** The facts of budget figures left out, each naming its field: built once, at load, shared (frozen). */
const NOT_ENTERED = {
  initial: notEntered('money', `${B}.initial`),
  adjusted: notEntered('money', `${B}.adjusted`),
  supplementary: notEntered('money', `${B}.supplementary`),
  incomeInitial: notEntered('money', `${B}.incomeInitial`),
  incomeAdjusted: notEntered('money', `${B}.incomeAdjusted`),
  adjustedRatio: notEntered('ratio', `${B}.adjusted`),
};

/**
 * 预算执行率 as Sichuan's 自评表 defines it [M]: 预算执行数 ÷ 调整后预算数 — current spending over the
 * adjusted expenditure budget, with no fallback to the initial budget (ratio.budgetCompletion has one).
 */
function executionRate(spending: Sum | undefined, adjusted: string | undefined): FactValue {
  if (adjusted === undefined) return NOT_ENTERED.adjustedRatio;
  return ratio(spending?.value, adjusted, EXECUTION);
}

/**
 * 预算完成率 on the funds available, as a Hunan template gives it [S]: (上年结转 + 年初预算 + 本年追加 −
 * 年末结转结余) ÷ (上年结转 + 年初预算 + 本年追加). Every term must be given: none is taken as 0.
 */
function availableExecutionRate(ledger: Ledger): FactValue {
  const terms: readonly [string | undefined, string][] = [
    [ledger.income?.carriedIn, 'ledger.income.carriedIn'],
    [ledger.budget?.initial, `${B}.initial`],
    [ledger.budget?.supplementary, `${B}.supplementary`],
    [ledger.carryOut?.total, 'ledger.carryOut.total'],
  ];
  const missing = terms.find(([v]) => v === undefined);
  if (missing !== undefined) return notEntered('ratio', missing[1]);
  const [carriedIn, initial, supplementary, carryOut] = terms.map(([v]) => v as string) as [string, string, string, string];
  const available = sumAmounts([carriedIn, initial, supplementary]);
  return ratio(subtractAmounts(available, carryOut), available, EXECUTION);
}

/**
 * Budget-side facts (issue #16 point 7): the income and expenditure budgets as entered (initial and
 * adjusted), the supplementary (追加) amount, and the execution rates built on them. A figure left
 * out is unavailable naming its field (`ledger.budget.…`). `spending`: the best available current
 * spending. Written into `facts`. @internal
 */
export function budgetFacts(ledger: Ledger, spending: Sum | undefined, facts: FactRecord): void {
  const b = ledger.budget;
  facts['budget.expenditure.initial'] = optMoney(b?.initial, NOT_ENTERED.initial);
  facts['budget.expenditure.adjusted'] = optMoney(b?.adjusted, NOT_ENTERED.adjusted);
  facts['budget.supplementary'] = optMoney(b?.supplementary, NOT_ENTERED.supplementary);
  facts['budget.income.initial'] = optMoney(b?.incomeInitial, NOT_ENTERED.incomeInitial);
  facts['budget.income.adjusted'] = optMoney(b?.incomeAdjusted, NOT_ENTERED.incomeAdjusted);
  facts['budget.executionRate'] = executionRate(spending, b?.adjusted);
  facts['budget.availableExecutionRate'] = availableExecutionRate(ledger);
}
