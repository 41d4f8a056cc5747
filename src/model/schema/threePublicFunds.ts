import * as z from 'zod';
import { type AmountSchemas, CountSchema } from './primitives.js';
import type { BuildThreePublicFundsSchemaResult, THREE_PUBLIC_ITEMSType } from './types.generated.js';

/**
 * The four "三公" items, in the order reports print them.
 *
 * @example
 * ```ts
 * import { THREE_PUBLIC_ITEMS, THREE_PUBLIC_NAMES } from 'jixiao/model';
 * THREE_PUBLIC_ITEMS.map((item) => THREE_PUBLIC_NAMES[item]);
 * // ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费']
 * ```
 */
export const THREE_PUBLIC_ITEMS: THREE_PUBLIC_ITEMSType = ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/**
 * One "三公" item's key.
 *
 * @example
 * ```ts
 * import { THREE_PUBLIC_CODES, type ThreePublicItem } from 'jixiao/model';
 * const item: ThreePublicItem = 'reception';
 * THREE_PUBLIC_CODES[item]; // "30217"
 * ```
 */
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

/**
 * Economic code of each "三公" item (FACTS.md §4.1, 360docs [S]).
 *
 * @example
 * ```ts
 * import { codeName, THREE_PUBLIC_CODES } from 'jixiao/model';
 * THREE_PUBLIC_CODES.vehicleOperation;                       // "30231"
 * codeName('economic', THREE_PUBLIC_CODES.vehicleOperation); // "公务用车运行维护费"
 * ```
 */
export const THREE_PUBLIC_CODES: Readonly<Record<ThreePublicItem, string>> = {
  outboundTravel: '30212',
  vehiclePurchase: '31013',
  vehicleOperation: '30231',
  reception: '30217',
};

/**
 * Chinese names of the "三公" items.
 *
 * @example
 * ```ts
 * import { THREE_PUBLIC_NAMES } from 'jixiao/model';
 * THREE_PUBLIC_NAMES.outboundTravel; // "因公出国（境）费"
 * ```
 */
export const THREE_PUBLIC_NAMES: Readonly<Record<ThreePublicItem, string>> = {
  outboundTravel: '因公出国（境）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

/** Builds the 三公经费 schema for one unit. @internal */
export function buildThreePublicFundsSchema(a: AmountSchemas): BuildThreePublicFundsSchemaResult {
  const figures = {
    budget: a.money().optional().describe('年初预算数'),
    actual: a.money().optional().describe('实际支出数（报告未列则不填，不填 0）'),
    priorYearBudget: a.money().optional().describe('上年预算数'),
    priorYearActual: a.money().optional().describe('上年实际支出数'),
  };
  return (
    z
      .strictObject({
        // Each item may be left out when the report does not state it (absent is not zero): the facts of an
        // absent item are unavailable, naming the field (e.g. threePublicFunds.reception.actual).
        outboundTravel: z
          .strictObject({ ...figures, groups: CountSchema.optional().describe('团组数'), persons: CountSchema.optional().describe('人次') })
          .optional(),
        vehiclePurchase: z.strictObject({ ...figures, purchased: CountSchema.optional().describe('购置车辆数') }).optional(),
        vehicleOperation: z.strictObject({ ...figures, held: CountSchema.optional().describe('公务用车保有量') }).optional(),
        reception: z
          .strictObject({ ...figures, batches: CountSchema.optional().describe('接待批次'), persons: CountSchema.optional().describe('接待人次') })
          .optional(),
        statedTotal: z
          .strictObject({
            budget: a.money().optional(),
            actual: a.money().optional(),
            priorYearBudget: a.money().optional().describe('上年“三公”经费预算合计（报告只列合计时）'),
            priorYearActual: a.money().optional().describe('上年“三公”经费实际合计（报告只列合计时）'),
          })
          .optional()
          .describe('报告所列“三公”经费合计'),
        note: z.string().max(10_000).optional(),
      })
      // a report that states no "三公" figures at all parses as {} (every item absent)
      .default(() => ({}))
  );
}

/**
 * "三公"经费: four items with budget, actual and prior-year figures. Every item and every figure is
 * optional (absent is not zero); a report that states only totals gives `statedTotal`.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type ThreePublicFunds } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const funds: ThreePublicFunds = parseEvaluationInput(ENYANG_2022_EXAMPLE).threePublicFunds;
 * funds.reception?.budget; // "0.8"
 * funds.reception?.actual; // "0.8"
 * ```
 */
export type ThreePublicFunds = z.output<ReturnType<typeof buildThreePublicFundsSchema>>;
