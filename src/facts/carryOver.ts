import { compareAmounts } from '../model/money/arithmetic.js';
import type { Ledger } from '../model/schema/ledger.js';
import type { FactValue } from './types.js';
import { enteredMoney, notEntered } from './internal/absent.js';
import { type FactRecord, moneyOf, text, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const CARRY_OUT_PART_MISSING = unavailable('money', 'carryOutPartMissing', {});
const NO_CARRY_OUT_SPLIT = unavailable('money', 'noCarryOutSplit', {});
const NO_SURPLUS = unavailable('money', 'noSurplus', {});

type CarryPart = NonNullable<Ledger['carryOut']>['basic'];

/** The amounts of one part of the carry-out: what is carried forward, and the surplus when stated. */
const amountsOf = (p: NonNullable<CarryPart>): string[] => (p.surplus !== undefined ? [p.carryForward, p.surplus] : [p.carryForward]);

const part = (p: CarryPart): FactValue => (p ? moneyOf(sumOf(amountsOf(p))) : CARRY_OUT_PART_MISSING);

/** The carry-over at the end of last year: stated in the budget, else what this year's income carried in; undefined when neither is given. @internal */
export const priorCarryOver = (ledger: Ledger): string | undefined => ledger.budget?.priorYearCarryOver ?? ledger.income?.carriedIn;

/** The field to name when last year's carry-over is not given. @internal */
export const PRIOR_CARRY_OVER_FIELD = 'ledger.income.carriedIn';

/** How this year's carry-out compares with last year's: none, not above, or above. */
function versusPrior(total: string, prior: string): FactValue {
  const value = compareAmounts(total, '0') === 0 ? 'none' : compareAmounts(total, prior) <= 0 ? 'notAbove' : 'above';
  return text(value);
}

/**
 * Carry-over facts: the carry-out at year end in total and by basic/project part, its surplus,
 * and last year's carry-over to compare it with. Written into `facts`. @internal
 */
export function carryOverFacts(ledger: Ledger, facts: FactRecord): void {
  const { total, basic, project } = ledger.carryOut ?? {};
  const split = basic !== undefined || project !== undefined;
  const parts = [basic, project].filter((p) => p !== undefined);
  const prior = priorCarryOver(ledger);
  facts['carryOut.total'] = enteredMoney(total, 'ledger.carryOut.total');
  facts['carryOut.parts'] = split ? moneyOf(sumOf(parts.flatMap(amountsOf))) : NO_CARRY_OUT_SPLIT;
  facts['carryOut.basic'] = part(basic);
  facts['carryOut.project'] = part(project);
  facts['carryOut.surplus'] = split ? moneyOf(sumOf(parts.flatMap((p) => (p.surplus !== undefined ? [p.surplus] : [])))) : NO_SURPLUS;
  facts['carryOut.prior'] = enteredMoney(prior, PRIOR_CARRY_OVER_FIELD);
  facts['carryOut.vsPrior'] =
    total === undefined
      ? notEntered('text', 'ledger.carryOut.total')
      : prior === undefined
        ? notEntered('text', PRIOR_CARRY_OVER_FIELD)
        : versusPrior(total, prior);
}
