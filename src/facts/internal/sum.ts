import { sumAmounts } from '../../model/money/arithmetic.js';

/**
 * An exact sum of stated amounts and how many amounts it adds (a fact's `parts`, which sizes the
 * rounding bound of the rules). The value is a canonical decimal string from model/money. @internal
 */
export interface Sum {
  readonly value: string;
  readonly parts: number;
}

/** The sum of no amounts. @internal */
export const EMPTY_SUM: Sum = Object.freeze({ value: '0', parts: 0 });

/** The sum of amounts (decimal strings), each one part. @internal */
export const sumOf = (amounts: readonly string[]): Sum => ({ value: sumAmounts(amounts), parts: amounts.length });

/** The sum of sums, their parts added (a sum of no parts adds nothing). @internal */
export function addSums(sums: readonly Sum[]): Sum {
  const counted = sums.filter((s) => s.parts > 0);
  const [only] = counted;
  if (only !== undefined && counted.length === 1) return only;
  let parts = 0;
  for (const s of counted) parts += s.parts;
  return { value: sumAmounts(counted.map((s) => s.value)), parts };
}
