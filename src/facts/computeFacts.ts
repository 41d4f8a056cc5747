import { halfUnitOf } from '../model/money/arithmetic.js';
import type { EvaluationInput } from '../model/schema/input.js';
import { budgetFacts } from './budget.js';
import { budgetRatioFacts } from './budgetRatios.js';
import { carryOverFacts } from './carryOver.js';
import { currentSpending, expenditureFacts } from './expenditure.js';
import { incomeFacts } from './income.js';
import { sumLines } from './internal/lineSums.js';
import { managementFacts } from './management.js';
import { performanceFacts } from './performance.js';
import { ruleSupportFacts } from './ruleSupport.js';
import { factSets } from './sets.js';
import { staffFacts } from './staff.js';
import { statedTotalFacts } from './statedTotals.js';
import { threePublicFacts } from './threePublic.js';
import type { FactValue, Facts } from './types.js';
import type { FactRecord } from './internal/factValue.js';

/**
 * Derive every named fact of one parsed input: totals and sums by class and code, basic/project
 * splits, 三公 totals, staffing counts, management booleans, and the ratios of the national
 * common framework. Pure and deterministic; facts that cannot be computed are `unavailable`
 * with the reason. The result is one frozen plain object (its values and sets frozen too): derive
 * more facts into a new object rather than changing it.
 *
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput } from 'jixiao';
 * const facts = computeFacts(parseEvaluationInput(data));
 * facts.values['income.total.computed']; // { status: 'ok', type: 'money', value: '576.08', parts: 2 }
 * ```
 */
export function computeFacts(input: EvaluationInput): Facts {
  const { ledger } = input;
  const lines = sumLines(ledger.expenditure.lines);
  const income = incomeFacts(ledger.income);
  const expenditure = expenditureFacts(ledger.expenditure, ledger.carryOut?.total, lines);
  const stated = statedTotalFacts(input);
  const subjects: readonly FactRecord[] = [
    income,
    expenditure,
    carryOverFacts(ledger),
    budgetRatioFacts(ledger, currentSpending(ledger.expenditure, lines), lines),
    budgetFacts(ledger, currentSpending(ledger.expenditure, lines)),
    threePublicFacts(input.threePublicFunds, lines.economic),
    staffFacts(input.department.staffing),
    managementFacts(input),
    performanceFacts(input.performance),
    ruleSupportFacts(input, income, expenditure),
    stated.values,
  ];
  const values: FactRecord = {};
  for (const facts of subjects) {
    for (const name in facts) values[name] = Object.freeze(facts[name] as FactValue);
  }
  const sets = { ...factSets(input, lines), ...stated.sets };
  for (const s of Object.values(sets)) Object.freeze(s);
  const precision = input.precision ?? 2;
  return Object.freeze({ values: Object.freeze(values), halfUnit: halfUnitOf(precision, input.unit), precision, unit: input.unit, sets: Object.freeze(sets) });
}
