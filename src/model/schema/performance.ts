import * as z from 'zod';
import { CountSchema, DecimalStringSchema, IdSchema, LabelSchema, TextSchema } from './primitives.js';
import type { AssessmentSchemaType, ClaimedSchemaType, OutputSchemaType, PerformanceSchemaType, TaskSchemaType } from './types.generated.js';

/**
 * A planned piece of work and what became of it (for 实际完成率, 完成及时率, 质量达标率, 重点工作办结率).
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'jixiao/model';
 * TaskSchema.safeParse({ id: 'hotline-12345', name: '12345政务服务便民热线受理群众诉求办结', planned: 7793, completed: 7793, key: true, unit: '件' }).success; // true
 * ```
 */
export const TaskSchema: TaskSchemaType = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  planned: CountSchema.describe('计划（交办）数'),
  completed: CountSchema.describe('实际完成数'),
  onTime: CountSchema.optional().describe('及时完成数'),
  qualified: CountSchema.optional().describe('质量达标数'),
  key: z.boolean().default(false).describe('是否重点工作'),
  unit: LabelSchema.optional(),
  note: TextSchema.optional(),
});

/**
 * A stated output figure (e.g. 全程网办事项占比 98.93%).
 *
 * @example
 * ```ts
 * import { OutputSchema } from 'jixiao/model';
 * OutputSchema.safeParse({ id: 'online-share', name: '全程网办事项占比', value: '98.93', unit: '%' }).success; // true
 * ```
 */
export const OutputSchema: OutputSchemaType = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  value: DecimalStringSchema,
  unit: LabelSchema.optional().describe('单位，如 %、项、件'),
  note: TextSchema.optional(),
});

/**
 * Performance facts: narrative, tasks, outputs, satisfaction.
 *
 * @example
 * ```ts
 * import { PerformanceSchema } from 'jixiao/model';
 * PerformanceSchema.safeParse({ summary: '圆满完成各项工作任务' }).data;
 * // { summary: '圆满完成各项工作任务', sections: [], tasks: [], outputs: [], satisfaction: [] }
 * ```
 */
export const PerformanceSchema: PerformanceSchemaType = z.strictObject({
  summary: TextSchema.optional().describe('综合绩效概述'),
  sections: z
    .array(z.strictObject({ title: LabelSchema, paragraphs: z.array(TextSchema).max(200) }))
    .max(100)
    .default([])
    .describe('履职成效叙述（按节）'),
  tasks: z.array(TaskSchema).max(10_000).default([]),
  outputs: z.array(OutputSchema).max(10_000).default([]),
  satisfaction: z
    .array(z.strictObject({ id: IdSchema, name: LabelSchema, respondents: CountSchema, satisfied: CountSchema }))
    .max(100)
    .default([]),
});

/** An assessment gives exactly one of score / deduction. */
const scoreXorDeduction = (x: { readonly score?: string | undefined; readonly deduction?: string | undefined }): boolean =>
  (x.score === undefined) !== (x.deduction === undefined);

/**
 * An evaluator's judgement on one indicator: a score or a deduction, with its reason.
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from 'jixiao/model';
 * AssessmentSchema.safeParse({ indicator: 'management.performance.publicity-training', deduction: '1', reason: '宣传培训不足' }).data?.source; // "stated"
 * AssessmentSchema.safeParse({ indicator: 'management.performance.publicity-training', score: '1', deduction: '1', reason: '…' }).success; // false: score or deduction, not both
 * ```
 */
export const AssessmentSchema: AssessmentSchemaType = z
  .strictObject({
    indicator: z.string().min(1).max(200).describe('指标 id'),
    score: DecimalStringSchema.optional().describe('得分'),
    deduction: DecimalStringSchema.optional().describe('扣分'),
    reason: TextSchema.min(1).describe('评分或扣分原因'),
    evidence: TextSchema.optional().describe('依据（报告原文或材料）'),
    source: z.enum(['stated', 'inferred']).default('stated').describe('stated：报告明示；inferred：由总分与扣分推断'),
  })
  .refine(scoreXorDeduction, {
    message: 'invalid_input',
    params: { detail: 'give exactly one of score / deduction（得分与扣分须且只能填一项）' },
  });

/**
 * The department's own claimed scores (review mode compares them with what the data supports).
 *
 * @example
 * ```ts
 * import { ClaimedSchema } from 'jixiao/model';
 * ClaimedSchema.safeParse({
 *   total: '98',
 *   grade: '优秀',
 *   items: [{ indicator: 'management.performance.publicity-training', deduction: '1', reason: '部门对绩效评价工作开展的宣传培训扣1分' }],
 * }).success; // true
 * ```
 */
export const ClaimedSchema: ClaimedSchemaType = z.strictObject({
  total: DecimalStringSchema.optional(),
  grade: LabelSchema.optional(),
  items: z
    .array(
      z.strictObject({
        indicator: z.string().min(1).max(200),
        score: DecimalStringSchema.optional(),
        deduction: DecimalStringSchema.optional(),
        reason: TextSchema.optional(),
      }),
    )
    .max(10_000)
    .default([]),
});

/**
 * Performance facts, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Performance } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const performance: Performance = parseEvaluationInput(ENYANG_2022_EXAMPLE).performance;
 * performance.tasks.filter((t) => t.key).map((t) => t.name); // ['12345政务服务便民热线受理群众诉求办结']
 * ```
 */
export type Performance = z.output<typeof PerformanceSchema>;
/**
 * One assessment, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Assessment } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const assessments: Assessment[] = parseEvaluationInput(ENYANG_2022_EXAMPLE).assessments;
 * assessments.filter((a) => a.source === 'inferred').length;
 * ```
 */
export type Assessment = z.output<typeof AssessmentSchema>;
/**
 * Claimed scores, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Claimed } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const claimed: Claimed | undefined = parseEvaluationInput(ENYANG_2022_EXAMPLE).claimed;
 * claimed?.total;        // "98"
 * claimed?.items.length; // 2
 * ```
 */
export type Claimed = z.output<typeof ClaimedSchema>;
