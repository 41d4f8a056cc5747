import type { Ledger } from '../model/schema/ledger.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, count, moneyOf, optMoney, statedMoney, unavailable } from './internal/factValue.js';
import type { FactValue } from './types.js';
import type { LineSums } from './internal/lineSums.js';
import type { InputFields } from './internal/inputField.js';
import { EMPTY_SUM, type Sum, addSums, sumOf } from './internal/sum.js';

type Expenditure = Ledger['expenditure'];
/** A stated amount of a class or code (economic or functional). */
type StatedCode = Expenditure['byEconomic'][number] | Expenditure['byFunctional'][number];

/** The input field each stated expenditure fact is read from (see `FactDefinition.input`). @internal */
export const EXPENDITURE_INPUT: InputFields = {
  'expenditure.grandTotal.stated': 'ledger.expenditure.grandTotal',
  'expenditure.total.stated': 'ledger.expenditure.total',
  'expenditure.basic.stated': 'ledger.expenditure.basic',
  'expenditure.project.stated': 'ledger.expenditure.project',
  'expenditure.economic.{code}.stated': 'ledger.expenditure.byEconomic[code={code}].amount',
  'expenditure.functional.{code}.stated': 'ledger.expenditure.byFunctional[code={code}].amount',
};

const noLines = (): FactValue => unavailable('money', 'noLines', {});

/** The stated amounts of the three-digit (类) codes. */
const statedClasses = (stated: readonly StatedCode[]): string[] => stated.filter((s) => s.code.length === 3).map((s) => s.amount);

/**
 * The best available current spending: the stated total, else the sum of the lines, else the sum
 * of the stated economic classes; undefined when there is none. computeFacts works it out once and
 * hands it to every subject that needs it. @internal
 */
export function currentSpending(ex: Expenditure, lines: LineSums): Sum | undefined {
  if (ex.total !== undefined) return sumOf([ex.total]);
  if (lines.count > 0) return addSums([lines.basic, lines.project]);
  const classes = statedClasses(ex.byEconomic);
  return classes.length > 0 ? sumOf(classes) : undefined;
}

/** Totals of the lines: in all, by nature, capital spending and public expenses. */
function lineTotals(lines: LineSums, facts: FactRecord): void {
  const has = lines.count > 0;
  facts['expenditure.total.lines'] = has ? moneyOf({ value: addSums([lines.basic, lines.project]).value, parts: lines.count }) : noLines();
  facts['expenditure.lines.count'] = count(lines.count);
  facts['expenditure.basic.lines'] = has ? moneyOf(lines.basic) : noLines();
  facts['expenditure.project.lines'] = has ? moneyOf(lines.project) : noLines();
  facts['expenditure.capital.lines'] = has ? moneyOf(lines.capital) : noLines();
  facts['expenditure.capital.maxLine'] = lines.capitalMax !== undefined ? statedMoney(lines.capitalMax) : unavailable('money', 'noCapitalLines', {});
  facts['expenditure.publicExpenses.lines'] = has ? moneyOf(lines.publicExpenses) : noLines();
}

/**
 * Every stated and summed class and code, written into `stated` and `summed`: stated amounts, then
 * sums of lines (line order, then stated order).
 */
function byCode(
  kind: 'economic' | 'functional',
  stated: readonly StatedCode[],
  sums: ReadonlyMap<string, Sum>,
  hasLines: boolean,
  into: { readonly stated: FactRecord; readonly summed: FactRecord },
): void {
  for (const s of stated) into.stated[`expenditure.${kind}.${s.code}.stated`] = statedMoney(s.amount);
  const line = (code: string): void => {
    into.summed[`expenditure.${kind}.${code}.lines`] = hasLines ? moneyOf(sums.get(code) ?? EMPTY_SUM) : noLines();
  };
  for (const code of sums.keys()) line(code);
  for (const s of stated) line(s.code);
}

/**
 * Expenditure facts, written into `facts`: the lines' totals, stated and summed amounts by economic
 * and functional class and code, and the stated totals beside the computed grand total (current
 * spending plus carry-out; unavailable, naming `ledger.carryOut.total`, when the carry-out was left
 * out). `spending`: the best available current spending (see `currentSpending`). @internal
 */
export function expenditureFacts(ex: Expenditure, carryOutTotal: string | undefined, lines: LineSums, spending: Sum | undefined, facts: FactRecord): void {
  lineTotals(lines, facts);
  facts['expenditure.basic.stated'] = optMoney(ex.basic, 'basicStated');
  facts['expenditure.project.stated'] = optMoney(ex.project, 'projectStated');
  facts['expenditure.projects.total'] = ex.projects.length > 0 ? moneyOf(sumOf(ex.projects.map((p) => p.amount))) : unavailable('money', 'noProjects', {});
  // Stated amounts of both kinds come before the sums of lines of both kinds.
  const summed: FactRecord = {};
  const has = lines.count > 0;
  byCode('economic', ex.byEconomic, lines.economic, has, { stated: facts, summed });
  byCode('functional', ex.byFunctional, lines.functional, has, { stated: facts, summed });
  for (const name in summed) facts[name] = summed[name] as FactValue;
  const economicClasses = statedClasses(ex.byEconomic);
  const functionalClasses = statedClasses(ex.byFunctional);
  facts['expenditure.total.economic'] = economicClasses.length > 0 ? moneyOf(sumOf(economicClasses)) : unavailable('money', 'noEconomicClasses', {});
  facts['expenditure.total.functional'] = functionalClasses.length > 0 ? moneyOf(sumOf(functionalClasses)) : unavailable('money', 'noFunctionalClasses', {});
  facts['expenditure.total.stated'] = optMoney(ex.total, 'totalStated');
  facts['expenditure.grandTotal.stated'] = optMoney(ex.grandTotal, 'grandTotalStated');
  facts['expenditure.grandTotal.computed'] =
    spending === undefined
      ? unavailable('money', 'noCurrentSpending', {})
      : carryOutTotal === undefined
        ? notEntered('money', 'ledger.carryOut.total')
        : moneyOf(addSums([spending, sumOf([carryOutTotal])]));
}
