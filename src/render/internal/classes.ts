/** Class-level (类) amounts: the stated ones, else the sums of the lines. Shared by sentences and charts. */
import { codeName } from '../../model/catalog/lookup.js';
import type { Ctx } from './context.js';
import { factMoney } from './facts.js';

/** A class with its name and amount (canonical decimal string, 万元). @internal */
export interface ClassAmount {
  readonly code: string;
  readonly name: string;
  readonly amount: string;
  /** The input's purpose text (functional classes). */
  readonly purpose?: string;
}

/** Stated economic classes (3-digit), else the classes summed from the lines. @internal */
export function economicClasses(ctx: Ctx): ClassAmount[] {
  const stated = ctx.input.ledger.expenditure.byEconomic.filter((s) => s.code.length === 3);
  if (stated.length > 0) return stated.map((s) => ({ code: s.code, name: codeName('economic', s.code), amount: s.amount }));
  return ctx.result.facts.sets.economicClasses.flatMap((code) => {
    const amount = factMoney(ctx, `expenditure.economic.${code}.lines`);
    return amount === undefined ? [] : [{ code, name: codeName('economic', code), amount }];
  });
}

/** Stated functional classes (3-digit) with their purpose, else the classes summed from the lines. @internal */
export function functionalClasses(ctx: Ctx): ClassAmount[] {
  const stated = ctx.input.ledger.expenditure.byFunctional.filter((s) => s.code.length === 3);
  if (stated.length > 0) {
    return stated.map((s) => ({ code: s.code, name: codeName('functional', s.code), amount: s.amount, ...(s.purpose ? { purpose: s.purpose } : {}) }));
  }
  return ctx.result.facts.sets.functionalClasses.flatMap((code) => {
    const amount = factMoney(ctx, `expenditure.functional.${code}.lines`);
    return amount === undefined ? [] : [{ code, name: codeName('functional', code), amount }];
  });
}
