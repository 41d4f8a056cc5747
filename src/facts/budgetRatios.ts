import type { Ledger } from '../model/schema/ledger.js';
import { PRIOR_CARRY_OVER_FIELD, priorCarryOver } from './carryOver.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, change, ratio } from './internal/factValue.js';
import type { LineSums } from './internal/lineSums.js';
import type { Sum } from './internal/sum.js';

/**
 * Budget ratios of the common framework (财预〔2013〕53号): completion, adjustment, payment progress,
 * carry-over and its change, public-expense control and key expenditure. `spending` is the best
 * available current spending (see `currentSpending`). @internal
 */
export function budgetRatioFacts(ledger: Ledger, spending: Sum | undefined, lines: LineSums): FactRecord {
  const budget = ledger.budget;
  const adjusted = budget?.adjusted ?? budget?.initial;
  const carryOut = ledger.carryOut?.total;
  const prior = priorCarryOver(ledger);
  return {
    'ratio.budgetCompletion': ratio(spending?.value, adjusted, { num: 'spending', den: 'expenditureBudget' }),
    'ratio.budgetAdjustment': ratio(budget?.adjustments, budget?.initial, { num: 'adjustments', den: 'initialBudget' }),
    'ratio.paymentProgress': ratio(budget?.paymentProgressActual, budget?.paymentProgressTarget, { num: 'actualProgress', den: 'targetProgress' }),
    'ratio.carryOver':
      carryOut === undefined ? notEntered('ratio', 'ledger.carryOut.total') : ratio(carryOut, adjusted, { num: 'carryOut', den: 'expenditureBudget' }),
    'ratio.carryOverChange':
      carryOut === undefined
        ? notEntered('ratio', 'ledger.carryOut.total')
        : prior === undefined
          ? notEntered('ratio', PRIOR_CARRY_OVER_FIELD)
          : change(carryOut, prior, { num: 'carryOut', den: 'priorCarryOver' }),
    'ratio.publicExpenseControl': ratio(lines.count > 0 ? lines.publicExpenses.value : undefined, budget?.publicExpenses, {
      num: 'publicExpenseLines',
      den: 'budgetedPublicExpenses',
    }),
    'ratio.keyExpenditure': ratio(budget?.keyProjects, budget?.projectTotal, { num: 'keyProjects', den: 'projectTotal' }),
  };
}
