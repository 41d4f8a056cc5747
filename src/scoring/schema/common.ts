import * as z from 'zod';
import { DecimalStringSchema, IdSchema, LabelSchema, TextSchema } from '../../model/schema/primitives.js';

/**
 * Reliability of a source, as tagged in the domain facts: O official … K unconfirmed.
 *
 * @example
 * ```ts
 * import { ReliabilitySchema } from 'jixiao/scoring';
 * ReliabilitySchema.parse('O'); // "O"
 * ```
 */
export const ReliabilitySchema = z.enum(['O', 'M', 'S', 'K']);

/**
 * Where an indicator (or a whole system) comes from.
 *
 * @example
 * ```ts
 * import { IndicatorProvenanceSchema } from 'jixiao/scoring';
 * IndicatorProvenanceSchema.parse({ reliability: 'K', source: '重构', note: '未经核实' });
 * ```
 */
export const IndicatorProvenanceSchema = z.strictObject({
  reliability: ReliabilitySchema,
  source: LabelSchema.describe('文件或页面，如 财预〔2013〕53号 附件2'),
  note: TextSchema.optional().describe('说明：依据的形状、推断或未核实之处'),
});

/**
 * What happens to a leaf whose data is unavailable (or, for manual leaves, that has no assessment):
 * `full` scores full marks, `zero` scores 0, `reweight` moves its points to the siblings that were
 * scored, in proportion to their points.
 *
 * @example
 * ```ts
 * import { UnavailablePolicySchema } from 'jixiao/scoring';
 * UnavailablePolicySchema.options; // ["full", "zero", "reweight"]
 * ```
 */
export const UnavailablePolicySchema = z.enum(['full', 'zero', 'reweight']);

/** Points of a node: a non-negative decimal with at most 2 decimals (as string or number). */
export const PointsSchema: z.ZodType<string, unknown> = DecimalStringSchema.superRefine((v, ctx) => {
  if (v.startsWith('-')) ctx.addIssue({ code: 'custom', message: 'too_small', params: { minimum: '0' } });
  else if ((v.split('.')[1] ?? '').length > 2) {
    ctx.addIssue({ code: 'custom', message: 'invalid_format', params: { expected: 'points with at most 2 decimals', received: JSON.stringify(v) } });
  }
}) as unknown as z.ZodType<string, unknown>;

/** A threshold or rate in a scoring standard (decimal, may be negative). Ratios are written in percent. */
export const ThresholdSchema: z.ZodType<string, unknown> = DecimalStringSchema;

/** A strictly positive decimal (a deduction per point or per item). */
export const PositiveSchema: z.ZodType<string, unknown> = DecimalStringSchema.superRefine((v, ctx) => {
  if (v.startsWith('-') || /^0(\.0*)?$/.test(v)) ctx.addIssue({ code: 'custom', message: 'too_small', params: { minimum: '> 0' } });
}) as unknown as z.ZodType<string, unknown>;

/** A fact name from the fact catalog (checked by `validateIndicatorSystem`). */
export const FactNameSchema = z.string().min(1).max(200);

/**
 * A supporting fact shown beside the metric, e.g. 在职14人 / 编制17人.
 *
 * @example
 * ```ts
 * import { MetricDetailSchema } from 'jixiao/scoring';
 * MetricDetailSchema.parse({ fact: 'staff.inPost', label: '在职', unit: '人' });
 * ```
 */
export const MetricDetailSchema = z.strictObject({
  fact: FactNameSchema,
  label: LabelSchema.optional().describe('简称，缺省用事实目录中的名称'),
  labelEn: LabelSchema.optional(),
  unit: z.string().max(20).optional().describe('计量单位，如 人、项'),
  unitEn: z.string().max(20).optional(),
});

/** Fields every leaf has, whatever its method. */
export const leafBaseShape = {
  id: IdSchema,
  name: LabelSchema,
  nameEn: LabelSchema.optional(),
  points: PointsSchema,
  parent: IdSchema.optional().describe('平铺形式：上级指标 id'),
  standard: TextSchema.min(1).describe('评分标准原文或重述'),
  standardEn: TextSchema.optional(),
  basis: TextSchema.optional().describe('评价要点或依据'),
  provenance: IndicatorProvenanceSchema,
  onUnavailable: UnavailablePolicySchema.optional().describe('覆盖体系的缺数据处理规则'),
  metricLabel: LabelSchema.optional().describe('说明中指标值的称呼，缺省为指标名称'),
  metricLabelEn: LabelSchema.optional(),
  details: z.array(MetricDetailSchema).max(10).optional(),
} as const;

/**
 * Reliability tag: O official, M mirror, S secondary, K unconfirmed.
 *
 * @example
 * ```ts
 * import type { Reliability } from 'jixiao/scoring';
 * const r: Reliability = 'K';
 * ```
 */
export type Reliability = z.output<typeof ReliabilitySchema>;
/**
 * Provenance of an indicator or system.
 *
 * @example
 * ```ts
 * import type { IndicatorProvenance } from 'jixiao/scoring';
 * const p: IndicatorProvenance = { reliability: 'O', source: '湖南岳阳评分表', note: '分值依原表' };
 * ```
 */
export type IndicatorProvenance = z.output<typeof IndicatorProvenanceSchema>;
/**
 * Policy for unavailable data or missing assessments: `full`, `zero` or `reweight`.
 *
 * @example
 * ```ts
 * import type { UnavailablePolicy } from 'jixiao/scoring';
 * const p: UnavailablePolicy = 'reweight';
 * ```
 */
export type UnavailablePolicy = z.output<typeof UnavailablePolicySchema>;
/**
 * A supporting fact shown beside a metric (it does not change the score).
 *
 * @example
 * ```ts
 * import type { MetricDetail } from 'jixiao/scoring';
 * const d: MetricDetail = { fact: 'staff.inPost', label: '在职', unit: '人' };
 * ```
 */
export type MetricDetail = z.output<typeof MetricDetailSchema>;
