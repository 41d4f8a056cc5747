import * as z from 'zod';
import { type AmountSchemas, codeSchema, DecimalStringSchema, IdSchema, LabelSchema, TextSchema } from './primitives.js';
import type { BuildLedgerSchemaResult, IncomeKindSchemaType, NatureSchemaType } from './types.generated.js';

/**
 * Kinds of income source in a 部门决算.
 *
 * @example
 * ```ts
 * import { IncomeKindSchema } from 'jixiao/model';
 * IncomeKindSchema.safeParse('fiscal_appropriation').success; // true
 * IncomeKindSchema.options.length;                           // 8
 * ```
 */
export const IncomeKindSchema: IncomeKindSchemaType = z.enum([
  'fiscal_appropriation',
  'government_fund',
  'state_capital',
  'higher_level_subsidy',
  'business',
  'operating',
  'subsidiary',
  'other',
]);

/**
 * Spending nature: 基本支出 or 项目支出.
 *
 * @example
 * ```ts
 * import { NatureSchema } from 'jixiao/model';
 * NatureSchema.options;                   // ['basic', 'project']
 * NatureSchema.safeParse('basic').success; // true
 * ```
 */
export const NatureSchema: NatureSchemaType = z.enum(['basic', 'project']);

/** Builds the ledger schema for one unit. @internal */
export function buildLedgerSchema(a: AmountSchemas, allowUnknown: ReadonlySet<string> | 'all'): BuildLedgerSchemaResult {
  const functional = codeSchema('functional', allowUnknown);
  const economic = codeSchema('economic', allowUnknown);
  const carry = z.strictObject({
    carryForward: a.money().describe('结转'),
    surplus: a.money().optional().describe('结余'),
  });
  return (
    z
      .strictObject({
        income: z
          .strictObject({
            total: a.money().optional().describe('收入决算总额（报告所列，含上年结转结余）'),
            sources: z
              .array(z.strictObject({ kind: IncomeKindSchema, name: LabelSchema.optional(), amount: a.money() }))
              .max(100)
              .optional()
              .describe('本年收入，按来源（报告未列则不填；空列表表示报告明示无本年收入）'),
            carriedIn: a.money().optional().describe('上年结转和结余（报告未列则不填，不填 0）'),
          })
          .optional()
          .describe('收入（报告未列则不填）'),
        // Every field of expenditure is optional and its lists default to [] (an empty list: none listed), so
        // an absent expenditure parses as empty lists (a function: each parse gets its own arrays; zod's
        // getter would share an object default's inner arrays between results).
        expenditure: z
          .strictObject({
            grandTotal: a.money().optional().describe('支出决算总额（报告所列，含年末结转结余）'),
            total: a.money().optional().describe('本年支出合计（报告所列）'),
            basic: a.money().optional().describe('基本支出（报告所列）'),
            project: a.money().optional().describe('项目支出（报告所列）'),
            byEconomic: z
              .array(z.strictObject({ code: economic, amount: a.money(), note: TextSchema.optional() }))
              .max(1000)
              .default([])
              .describe('按经济分类的报告数（类或款）'),
            byFunctional: z
              .array(z.strictObject({ code: functional, amount: a.money(), purpose: TextSchema.optional() }))
              .max(1000)
              .default([])
              .describe('按功能分类的报告数（类、款或项），purpose 为用途说明'),
            lines: z
              .array(
                z.strictObject({
                  id: IdSchema.optional(),
                  functional,
                  economic,
                  amount: a.money(),
                  nature: NatureSchema,
                  project: LabelSchema.optional(),
                  label: LabelSchema.optional().describe('报告中的名称，如“其他社会缴费”'),
                  inferred: TextSchema.optional().describe('若编码或归属系推断，说明依据'),
                }),
              )
              .max(100_000)
              .default([])
              .describe('明细：功能分类 × 经济分类 × 金额'),
            projects: z
              .array(z.strictObject({ name: LabelSchema, amount: a.money(), budget: a.money().optional(), key: z.boolean().default(false) }))
              .max(10_000)
              .default([])
              .describe('项目支出明细'),
          })
          .default(() => ({ byEconomic: [], byFunctional: [], lines: [], projects: [] })),
        carryOut: z
          .strictObject({
            total: a.money().optional().describe('年末结转和结余（报告未列则不填，不填 0）'),
            basic: carry.optional().describe('基本支出结转结余'),
            project: carry.optional().describe('项目支出结转结余'),
          })
          .optional()
          .describe('年末结转和结余（报告未列则不填）'),
        budget: z
          .strictObject({
            initial: a.money().optional().describe('年初支出预算数'),
            adjusted: a.money().optional().describe('调整后支出预算数（预算数）'),
            supplementary: a.money().optional().describe('本年追加预算数（追加）'),
            incomeInitial: a.money().optional().describe('年初收入预算数'),
            incomeAdjusted: a.money().optional().describe('调整后收入预算数'),
            adjustments: a.signedMoney().optional().describe('预算调整数（不含政策性、不可预见因素）'),
            publicExpenses: a.money().optional().describe('预算安排公用经费总额'),
            procurement: a.money().optional().describe('政府采购预算数'),
            projectTotal: a.money().optional().describe('项目支出预算总额'),
            keyProjects: a.money().optional().describe('重点项目支出预算'),
            paymentProgressTarget: DecimalStringSchema.optional().describe('既定支付进度（占年度预算的比例，小数，如 0.75）'),
            paymentProgressActual: DecimalStringSchema.optional().describe('实际支付进度（小数）'),
            priorYearCarryOver: a.money().optional().describe('上年年末结转结余（用于变动率；缺省取本年 income.carriedIn）'),
          })
          .optional(),
      })
      // a report that states no ledger figure at all parses as { expenditure: { …empty lists } }
      .default(() => ({ expenditure: { byEconomic: [], byFunctional: [], lines: [], projects: [] } }))
  );
}

/**
 * Ledger: income, expenditure (stated totals and lines), carry-over and budget. Absent is not zero:
 * income, its sources and carry-in, the carry-out and every budget figure are optional, and the facts
 * and rules that need one are unavailable / not applicable, naming the field (e.g. `ledger.income.carriedIn`).
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Ledger } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const ledger: Ledger = parseEvaluationInput(ENYANG_2022_EXAMPLE).ledger;
 * ledger.income?.total;   // "576.08"
 * ledger.carryOut?.total; // "71.08"
 * ```
 */
export type Ledger = z.output<ReturnType<typeof buildLedgerSchema>>;
/**
 * One expenditure line (functional × economic × amount).
 *
 * @example
 * ```ts
 * import { parseMoney, type LedgerLine } from 'jixiao/model';
 * const line: LedgerLine = {
 *   id: 'l-201-30101',
 *   functional: '201',
 *   economic: '30101',
 *   amount: parseMoney('166.26'),
 *   nature: 'basic',
 *   label: '基本工资',
 * };
 * ```
 */
export type LedgerLine = Ledger['expenditure']['lines'][number];
