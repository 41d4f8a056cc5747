import * as z from 'zod';
import { type AmountSchemas, CountSchema } from './primitives.js';

/** The four "三公" items, in the order reports print them. */
export const THREE_PUBLIC_ITEMS = ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/** One "三公" item's key. */
export type ThreePublicItem = (typeof THREE_PUBLIC_ITEMS)[number];

/** Economic code of each "三公" item (FACTS.md §4.1, 360docs [S]). */
export const THREE_PUBLIC_CODES: Readonly<Record<ThreePublicItem, string>> = {
  outboundTravel: '30212',
  vehiclePurchase: '31013',
  vehicleOperation: '30231',
  reception: '30217',
};

/** Chinese names of the "三公" items. */
export const THREE_PUBLIC_NAMES: Readonly<Record<ThreePublicItem, string>> = {
  outboundTravel: '因公出国（境）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

/** Builds the 三公经费 schema for one unit. @internal */
export function buildThreePublicFundsSchema(a: AmountSchemas) {
  const figures = {
    budget: a.money().optional().describe('年初预算数'),
    actual: a.money().describe('实际支出数'),
    priorYearBudget: a.money().optional().describe('上年预算数'),
    priorYearActual: a.money().optional().describe('上年实际支出数'),
  };
  return z.strictObject({
    outboundTravel: z.strictObject({ ...figures, groups: CountSchema.optional().describe('团组数'), persons: CountSchema.optional().describe('人次') }),
    vehiclePurchase: z.strictObject({ ...figures, purchased: CountSchema.optional().describe('购置车辆数') }),
    vehicleOperation: z.strictObject({ ...figures, held: CountSchema.optional().describe('公务用车保有量') }),
    reception: z.strictObject({ ...figures, batches: CountSchema.optional().describe('接待批次'), persons: CountSchema.optional().describe('接待人次') }),
    statedTotal: z
      .strictObject({ budget: a.money().optional(), actual: a.money().optional() })
      .optional()
      .describe('报告所列“三公”经费合计'),
    note: z.string().max(10_000).optional(),
  });
}

/** "三公"经费: four items with budget, actual and prior-year figures. */
export type ThreePublicFunds = z.output<ReturnType<typeof buildThreePublicFundsSchema>>;
