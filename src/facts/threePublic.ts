import { canonicalAmount, isZeroAmount } from '../model/money/arithmetic.js';
import { THREE_PUBLIC_CODES, THREE_PUBLIC_ITEMS, type ThreePublicFunds, type ThreePublicItem } from '../model/schema/threePublicFunds.js';
import { enteredMoney, notEntered } from './internal/absent.js';
import {
  type FactRecord,
  change,
  missingMoney,
  moneyOf,
  moneyWithoutParts,
  optMoney,
  ratio,
  ratioTerms,
  statedMoney,
  unavailable,
} from './internal/factValue.js';
import { type InputFields, fillField } from './internal/inputField.js';
import { EMPTY_SUM, type Sum, sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const NO_ITEM_BUDGET = unavailable('money', 'noItemBudget', {});
const NO_PRIOR_ACTUALS = unavailable('money', 'noPriorActuals', {});
const NO_PRIOR_BUDGETS = unavailable('money', 'noPriorBudgets', {});
const NO_THREE_PUBLIC_BUDGET = unavailable('ratio', 'noThreePublicBudget', {});

const ITEM_ACTUAL = 'threePublicFunds.{item}.actual';
const ITEM_BUDGET = 'threePublicFunds.{item}.budget';

/** The input field each stated “三公” fact is read from (see `FactDefinition.input`). @internal */
export const THREE_PUBLIC_INPUT: InputFields = {
  'threePublic.{item}.budget': ITEM_BUDGET,
  'threePublic.{item}.actual': ITEM_ACTUAL,
  'threePublic.{item}.priorYearBudget': 'threePublicFunds.{item}.priorYearBudget',
  'threePublic.{item}.priorYearActual': 'threePublicFunds.{item}.priorYearActual',
  'threePublic.total.statedBudget': 'threePublicFunds.statedTotal.budget',
  'threePublic.total.statedActual': 'threePublicFunds.statedTotal.actual',
};

/** The facts of figures left out, built once (see `missingMoney`). */
const NO_ITEM_PRIOR_ACTUAL = missingMoney('itemPriorActual');
const NO_ITEM_PRIOR_BUDGET = missingMoney('itemPriorBudget');
const NO_STATED_BUDGET = missingMoney('threePublicBudgetStated');
const NO_STATED_ACTUAL = missingMoney('threePublicActualStated');

type Figure = 'actual' | 'budget' | 'priorYearActual' | 'priorYearBudget';

/** The amounts of one figure given for the items (an item without it adds nothing). */
const given = (t: ThreePublicFunds, figure: Figure): string[] => THREE_PUBLIC_ITEMS.flatMap((item) => t[item]?.[figure] ?? []);

/** Are all four items' figures given? */
const allGiven = (t: ThreePublicFunds, figure: Figure): boolean => THREE_PUBLIC_ITEMS.every((item) => t[item]?.[figure] !== undefined);

/** The first item whose `figure` was left out, as its input path. */
const firstMissing = (t: ThreePublicFunds, figure: Figure): string | undefined => {
  const item = THREE_PUBLIC_ITEMS.find((i) => t[i]?.[figure] === undefined);
  return item === undefined ? undefined : `threePublicFunds.${item}.${figure}`;
};

/** The names of an item's facts and the input field of its actual figure. */
interface ItemNames {
  readonly actual: string;
  readonly budget: string;
  readonly priorYearActual: string;
  readonly priorYearBudget: string;
  readonly ledger: string;
  readonly actualField: string;
}

/**
 * Each item's fact names and actual field, built once at load from the fixed list of items: a call
 * neither builds these strings again nor fills the field template.
 */
const ITEM_NAMES: Readonly<Record<ThreePublicItem, ItemNames>> = Object.fromEntries(
  THREE_PUBLIC_ITEMS.map((item) => [
    item,
    {
      actual: `threePublic.${item}.actual`,
      budget: `threePublic.${item}.budget`,
      priorYearActual: `threePublic.${item}.priorYearActual`,
      priorYearBudget: `threePublic.${item}.priorYearBudget`,
      ledger: `threePublic.${item}.ledger`,
      actualField: fillField(ITEM_ACTUAL, { item }),
    },
  ]),
) as Record<ThreePublicItem, ItemNames>;

/** The facts of one item: its figures (each may be missing) and what the ledger lines of its economic code add up to. */
function itemFacts(t: ThreePublicFunds, item: ThreePublicItem, ledger: ReadonlyMap<string, Sum>, facts: FactRecord): void {
  const f = t[item];
  const names = ITEM_NAMES[item];
  facts[names.actual] = enteredMoney(f?.actual, names.actualField);
  facts[names.budget] = f?.budget !== undefined ? statedMoney(f.budget) : NO_ITEM_BUDGET;
  facts[names.priorYearActual] = optMoney(f?.priorYearActual, NO_ITEM_PRIOR_ACTUAL);
  facts[names.priorYearBudget] = optMoney(f?.priorYearBudget, NO_ITEM_PRIOR_BUDGET);
  facts[names.ledger] = moneyWithoutParts(ledger.get(THREE_PUBLIC_CODES[item]) ?? EMPTY_SUM);
}

const CONTROL = ratioTerms('threePublicActual', 'threePublicBudget');
const CHANGE = ratioTerms('threePublicActual', 'threePublicPriorActual');
const BUDGET_CHANGE = ratioTerms('threePublicBudgetNum', 'threePublicPriorBudget');

/** The totals of the four items and their ratios, when the figures they need are given. */
function totalFacts(t: ThreePublicFunds, facts: FactRecord): void {
  // the first item with spending but no budget makes the budget total unknown
  // (an item whose actual is not given counts as having spending: nothing is assumed about it)
  const budgetMissingFor = THREE_PUBLIC_ITEMS.find((item) => {
    const f = t[item];
    return f?.budget === undefined && !(f?.actual !== undefined && isZeroAmount(f.actual));
  });
  // absent is not zero: the actual total needs every item's actual
  const actualMissing = firstMissing(t, 'actual');
  const actual = actualMissing === undefined ? sumOf(given(t, 'actual')) : undefined;
  const budget = budgetMissingFor === undefined ? sumOf(given(t, 'budget')) : undefined;
  // prior-year totals: the four items' sum, else the total the report states (statedTotal.priorYear…)
  const stated = (v: string | undefined): Sum | undefined => (v === undefined ? undefined : sumOf([v]));
  const priorActual = allGiven(t, 'priorYearActual') ? sumOf(given(t, 'priorYearActual')) : stated(t.statedTotal?.priorYearActual);
  const priorBudget = allGiven(t, 'priorYearBudget') ? sumOf(given(t, 'priorYearBudget')) : stated(t.statedTotal?.priorYearBudget);
  // the items' budget total, else the budget total the report states (a report may give only the total)
  const budgetBasis = budget?.value ?? (t.statedTotal?.budget !== undefined ? canonicalAmount(t.statedTotal.budget) : undefined);
  const noActual = (type: 'money' | 'ratio'): FactValue => notEntered(type, actualMissing ?? 'threePublicFunds');
  const noBudget = (type: 'money' | 'ratio'): FactValue =>
    budgetMissingFor !== undefined && t[budgetMissingFor]?.actual === undefined
      ? notEntered(type, fillField(ITEM_BUDGET, { item: budgetMissingFor }))
      : unavailable(type, 'budgetMissingFor', { item: budgetMissingFor ?? '' });
  facts['threePublic.total.actual'] = actual ? moneyOf(actual) : noActual('money');
  facts['threePublic.total.budget'] = budget ? moneyOf(budget) : noBudget('money');
  facts['threePublic.total.priorYearActual'] = priorActual ? moneyOf(priorActual) : NO_PRIOR_ACTUALS;
  facts['threePublic.total.priorYearBudget'] = priorBudget ? moneyOf(priorBudget) : NO_PRIOR_BUDGETS;
  facts['threePublic.total.statedBudget'] = optMoney(t.statedTotal?.budget, NO_STATED_BUDGET);
  facts['threePublic.total.statedActual'] = optMoney(t.statedTotal?.actual, NO_STATED_ACTUAL);
  facts['ratio.threePublicControl'] = !actual ? noActual('ratio') : budgetBasis !== undefined ? ratio(actual.value, budgetBasis, CONTROL) : noBudget('ratio');
  facts['ratio.threePublicChange'] = actual ? change(actual.value, priorActual?.value, CHANGE) : noActual('ratio');
  facts['ratio.threePublicBudgetChange'] = budgetBasis ? change(budgetBasis, priorBudget?.value, BUDGET_CHANGE) : NO_THREE_PUBLIC_BUDGET;
}

/**
 * “三公”经费 facts: each item's figures and ledger sum, then the totals and the control and change
 * rates, written into `facts`. `ledger`: the sums of the expenditure lines by economic class and
 * code. @internal
 */
export function threePublicFacts(t: ThreePublicFunds, ledger: ReadonlyMap<string, Sum>, facts: FactRecord): void {
  for (const item of THREE_PUBLIC_ITEMS) itemFacts(t, item, ledger, facts);
  totalFacts(t, facts);
}
