import { subtractAmounts } from '../model/money/arithmetic.js';
import type { EvaluationInput } from '../model/schema/input.js';
import type { FactTerm } from '../shared/messages/facts.js';
import { notEntered } from './internal/absent.js';
import { type FactRecord, moneyOf, text, unavailable } from './internal/factValue.js';
import { sumOf } from './internal/sum.js';
import type { FactValue } from './types.js';

type DisclosureItem = NonNullable<EvaluationInput['management']['disclosure']>['items'][number];

/** The disclosures the rules check: kind, fact name prefix, how many years before the fiscal year still count. */
const DISCLOSURES: readonly { readonly kind: DisclosureItem['kind']; readonly name: string; readonly yearsBefore: number; readonly doc: FactTerm }[] = [
  { kind: 'budget', name: 'budget', yearsBefore: 0, doc: 'departmentBudget' },
  { kind: 'final_accounts', name: 'finalAccounts', yearsBefore: 1, doc: 'finalAccounts' },
];

/** The first of the latest items of `kind` from `minYear` on (what a stable sort by year, descending, puts first). */
function latest(items: readonly DisclosureItem[], kind: DisclosureItem['kind'], minYear: number): DisclosureItem | undefined {
  let found: DisclosureItem | undefined;
  for (const i of items) if (i.kind === kind && i.year >= minYear && (found === undefined || i.year > found.year)) found = i;
  return found;
}

/** Approval and publication dates of the disclosure items the rules check (latest qualifying year). */
function disclosureDates(input: EvaluationInput): FactRecord {
  const out: FactRecord = {};
  for (const { kind, name, yearsBefore, doc } of DISCLOSURES) {
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
    out[`disclosure.${name}.approvedOn`] = date(item?.approvedOn, 'approvalDate');
    out[`disclosure.${name}.publishedOn`] = date(item?.publishedOn, 'publicationDate');
  }
  return out;
}

/** The parts of a money fact (1 when it has none). */
const partsOf = (f: FactValue & { readonly status: 'ok' }): number => ('parts' in f ? (f.parts ?? 1) : 1);

/** The carry-out implied by income minus current spending (may be negative), from the facts already derived. */
function derivedCarryOut(input: EvaluationInput, incomeFacts: FactRecord, expenditureFacts: FactRecord): FactValue {
  const income = incomeFacts['income.total.computed'];
  const spending = input.ledger.expenditure.total !== undefined ? expenditureFacts['expenditure.total.stated'] : expenditureFacts['expenditure.total.lines'];
  // an income total that is unavailable because a field was left out says which field
  if (income?.status === 'unavailable') return { ...income, type: 'money' };
  if (income?.status !== 'ok' || spending?.status !== 'ok' || typeof income.value !== 'string' || typeof spending.value !== 'string') {
    return unavailable('money', 'noSpendingForDerived', {});
  }
  return moneyOf({ value: subtractAmounts(income.value, spending.value), parts: partsOf(income) + partsOf(spending) });
}

/**
 * Facts added for the rule engine: disclosure dates, the stated basic + project split, and the
 * carry-over implied by income minus current spending (from the income and expenditure facts). @internal
 */
export function ruleSupportFacts(input: EvaluationInput, income: FactRecord, expenditure: FactRecord): FactRecord {
  const ex = input.ledger.expenditure;
  return {
    ...disclosureDates(input),
    'expenditure.basicPlusProject.stated':
      ex.basic !== undefined && ex.project !== undefined ? moneyOf(sumOf([ex.basic, ex.project])) : unavailable('money', 'basicProjectNotBoth', {}),
    'carryOut.derived': derivedCarryOut(input, income, expenditure),
  };
}
