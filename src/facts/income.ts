import type { Ledger } from '../model/schema/ledger.js';
import { type FactRecord, moneyOf, optMoney, statedMoney } from './internal/factValue.js';
import { addSums, sumOf } from './internal/sum.js';

/**
 * Income facts: this year's income by source and in total, what was carried in, and the total
 * with it (`income.total.computed`) beside the stated one. @internal
 */
export function incomeFacts(income: Ledger['income']): FactRecord {
  const current = sumOf(income.sources.map((s) => s.amount));
  const byKind = new Map<string, string[]>();
  for (const s of income.sources) {
    const amounts = byKind.get(s.kind);
    if (amounts === undefined) byKind.set(s.kind, [s.amount]);
    else amounts.push(s.amount);
  }
  const out: FactRecord = {
    'income.current': moneyOf(current),
    'income.carriedIn': statedMoney(income.carriedIn),
    'income.total.computed': moneyOf(addSums([current, sumOf([income.carriedIn])])),
    'income.total.stated': optMoney(income.total, 'incomeTotalStated'),
  };
  byKind.forEach((amounts, kind) => {
    out[`income.source.${kind}`] = moneyOf(sumOf(amounts));
  });
  return out;
}
