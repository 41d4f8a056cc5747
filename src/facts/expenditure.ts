import type { Ledger } from '../model/schema/ledger.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, count, missingMoney, moneyOf, optMoney, statedMoney, unavailable } from './internal/factValue.js';
import type { LineSums } from './internal/lineSums.js';
import type { InputFields } from './internal/inputField.js';
import { EMPTY_SUM, type Sum, addSums, sumOf } from './internal/sum.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const NO_LINES = unavailable('money', 'noLines', {});
const NO_CAPITAL_LINES = unavailable('money', 'noCapitalLines', {});
const NO_PROJECTS = unavailable('money', 'noProjects', {});
const NO_ECONOMIC_CLASSES = unavailable('money', 'noEconomicClasses', {});
const NO_FUNCTIONAL_CLASSES = unavailable('money', 'noFunctionalClasses', {});
const NO_CURRENT_SPENDING = unavailable('money', 'noCurrentSpending', {});

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

/** The facts of the stated totals left out, built once (see `missingMoney`). */
const NOT_STATED = {
  basic: missingMoney('basicStated'),
  project: missingMoney('projectStated'),
  total: missingMoney('totalStated'),
  grandTotal: missingMoney('grandTotalStated'),
};

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
  facts['expenditure.total.lines'] = has ? moneyOf({ value: addSums([lines.basic, lines.project]).value, parts: lines.count }) : NO_LINES;
  facts['expenditure.lines.count'] = count(lines.count);
  facts['expenditure.basic.lines'] = has ? moneyOf(lines.basic) : NO_LINES;
  facts['expenditure.project.lines'] = has ? moneyOf(lines.project) : NO_LINES;
  facts['expenditure.capital.lines'] = has ? moneyOf(lines.capital) : NO_LINES;
  facts['expenditure.capital.maxLine'] = lines.capitalMax !== undefined ? statedMoney(lines.capitalMax) : NO_CAPITAL_LINES;
  facts['expenditure.publicExpenses.lines'] = has ? moneyOf(lines.publicExpenses) : NO_LINES;
}

/** The stated amount of every class and code of one kind, written into `facts`. */
function statedByCode(kind: 'economic' | 'functional', stated: readonly StatedCode[], facts: FactRecord): void {
  for (const s of stated) facts[`expenditure.${kind}.${s.code}.stated`] = statedMoney(s.amount);
}

/**
 * The sum of lines of every class and code of one kind, written into `facts`: the codes the lines
 * name, in line order, then the stated codes the lines do not name (a stated code the lines name
 * already has its fact: it is not built a second time).
 */
function summedByCode(
  kind: 'economic' | 'functional',
  stated: readonly StatedCode[],
  sums: ReadonlyMap<string, Sum>,
  hasLines: boolean,
  facts: FactRecord,
): void {
  sums.forEach((sum, code) => {
    facts[`expenditure.${kind}.${code}.lines`] = moneyOf(sum);
  });
  for (const s of stated) if (!sums.has(s.code)) facts[`expenditure.${kind}.${s.code}.lines`] = hasLines ? moneyOf(EMPTY_SUM) : NO_LINES;
}

/**
 * Expenditure facts, written into `facts`: the lines' totals, stated and summed amounts by economic
 * and functional class and code, and the stated totals beside the computed grand total (current
 * spending plus carry-out; unavailable, naming `ledger.carryOut.total`, when the carry-out was left
 * out). `spending`: the best available current spending (see `currentSpending`). @internal
 */
export function expenditureFacts(ex: Expenditure, carryOutTotal: string | undefined, lines: LineSums, spending: Sum | undefined, facts: FactRecord): void {
  lineTotals(lines, facts);
  facts['expenditure.basic.stated'] = optMoney(ex.basic, NOT_STATED.basic);
  facts['expenditure.project.stated'] = optMoney(ex.project, NOT_STATED.project);
  facts['expenditure.projects.total'] = ex.projects.length > 0 ? moneyOf(sumOf(ex.projects.map((p) => p.amount))) : NO_PROJECTS;
  // Stated amounts of both kinds come before the sums of lines of both kinds: written in that order
  // (not collected in a second record and copied over).
  statedByCode('economic', ex.byEconomic, facts);
  statedByCode('functional', ex.byFunctional, facts);
  summedByCode('economic', ex.byEconomic, lines.economic, lines.count > 0, facts);
  summedByCode('functional', ex.byFunctional, lines.functional, lines.count > 0, facts);
  const economicClasses = statedClasses(ex.byEconomic);
  const functionalClasses = statedClasses(ex.byFunctional);
  facts['expenditure.total.economic'] = economicClasses.length > 0 ? moneyOf(sumOf(economicClasses)) : NO_ECONOMIC_CLASSES;
  facts['expenditure.total.functional'] = functionalClasses.length > 0 ? moneyOf(sumOf(functionalClasses)) : NO_FUNCTIONAL_CLASSES;
  facts['expenditure.total.stated'] = optMoney(ex.total, NOT_STATED.total);
  facts['expenditure.grandTotal.stated'] = optMoney(ex.grandTotal, NOT_STATED.grandTotal);
  facts['expenditure.grandTotal.computed'] =
    spending === undefined
      ? NO_CURRENT_SPENDING
      : carryOutTotal === undefined
        ? notEntered('money', 'ledger.carryOut.total')
        : moneyOf(addSums([spending, sumOf([carryOutTotal])]));
}
