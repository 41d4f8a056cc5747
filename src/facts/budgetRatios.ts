import type { Ledger } from '../model/schema/ledger.js';
import { PRIOR_CARRY_OVER_FIELD, priorCarryOver } from './carryOver.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, change, ratio, ratioTerms } from './internal/factValue.js';
import type { LineSums } from './internal/lineSums.js';
import type { Sum } from './internal/sum.js';

const COMPLETION = ratioTerms('spending', 'expenditureBudget');
const ADJUSTMENT = ratioTerms('adjustments', 'initialBudget');
const PAYMENT_PROGRESS = ratioTerms('actualProgress', 'targetProgress');
const CARRY_OVER = ratioTerms('carryOut', 'expenditureBudget');
const CARRY_OVER_CHANGE = ratioTerms('carryOut', 'priorCarryOver');
const PUBLIC_EXPENSE_CONTROL = ratioTerms('publicExpenseLines', 'budgetedPublicExpenses');
const KEY_EXPENDITURE = ratioTerms('keyProjects', 'projectTotal');

/**
 * Budget ratios of the common framework (财预〔2013〕53号): completion, adjustment, payment progress,
 * carry-over and its change, public-expense control and key expenditure. `spending` is the best
 * available current spending (see `currentSpending`). Written into `facts`. @internal
 */
export function budgetRatioFacts(ledger: Ledger, spending: Sum | undefined, lines: LineSums, facts: FactRecord): void {
  const budget = ledger.budget;
  const adjusted = budget?.adjusted ?? budget?.initial;
  const carryOut = ledger.carryOut?.total;
  const prior = priorCarryOver(ledger);
  facts['ratio.budgetCompletion'] = ratio(spending?.value, adjusted, COMPLETION);
  facts['ratio.budgetAdjustment'] = ratio(budget?.adjustments, budget?.initial, ADJUSTMENT);
  facts['ratio.paymentProgress'] = ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, PAYMENT_PROGRESS);
  facts['ratio.carryOver'] = carryOut === undefined ? notEntered('ratio', 'ledger.carryOut.total') : ratio(carryOut, adjusted, CARRY_OVER);
  facts['ratio.carryOverChange'] =
    carryOut === undefined
      ? notEntered('ratio', 'ledger.carryOut.total')
      : prior === undefined
        ? notEntered('ratio', PRIOR_CARRY_OVER_FIELD)
        : change(carryOut, prior, CARRY_OVER_CHANGE);
  facts['ratio.publicExpenseControl'] = ratio(lines.count > 0 ? lines.publicExpenses.value : undefined, budget?.publicExpenses, PUBLIC_EXPENSE_CONTROL);
  facts['ratio.keyExpenditure'] = ratio(budget?.keyProjects, budget?.projectTotal, KEY_EXPENDITURE);
}
