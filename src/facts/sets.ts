import type { EvaluationInput } from '../model/schema/input.js';
import { THREE_PUBLIC_ITEMS } from '../model/schema/threePublicFunds.js';
import type { LineSums } from './internal/lineSums.js';
import type { StatedTotalSets } from './statedTotals.js';
import type { FactSetName } from './types.js';

/** The 三公 items, the same in every result: one frozen copy, built once (not copied per call). */
const THREE_PUBLIC_ITEM_SET: readonly string[] = Object.freeze([...THREE_PUBLIC_ITEMS]);

/** Distinct strings, sorted (UTF-16 order). */
const sortedDistinct = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

/** The three-digit (类) keys of line sums, sorted. */
const classesOf = (sums: ReadonlyMap<string, unknown>, stated: readonly { readonly code: string }[]): string[] =>
  sortedDistinct([...sums.keys(), ...stated.map((s) => s.code)].filter((code) => code.length === 3));

/**
 * Every set rules iterate over with `forEach`, frozen: classes met in the lines or stated, the
 * stated codes, the 三公 items, the disclosure kinds listed, then the stated totals' sets. One
 * object literal, each set frozen as it is placed (not two records spread together and frozen in
 * a second pass). @internal
 */
export function factSets(input: EvaluationInput, lines: LineSums, stated: StatedTotalSets): Readonly<Record<FactSetName, readonly string[]>> {
  const ex = input.ledger.expenditure;
  return Object.freeze({
    economicClasses: Object.freeze(classesOf(lines.economic, ex.byEconomic)),
    economicCodes: Object.freeze(sortedDistinct(ex.byEconomic.map((s) => s.code))),
    functionalClasses: Object.freeze(classesOf(lines.functional, ex.byFunctional)),
    functionalCodes: Object.freeze(sortedDistinct(ex.byFunctional.map((s) => s.code))),
    threePublicItems: THREE_PUBLIC_ITEM_SET,
    disclosureKinds: Object.freeze(sortedDistinct((input.management.disclosure?.items ?? []).map((i) => i.kind))),
    statedTotals: Object.freeze(stated.statedTotals),
    statedTotalsPartial: Object.freeze(stated.statedTotalsPartial),
    statedCounts: Object.freeze(stated.statedCounts),
    statedCountsPartial: Object.freeze(stated.statedCountsPartial),
    statedQuotas: Object.freeze(stated.statedQuotas),
    staffCategories: Object.freeze(stated.staffCategories),
  });
}
