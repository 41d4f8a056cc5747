import type { Ledger } from '../model/schema/ledger.js';
import { enteredMoney, notEntered } from './internal/absent.js';
import { type FactRecord, missingMoney, moneyOf, optMoney } from './internal/factValue.js';
import type { InputFields } from './internal/inputField.js';
import { addSums, sumOf } from './internal/sum.js';

const SOURCES = 'ledger.income.sources';
const CARRIED_IN = 'ledger.income.carriedIn';
const TOTAL = 'ledger.income.total';
const NO_TOTAL_STATED = missingMoney('incomeTotalStated');

/** The input field each stated income fact is read from (see `FactDefinition.input`). @internal */
export const INCOME_INPUT: InputFields = { 'income.total.stated': TOTAL, 'income.carriedIn': CARRIED_IN };

/**
 * Income facts, written into `facts`: this year's income by source and in total, what was carried
 * in, and the total with it (`income.total.computed`) beside the stated one. A part left out of the input (the
 * sources, the carry-in, or the whole of `ledger.income`) makes the facts that need it
 * unavailable, naming the field — it is never taken as 0. @internal
 */
export function incomeFacts(income: Ledger['income'], facts: FactRecord): void {
  const sources = income?.sources;
  const carriedIn = income?.carriedIn;
  const current = sources !== undefined ? sumOf(sources.map((s) => s.amount)) : undefined;
  const byKind = new Map<string, string[]>();
  for (const s of sources ?? []) {
    const amounts = byKind.get(s.kind);
    if (amounts === undefined) byKind.set(s.kind, [s.amount]);
    else amounts.push(s.amount);
  }
  facts['income.current'] = current !== undefined ? moneyOf(current) : notEntered('money', SOURCES);
  facts['income.carriedIn'] = enteredMoney(carriedIn, CARRIED_IN);
  facts['income.total.computed'] =
    current === undefined
      ? notEntered('money', SOURCES)
      : carriedIn === undefined
        ? notEntered('money', CARRIED_IN)
        : moneyOf(addSums([current, sumOf([carriedIn])]));
  facts['income.total.stated'] = optMoney(income?.total, NO_TOTAL_STATED);
  byKind.forEach((amounts, kind) => {
    facts[`income.source.${kind}`] = moneyOf(sumOf(amounts));
  });
}
