/**
 * Why a fact is unavailable, in words: the message tables of the facts layer. A reason is a code
 * with parameters; each locale's table turns it into a sentence, and the names a sentence uses
 * (the sides of a ratio, a stated figure) come from the same locale's terms.
 *
 * @internal
 */
import type { Locale } from '../issues.js';
import { factMessagesEn } from './facts.en.js';
import { factMessagesZhCN } from './facts.zh-CN.js';

/** The figures a reason can name. */
export type FactTerm =
  | 'incomeTotalStated'
  | 'basicStated'
  | 'projectStated'
  | 'totalStated'
  | 'grandTotalStated'
  | 'threePublicBudgetStated'
  | 'threePublicActualStated'
  | 'itemPriorActual'
  | 'itemPriorBudget'
  | 'procurementActual'
  | 'procurementBudget'
  | 'spending'
  | 'expenditureBudget'
  | 'adjustments'
  | 'initialBudget'
  | 'actualProgress'
  | 'targetProgress'
  | 'carryOut'
  | 'priorCarryOver'
  | 'publicExpenseLines'
  | 'budgetedPublicExpenses'
  | 'keyProjects'
  | 'projectTotal'
  | 'threePublicActual'
  | 'threePublicBudget'
  | 'threePublicBudgetNum'
  | 'threePublicPriorActual'
  | 'threePublicPriorBudget'
  | 'inPostStaff'
  | 'authorizedStaff'
  | 'assetsInUse'
  | 'fixedAssets'
  | 'completedWork'
  | 'onTimeWork'
  | 'qualifiedWork'
  | 'plannedWork'
  | 'keyCompleted'
  | 'keyAssigned'
  | 'satisfied'
  | 'respondents'
  | 'departmentBudget'
  | 'finalAccounts'
  | 'approvalDate'
  | 'publicationDate';

type None = Readonly<Record<never, never>>;

/** Each reason code with the parameters its sentence needs. */
export interface FactReasonParams {
  /** A figure needed was not given. */
  readonly missing: { readonly term: FactTerm };
  /** A ratio's denominator is zero. */
  readonly zero: { readonly term: FactTerm };
  readonly noLines: None;
  readonly noCapitalLines: None;
  readonly noProjects: None;
  readonly noEconomicClasses: None;
  readonly noFunctionalClasses: None;
  readonly noCurrentSpending: None;
  readonly noCarryOutSplit: None;
  readonly carryOutPartMissing: None;
  readonly noSurplus: None;
  readonly noItemBudget: None;
  readonly budgetMissingFor: { readonly item: string };
  readonly noPriorActuals: None;
  readonly noPriorBudgets: None;
  readonly noThreePublicBudget: None;
  readonly authorizedNotStated: None;
  readonly actualNotStated: None;
  readonly controlsEffectiveness: None;
  readonly assetsRegistration: None;
  readonly assetCards: None;
  readonly dynamicManagement: None;
  readonly reconciliation: None;
  readonly disposals: None;
  readonly debtApproval: None;
  readonly noDisclosureDates: None;
  readonly noPlannedTasks: None;
  readonly noKeyTasks: None;
  readonly noSatisfactionSurvey: None;
  /** A disclosure item of `year` lacks a date (`field`). */
  readonly disclosureFieldMissing: { readonly year: number; readonly doc: FactTerm; readonly field: FactTerm };
  /** No disclosure of `doc` for `year` or later. */
  readonly noDisclosure: { readonly year: number; readonly doc: FactTerm };
  readonly basicProjectNotBoth: None;
  readonly noSpendingForDerived: None;
  /** A ratio's numerator and denominator are both zero (0 ÷ 0). */
  readonly zeroOverZero: { readonly term: FactTerm; readonly num: FactTerm };
  /** An input field the fact needs was left out (absent is not zero): `field` is its path, e.g. `ledger.income.carriedIn`. */
  readonly notEntered: { readonly field: string };
}

/** A reason code. */
export type FactReason = keyof FactReasonParams;

/** One locale's table: the terms, and a sentence per reason (given its parameters and the terms). */
export interface FactMessages {
  readonly terms: Readonly<Record<FactTerm, string>>;
  readonly reasons: { readonly [K in FactReason]: (p: FactReasonParams[K], terms: Readonly<Record<FactTerm, string>>) => string };
}

const TABLES: Readonly<Record<Locale, FactMessages>> = { 'zh-CN': factMessagesZhCN, en: factMessagesEn };

/** The sentence of a fact reason in `locale`. @internal */
export function factReason<K extends FactReason>(reason: K, params: FactReasonParams[K], locale: Locale): string {
  const table = TABLES[locale];
  const sentence: (p: FactReasonParams[K], terms: FactMessages['terms']) => string = table.reasons[reason];
  return sentence(params, table.terms);
}
