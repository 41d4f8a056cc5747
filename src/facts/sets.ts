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
 * The sets rules iterate over with `forEach`: classes met in the lines or stated, the stated codes,
 * the 三公 items and the disclosure kinds listed. @internal
 */
export function factSets(input: EvaluationInput, lines: LineSums): Readonly<Record<Exclude<FactSetName, keyof StatedTotalSets>, readonly string[]>> {
  const ex = input.ledger.expenditure;
  return {
    economicClasses: classesOf(lines.economic, ex.byEconomic),
    economicCodes: sortedDistinct(ex.byEconomic.map((s) => s.code)),
    functionalClasses: classesOf(lines.functional, ex.byFunctional),
    functionalCodes: sortedDistinct(ex.byFunctional.map((s) => s.code)),
    threePublicItems: THREE_PUBLIC_ITEM_SET,
    disclosureKinds: sortedDistinct((input.management.disclosure?.items ?? []).map((i) => i.kind)),
  };
}
