import { subtractAmounts } from '../model/money/arithmetic.js';
import type { EvaluationInput } from '../model/schema/input.js';
import type { FactTerm } from '../shared/messages/facts.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, moneyOf, text, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

/** Unavailable facts whose reason names nothing in the input: built once, at load, shared (frozen) by every result. */
const NO_SPENDING_FOR_DERIVED = unavailable('money', 'noSpendingForDerived', {});
const BASIC_PROJECT_NOT_BOTH = unavailable('money', 'basicProjectNotBoth', {});

type DisclosureItem = NonNullable<EvaluationInput['management']['disclosure']>['items'][number];

/** The disclosures the rules check: kind, the names of its two date facts, how many years before the fiscal year still count. */
const DISCLOSURES: readonly {
  readonly kind: DisclosureItem['kind'];
  readonly approvedOn: string;
  readonly publishedOn: string;
  readonly yearsBefore: number;
  readonly doc: FactTerm;
}[] = [
  { kind: 'budget', approvedOn: 'disclosure.budget.approvedOn', publishedOn: 'disclosure.budget.publishedOn', yearsBefore: 0, doc: 'departmentBudget' },
  {
    kind: 'final_accounts',
    approvedOn: 'disclosure.finalAccounts.approvedOn',
    publishedOn: 'disclosure.finalAccounts.publishedOn',
    yearsBefore: 1,
    doc: 'finalAccounts',
  },
];

/** The first of the latest items of `kind` from `minYear` on (what a stable sort by year, descending, puts first). */
function latest(items: readonly DisclosureItem[], kind: DisclosureItem['kind'], minYear: number): DisclosureItem | undefined {
  let found: DisclosureItem | undefined;
  for (const i of items) if (i.kind === kind && i.year >= minYear && (found === undefined || i.year > found.year)) found = i;
  return found;
}

/** Approval and publication dates of the disclosure items the rules check (latest qualifying year). */
function disclosureDates(input: EvaluationInput, facts: FactRecord): void {
  for (const { kind, approvedOn, publishedOn, yearsBefore, doc } of DISCLOSURES) {
    const minYear = input.report.fiscalYear - yearsBefore;
    const items = input.management.disclosure?.items;
    const item = items !== undefined ? latest(items, kind, minYear) : undefined;
    const date = (value: string | undefined, field: FactTerm): FactValue => {
      if (value) return text(value);
      if (items === undefined) return notEntered('text', 'management.disclosure.items');
      return item
        ? unavailable('text', 'disclosureFieldMissing', { year: item.year, doc, field })
        : unavailable('text', 'noDisclosure', { year: minYear, doc });
    };
    facts[approvedOn] = date(item?.approvedOn, 'approvalDate');
    facts[publishedOn] = date(item?.publishedOn, 'publicationDate');
  }
}

/** The parts of a money fact (1 when it has none). */
const partsOf = (f: FactValue & { readonly status: 'ok' }): number => ('parts' in f ? (f.parts ?? 1) : 1);

/** The carry-out implied by income minus current spending (may be negative), from the facts already derived. */
function derivedCarryOut(input: EvaluationInput, facts: FactRecord): FactValue {
  const income = facts['income.total.computed'];
  const spending = input.ledger.expenditure.total !== undefined ? facts['expenditure.total.stated'] : facts['expenditure.total.lines'];
  // an income total that is unavailable because a field was left out says which field
  if (income?.status === 'unavailable') return Object.freeze({ ...income, type: 'money' });
  if (income?.status !== 'ok' || spending?.status !== 'ok' || typeof income.value !== 'string' || typeof spending.value !== 'string') {
    return NO_SPENDING_FOR_DERIVED;
  }
  return moneyOf({ value: subtractAmounts(income.value, spending.value), parts: partsOf(income) + partsOf(spending) });
}

/**
 * Facts added for the rule engine, written into `facts`: disclosure dates, the stated basic +
 * project split, and the carry-over implied by income minus current spending (from the income and
 * expenditure facts already in `facts`). @internal
 */
export function ruleSupportFacts(input: EvaluationInput, facts: FactRecord): void {
  const ex = input.ledger.expenditure;
  disclosureDates(input, facts);
  facts['expenditure.basicPlusProject.stated'] =
    ex.basic !== undefined && ex.project !== undefined ? moneyOf(sumOf([ex.basic, ex.project])) : BASIC_PROJECT_NOT_BOTH;
  facts['carryOut.derived'] = derivedCarryOut(input, facts);
}
