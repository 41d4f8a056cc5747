import * as z from 'zod';
import { type AmountSchemas, CountSchema, LabelSchema, TextSchema } from './primitives.js';
import type { BuildStatedTotalsSchemaResult } from './types.generated.js';

/** A stated total's id: letters, digits, `_` and `-` (it becomes part of fact names). */
const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/)
  .describe('标识（字母、数字、_、-）');

const common = {
  id: IdSchema,
  label: LabelSchema.describe('合计项名称，如“12345热线受理诉求”'),
  source: TextSchema.optional().describe('报告中的出处（章节）'),
  note: TextSchema.optional().describe('说明'),
  partial: z.boolean().optional().describe('各部分只是“其中”的一部分（不必加总等于合计），此时只检查各部分之和不超过合计'),
};

/** Builds the schema of `statedTotals` for one input unit. @internal */
export function buildStatedTotalsSchema(a: AmountSchemas): BuildStatedTotalsSchemaResult {
  const money = z.strictObject({
    ...common,
    kind: z.literal('money'),
    total: a.money().describe('报告所列合计'),
    parts: z
      .array(z.strictObject({ label: LabelSchema, value: a.money() }))
      .min(1)
      .max(1000)
      .describe('报告所列各部分'),
  });
  const count = z.strictObject({
    ...common,
    kind: z.literal('count'),
    total: CountSchema.describe('报告所列合计'),
    parts: z
      .array(z.strictObject({ label: LabelSchema, value: CountSchema, quota: CountSchema.optional().describe('该部分自身的核定数（如分类编制）') }))
      .min(1)
      .max(1000)
      .describe('报告所列各部分'),
  });
  return z
    .array(z.discriminatedUnion('kind', [money, count]))
    .max(1000)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((t, i) => {
        if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate stated-total id ${t.id}` });
        seen.add(t.id);
      });
    })
    .describe('报告中其他“合计 = 各部分之和”的表述（如产出、工作量、分类人数），按同一规则核对');
}

/**
 * A total the report states together with its parts, outside the ledger: itemised outputs or
 * workloads, listed projects, staffing categories… Checked by the rules `identity.stated-total`
 * (money, within the rounding bound) and `identity.stated-count` (counts, exactly).
 *
 * @example
 * ```ts
 * import type { StatedTotal } from 'jixiao/model';
 * const t: StatedTotal = { id: 'projects', label: '项目支出', kind: 'money', total: '48.68', parts: [{ label: '大型修缮', value: '26' }, { label: '信息网络及软件购置更新', value: '22.68' }] };
 * ```
 */
export type StatedTotal = z.output<ReturnType<typeof buildStatedTotalsSchema>>[number];
