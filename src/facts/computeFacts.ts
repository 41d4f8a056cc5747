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
  return computeFactsThen(input, NO_STEP).facts;
}

/** What {@link computeFactsThen}'s step derives from the facts: more facts, and its own result. @internal */
export interface FactsStep<T> {
  /** Facts added after the derived ones (a derived fact of the same name takes the new value in its place). */
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly result: T;
}

const NO_FACTS: Readonly<Record<string, FactValue>> = Object.freeze({});
const NO_STEP = (): FactsStep<undefined> => ({ facts: NO_FACTS, result: undefined });

/**
 * {@link computeFacts}, then `step` on the facts (evaluate runs the rules there), whose facts (the
 * finding counts) are added to the same values record before it is frozen: one record, instead of a
 * copy of every derived fact into a second. `step` is called once, with facts whose values are not
 * frozen yet, and must only read them. @internal
 */
export function computeFactsThen<T>(input: EvaluationInput, step: (facts: Facts) => FactsStep<T>): { readonly facts: Facts; readonly result: T } {
  const { ledger } = input;
  const lines = sumLines(ledger.expenditure.lines);
  // Worked out once for the three subjects that read it (it was computed three times).
  const spending = currentSpending(ledger.expenditure, lines);
  // Every subject writes into this one record, in this order, and each value is frozen where it is
  // made: no per-subject records merged and frozen name by name afterwards.
  const values: FactRecord = {};
  incomeFacts(ledger.income, values);
  expenditureFacts(ledger.expenditure, ledger.carryOut?.total, lines, spending, values);
  carryOverFacts(ledger, values);
  budgetRatioFacts(ledger, spending, lines, values);
  budgetFacts(ledger, spending, values);
  threePublicFacts(input.threePublicFunds, lines.economic, values);
  staffFacts(input.department.staffing, values);
  managementFacts(input, values);
  performanceFacts(input.performance, values);
  ruleSupportFacts(input, values);
  const sets = factSets(input, lines, statedTotalFacts(input, values));
  const precision = input.precision ?? 2;
  const facts: Facts = Object.freeze({ values, halfUnit: halfUnitOf(precision, input.unit), precision, unit: input.unit, sets });
  const more = step(facts);
  Object.assign(values, more.facts);
  Object.freeze(values);
  return { facts, result: more.result };
}
