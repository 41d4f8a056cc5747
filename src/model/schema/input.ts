import * as z from 'zod';
import type { MoneyUnit } from '../money/money.js';
import { DepartmentSchema } from './department.js';
import { buildLedgerSchema } from './ledger.js';
import { buildManagementSchema } from './management.js';
import { AssessmentSchema, ClaimedSchema, PerformanceSchema } from './performance.js';
import { amountSchemas, DateSchema, LabelSchema, TextSchema, YearSchema } from './primitives.js';
import { buildStatedTotalsSchema } from './statedTotals.js';
import { buildThreePublicFundsSchema } from './threePublicFunds.js';
import type { BuildEvaluationInputSchemaResult, EvaluationModeSchemaType, ReportMetaSchemaType, WaiverSchemaType } from './types.generated.js';

/**
 * How the evaluation was carried out.
 *
 * @example
 * ```ts
 * import { EvaluationModeSchema } from 'jixiao/model';
 * EvaluationModeSchema.options; // ['self', 'department', 'finance', 'third_party']
 * EvaluationModeSchema.safeParse('third_party').success; // true
 * ```
 */
export const EvaluationModeSchema: EvaluationModeSchemaType = z.enum(['self', 'department', 'finance', 'third_party']);

/**
 * Report metadata: evaluation year vs fiscal year evaluated, the notice, publication.
 *
 * @example
 * ```ts
 * import { ReportMetaSchema } from 'jixiao/model';
 * const r = ReportMetaSchema.safeParse({ evaluationYear: 2023, fiscalYear: 2022, noticeRef: '恩财监绩〔2023〕4号' });
 * r.data?.mode; // "self" (the default)
 * ```
 */
export const ReportMetaSchema: ReportMetaSchemaType = z.strictObject({
  title: LabelSchema.optional().describe('报告标题（缺省由部门名与评价年度生成）'),
  evaluationYear: YearSchema.describe('评价年度，如 2023'),
  fiscalYear: YearSchema.describe('被评价的预算年度，如 2022'),
  noticeRef: LabelSchema.optional().describe('通知文号，如 恩财监绩〔2023〕4号'),
  noticeTitle: LabelSchema.optional().describe('通知标题'),
  noticeIssuer: LabelSchema.optional().describe('发文机关'),
  publishedOn: DateSchema.optional().describe('发布日期'),
  mode: EvaluationModeSchema.default('self').describe('self 自评 / department 部门评价 / finance 财政评价 / third_party 第三方'),
  conclusion: TextSchema.optional().describe('评价结论中的文字（如“财务管理健全规范，没有发生违法违规现象”）'),
});

/**
 * A waiver: a finding of a rule accepted with a written reason.
 *
 * @example
 * ```ts
 * import { WaiverSchema } from 'jixiao/model';
 * WaiverSchema.safeParse({ rule: 'three-public.item.matches-ledger', key: 'reception', reason: '接待费分列于30217与30299，经财政局确认' }).success; // true
 * WaiverSchema.safeParse({ rule: 'three-public.item.matches-ledger', reason: '' }).success; // false: a reason is required
 * ```
 */
export const WaiverSchema: WaiverSchemaType = z.strictObject({
  rule: z.string().min(1).max(200).describe('规则 id'),
  reason: TextSchema.min(1).describe('豁免理由'),
  key: z.string().max(200).optional().describe('仅豁免该规则在某一项上的结论（如经济分类 301）'),
});

/** Builds the whole evaluation-input schema for one unit. @internal */
export function buildEvaluationInputSchema(unit: MoneyUnit, allowUnknown: ReadonlySet<string> | 'all' = new Set()): BuildEvaluationInputSchemaResult {
  const a = amountSchemas(unit);
  return z
    .strictObject({
      $schema: z.string().max(1000).optional(),
      schemaVersion: z.literal(1).default(1),
      unit: z.enum(['万元', '元']).default('万元').describe('本输入中所有金额的单位'),
      precision: z.int().min(0).max(6).optional().describe('报告金额的舍入位数（以 unit 计）；缺省按输入推断'),
      allowUnknownCodes: z
        .union([z.literal(true), z.array(z.string().max(7)).max(1000)])
        .optional()
        .describe('允许使用的目录外科目编码'),
      report: ReportMetaSchema,
      department: DepartmentSchema,
      ledger: buildLedgerSchema(a, allowUnknown),
      threePublicFunds: buildThreePublicFundsSchema(a),
      management: buildManagementSchema(a),
      // A function, not an object: zod's getter shallow-copies an object default, so its inner
      // arrays would be shared by every result (a caller pushing to one would change the next).
      performance: PerformanceSchema.default(() => ({ sections: [], tasks: [], outputs: [], satisfaction: [] })),
      assessments: z.array(AssessmentSchema).max(10_000).default([]),
      claimed: ClaimedSchema.optional(),
      problems: z.array(TextSchema).max(1000).default([]).describe('存在的问题'),
      suggestions: z.array(TextSchema).max(1000).default([]).describe('改进建议'),
      waivers: z.array(WaiverSchema).max(10_000).default([]),
      statedTotals: buildStatedTotalsSchema(a).optional(),
    })
    .describe('jixiao evaluation input: one department, one fiscal year');
}

/**
 * The evaluation-input schema (amounts in 万元, catalog codes only). Use
 * {@link parseEvaluationInput} to parse: it honours the input's own `unit` and
 * `allowUnknownCodes`, localises messages and checks cross-field consistency.
 *
 * @example
 * ```ts
 * import { EvaluationInputSchema } from 'jixiao/model';
 * import * as z from 'zod';
 * const jsonSchema = z.toJSONSchema(EvaluationInputSchema, { io: 'input', unrepresentable: 'any' });
 * ```
 */
export const EvaluationInputSchema: ReturnType<typeof buildEvaluationInputSchema> = buildEvaluationInputSchema('万元');

/**
 * A parsed, validated evaluation input. All amounts are canonical {@link Money} strings in 万元.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type EvaluationInput } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const input: EvaluationInput = parseEvaluationInput(ENYANG_2022_EXAMPLE);
 * input.ledger.income.carriedIn; // "134.36" (万元)
 * input.report.fiscalYear;       // 2022
 * ```
 */
export type EvaluationInput = z.output<typeof EvaluationInputSchema>;

/**
 * What callers may pass before parsing (amounts as strings or numbers, defaults optional).
 *
 * @example
 * ```ts
 * import type { EvaluationInputData } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const data: EvaluationInputData = {
 *   ...ENYANG_2022_EXAMPLE,
 *   report: { ...ENYANG_2022_EXAMPLE.report, mode: 'third_party' },
 * };
 * ```
 */
export type EvaluationInputData = z.input<typeof EvaluationInputSchema>;

/**
 * Report metadata, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type ReportMeta } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const report: ReportMeta = parseEvaluationInput(ENYANG_2022_EXAMPLE).report;
 * report.noticeRef; // "恩财监绩〔2023〕4号"
 * report.mode;      // "self"
 * ```
 */
export type ReportMeta = z.output<typeof ReportMetaSchema>;
/**
 * A waiver, as parsed.
 *
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * import type { Waiver } from 'jixiao/model';
 * const waiver: Waiver = { rule: 'three-public.item.matches-ledger', key: 'reception', reason: '接待费分列于30217与30299，经财政局确认' };
 * evaluateDepartment(data, { waivers: [waiver] });
 * ```
 */
export type Waiver = z.output<typeof WaiverSchema>;
