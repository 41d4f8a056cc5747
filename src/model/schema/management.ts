import * as z from 'zod';
import { type AmountSchemas, CountSchema, DateSchema, LabelSchema, TextSchema, YearSchema } from './primitives.js';
import type { BuildManagementSchemaResult, ControlKindSchemaType } from './types.generated.js';

/**
 * Kinds of internal-control system (内控制度).
 *
 * @example
 * ```ts
 * import { ControlKindSchema } from 'jixiao/model';
 * ControlKindSchema.safeParse('internal_audit').success; // true
 * ControlKindSchema.options.includes('procurement');     // true
 * ```
 */
export const ControlKindSchema: ControlKindSchemaType = z.enum([
  'financial',
  'budget',
  'expenditure',
  'asset',
  'procurement',
  'contract',
  'accounting',
  'internal_audit',
  'three_public_funds',
  'performance',
]);

/** Builds the management-facts schema for one unit. @internal */
export function buildManagementSchema(a: AmountSchemas): BuildManagementSchemaResult {
  return (
    z
      .strictObject({
        // Each answer below is optional: a report that says nothing about debt, procurement, assets, … leaves
        // it out, and the facts and rules that need it are unavailable / not applicable, naming the field.
        internalControls: z
          .strictObject({
            // kinds: an empty list means "the report names no system of that kind" (each controls.{kind} is then false)
            kinds: z.array(ControlKindSchema).max(50).default([]).describe('已建立的制度类别（报告列明的）'),
            names: z.array(LabelSchema).max(500).default([]).describe('制度名称或报告中的说法'),
            effective: z.boolean().optional().describe('制度是否有效执行'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('内控制度（报告未述及则不填）'),
        performanceTargets: z
          .strictObject({
            set: z.boolean().optional().describe('是否设定部门整体绩效目标'),
            monitored: z.boolean().optional().describe('是否开展绩效运行监控'),
            note: TextSchema.optional(),
          })
          .optional(),
        debt: z
          .strictObject({
            occurred: z.boolean().optional().describe('是否发生政府性债务（报告未述及则不填）'),
            amount: a.money().optional(),
            approved: z.boolean().optional().describe('举借是否经批准'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('政府性债务（报告未述及则不填）'),
        procurement: z
          .strictObject({
            occurred: z.boolean().optional().describe('是否发生政府采购（报告未述及则不填）'),
            budget: a.money().optional().describe('政府采购预算数'),
            actual: a.money().optional().describe('实际政府采购金额'),
            items: z
              .array(
                z.strictObject({
                  name: LabelSchema,
                  category: z.enum(['goods', 'works', 'services']),
                  amount: a.money(),
                  method: LabelSchema.optional().describe('采购方式'),
                }),
              )
              .max(10_000)
              .default([])
              .describe('采购明细（空列表：报告未列明细）'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('政府采购（报告未述及则不填）'),
        assets: z
          .strictObject({
            registeredInSystem: z.boolean().optional().describe('资产录入国有资产管理信息系统'),
            assetCards: z.boolean().optional().describe('每项资产建立资产卡片'),
            dynamicManagement: z.boolean().optional().describe('实行动态管理'),
            reconciled: z.boolean().optional().describe('账实相符'),
            disposalCompliant: z.boolean().optional().describe('处置规范、收入及时上缴'),
            fixedAssetsTotal: a.money().optional().describe('固定资产总额'),
            fixedAssetsInUse: a.money().optional().describe('在用固定资产总额'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('资产管理（报告未述及则不填）'),
        disclosure: z
          .strictObject({
            items: z
              .array(
                z.strictObject({
                  kind: z.enum(['budget', 'final_accounts', 'performance', 'three_public_funds']),
                  year: YearSchema,
                  approvedOn: DateSchema.optional().describe('财政部门批复日期'),
                  publishedOn: DateSchema.optional().describe('公开日期'),
                  channel: LabelSchema.optional().describe('公开渠道'),
                }),
              )
              .max(100)
              .default([])
              .describe('已公开的文件（空列表：报告未列明任何公开）'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('预决算公开（报告未述及则不填）'),
        supervision: z
          .strictObject({
            accepted: z
              .array(z.enum(['finance', 'audit', 'inspection', 'discipline']))
              .max(10)
              .default([])
              .describe('依法接受的监督（报告列明的）'),
            violations: CountSchema.optional().describe('监督检查发现的违规问题数（报告未述及则不填，不填 0）'),
            rectified: CountSchema.optional().describe('已整改问题数'),
            note: TextSchema.optional(),
          })
          .optional()
          .describe('监督检查（报告未述及则不填）'),
      })
      // a report that states no management facts at all parses as {} (every part absent)
      .default(() => ({}))
  );
}

/**
 * Management facts: controls, debt, procurement, assets, disclosure, supervision.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Management } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const management: Management = parseEvaluationInput(ENYANG_2022_EXAMPLE).management;
 * management.debt?.occurred;           // false
 * management.internalControls?.kinds;  // ['financial', 'budget', 'expenditure', 'asset', 'procurement']
 * ```
 */
export type Management = z.output<ReturnType<typeof buildManagementSchema>>;
