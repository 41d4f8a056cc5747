import * as z from 'zod';
import { DecimalStringSchema, IdSchema, LabelSchema, TextSchema } from '../../model/schema/primitives.js';
import type {
  FactNameSchemaType,
  IndicatorProvenanceSchemaType,
  LeafBaseShapeType,
  MetricDetailSchemaType,
  OverrunPartSchemaType,
  ReliabilitySchemaType,
  UnavailablePolicySchemaType,
  ZeroOutcomeSchemaType,
  ZeroPolicySchemaType,
} from './types.generated.js';

/**
 * Reliability of a source, as tagged in the domain facts: O official … K unconfirmed.
 *
 * @example
 * ```ts
 * import { ReliabilitySchema } from 'jixiao/scoring';
 * ReliabilitySchema.parse('O'); // "O"
 * ```
 */
export const ReliabilitySchema: ReliabilitySchemaType = z.enum(['O', 'M', 'S', 'K']);

/**
 * Where an indicator (or a whole system) comes from.
 *
 * @example
 * ```ts
 * import { IndicatorProvenanceSchema } from 'jixiao/scoring';
 * IndicatorProvenanceSchema.parse({ reliability: 'K', source: '重构', note: '未经核实' });
 * ```
 */
export const IndicatorProvenanceSchema: IndicatorProvenanceSchemaType = z.strictObject({
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
export const UnavailablePolicySchema: UnavailablePolicySchemaType = z.enum(['full', 'zero', 'reweight']);

/**
 * What a ratio indicator earns in one zero-denominator case: `full` (full marks), `zero` (0),
 * `not_applicable` (the indicator does not apply: full marks, flagged N/A — or its points go to its
 * siblings when the policy's `notApplicable` is `reweight`), `unavailable` (no special rule: the leaf's
 * `onUnavailable`, else the system's `unavailablePolicy`, applies as to missing data).
 *
 * @example
 * ```ts
 * import { ZeroOutcomeSchema } from 'jixiao/scoring';
 * ZeroOutcomeSchema.options; // ["full", "not_applicable", "zero", "unavailable"]
 * ```
 */
export const ZeroOutcomeSchema: ZeroOutcomeSchemaType = z.enum(['full', 'not_applicable', 'zero', 'unavailable']);

/**
 * A ratio indicator's policy for a zero denominator, as data with its source: what 0 ÷ 0 earns
 * (`whenZeroOverZero`, e.g. 0 spent of 0 budgeted) and what a non-zero value over 0 earns
 * (`whenZeroDenominator`, e.g. spending with no budget, or a change from a zero base). A missing input is
 * not a zero: it follows `onUnavailable`. A case left out takes the default of `DEFAULT_ZERO_POLICY`; a leaf
 * without `zeroPolicy` takes that default whole.
 *
 * @example
 * ```ts
 * import { ZeroPolicySchema } from 'jixiao/scoring';
 * ZeroPolicySchema.parse({ whenZeroOverZero: 'full', whenZeroDenominator: 'zero', source: 'FACTS §9 默认', reliability: 'K' });
 * ```
 */
export const ZeroPolicySchema: ZeroPolicySchemaType = z.strictObject({
  whenZeroOverZero: ZeroOutcomeSchema.optional().describe('分子分母均为0（如预算0、支出0）时的得分规则'),
  whenZeroDenominator: ZeroOutcomeSchema.optional().describe('分母为0而分子不为0（如无预算而有支出、上年基数为0）时的得分规则'),
  notApplicable: z.enum(['full', 'reweight']).optional().describe('not_applicable 时：按满分计（缺省）或将分值按比例分给同级指标'),
  source: LabelSchema.describe('规则的依据（简称），写入得分说明'),
  reliability: ReliabilitySchema,
  note: TextSchema.optional().describe('说明：依据原文、推断或未核实之处'),
});

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
export const FactNameSchema: FactNameSchemaType = z.string().min(1).max(200);

/**
 * A supporting fact shown beside the metric, e.g. 在职14人 / 编制17人.
 *
 * @example
 * ```ts
 * import { MetricDetailSchema } from 'jixiao/scoring';
 * MetricDetailSchema.parse({ fact: 'staff.inPost', label: '在职', unit: '人' });
 * ```
 */
export const MetricDetailSchema: MetricDetailSchemaType = z.strictObject({
  fact: FactNameSchema,
  label: LabelSchema.optional().describe('简称，缺省用事实目录中的名称'),
  labelEn: LabelSchema.optional(),
  unit: z.string().max(20).optional().describe('计量单位，如 人、项'),
  unitEn: z.string().max(20).optional(),
});

/**
 * A part whose spending is compared with its budget, named in a deduction reason when it is over:
 * "公务接待费实际1.20万元，超出预算0.40万元".
 *
 * @example
 * ```ts
 * import { OverrunPartSchema } from 'jixiao/scoring';
 * OverrunPartSchema.parse({ label: '公务接待费', actual: 'threePublic.reception.actual', budget: 'threePublic.reception.budget' });
 * ```
 */
export const OverrunPartSchema: OverrunPartSchemaType = z.strictObject({
  label: LabelSchema,
  labelEn: LabelSchema.optional(),
  actual: FactNameSchema.describe('实际数（金额事实）'),
  budget: FactNameSchema.describe('预算数（金额事实）'),
});

/** Fields every leaf has, whatever its method. */
export const leafBaseShape: LeafBaseShapeType = {
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
  zeroPolicy: ZeroPolicySchema.optional().describe('比率指标：分母为0时的得分规则，缺省见 DEFAULT_ZERO_POLICY'),
  metricLabel: LabelSchema.optional().describe('说明中指标值的称呼，缺省为指标名称'),
  metricLabelEn: LabelSchema.optional(),
  details: z.array(MetricDetailSchema).max(10).optional(),
  overruns: z.array(OverrunPartSchema).max(20).optional().describe('扣分原因中列出实际数超过预算数的各项及超出金额'),
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
/**
 * One zero-denominator outcome: `full`, `not_applicable`, `zero` or `unavailable`.
 *
 * @example
 * ```ts
 * import type { ZeroOutcome } from 'jixiao/scoring';
 * const o: ZeroOutcome = 'not_applicable';
 * ```
 */
export type ZeroOutcome = z.output<typeof ZeroOutcomeSchema>;
/**
 * A ratio indicator's zero-denominator policy (see `ZeroPolicySchema`).
 *
 * @example
 * ```ts
 * import type { ZeroPolicy } from 'jixiao/scoring';
 * const p: ZeroPolicy = { whenZeroOverZero: 'full', whenZeroDenominator: 'zero', source: '岳阳评分表', reliability: 'M' };
 * ```
 */
export type ZeroPolicy = z.output<typeof ZeroPolicySchema>;

/**
 * The zero policy of a ratio leaf that declares none, and the fill for the cases a declared policy leaves
 * out: 0 ÷ 0 earns full marks (0 spent of 0 budgeted is the best result, not the worst); a non-zero value
 * over 0 has no special rule and follows `onUnavailable`, as before zero policies existed. Marked [K]:
 * no published table states either case (FACTS.md §9 “Where nothing was found”).
 *
 * @example
 * ```ts
 * import { DEFAULT_ZERO_POLICY } from 'jixiao/scoring';
 * DEFAULT_ZERO_POLICY.whenZeroOverZero; // "full"
 * ```
 */
export const DEFAULT_ZERO_POLICY: {
  readonly whenZeroOverZero: ZeroOutcome;
  readonly whenZeroDenominator: ZeroOutcome;
  readonly notApplicable: 'full' | 'reweight';
  readonly source: string;
  readonly reliability: Reliability;
  readonly note: string;
} = {
  whenZeroOverZero: 'full',
  whenZeroDenominator: 'unavailable',
  notApplicable: 'full',
  source: 'jixiao 缺省规则',
  reliability: 'K',
  note: 'FACTS.md §9：已查到的评分表均未规定分母为0的情形；0÷0 按满分计，非零÷0 按缺数据规则处理（未经核实）',
};
/**
 * A part named in a deduction reason when its actual exceeds its budget.
 *
 * @example
 * ```ts
 * import type { OverrunPart } from 'jixiao/scoring';
 * const p: OverrunPart = { label: '公务接待费', actual: 'threePublic.reception.actual', budget: 'threePublic.reception.budget' };
 * ```
 */
export type OverrunPart = z.output<typeof OverrunPartSchema>;
