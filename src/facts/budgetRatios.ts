import type { Ledger } from '../model/schema/ledger.js';
import { PRIOR_CARRY_OVER_FIELD, priorCarryOver } from './carryOver.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, change, ratio } from './internal/factValue.js';
import type { LineSums } from './internal/lineSums.js';
import type { Sum } from './internal/sum.js';

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
  facts['ratio.budgetCompletion'] = ratio(spending?.value, adjusted, { num: 'spending', den: 'expenditureBudget' });
  facts['ratio.budgetAdjustment'] = ratio(budget?.adjustments, budget?.initial, { num: 'adjustments', den: 'initialBudget' });
  facts['ratio.paymentProgress'] = ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, { num: 'actualProgress', den: 'targetProgress' });
  facts['ratio.carryOver'] =
    carryOut === undefined ? notEntered('ratio', 'ledger.carryOut.total') : ratio(carryOut, adjusted, { num: 'carryOut', den: 'expenditureBudget' });
  facts['ratio.carryOverChange'] =
    carryOut === undefined
      ? notEntered('ratio', 'ledger.carryOut.total')
      : prior === undefined
        ? notEntered('ratio', PRIOR_CARRY_OVER_FIELD)
        : change(carryOut, prior, { num: 'carryOut', den: 'priorCarryOver' });
  facts['ratio.publicExpenseControl'] = ratio(lines.count > 0 ? lines.publicExpenses.value : undefined, budget?.publicExpenses, {
    num: 'publicExpenseLines',
    den: 'budgetedPublicExpenses',
  });
  facts['ratio.keyExpenditure'] = ratio(budget?.keyProjects, budget?.projectTotal, { num: 'keyProjects', den: 'projectTotal' });
}
