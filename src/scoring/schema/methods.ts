import * as z from 'zod';
import { LabelSchema } from '../../model/schema/primitives.js';
import { FactNameSchema, leafBaseShape, PointsSchema, PositiveSchema, ThresholdSchema } from './common.js';
import type {
  BandSchemaType,
  BandsLeafSchemaType,
  CategoricalLeafSchemaType,
  CategoryCaseSchemaType,
  ChecklistItemSchemaType,
  ChecklistLeafSchemaType,
  IndicatorLeafSchemaType,
  LinearLeafSchemaType,
  ManualLeafSchemaType,
  PerViolationLeafSchemaType,
  RatioLeafSchemaType,
} from './types.generated.js';

/**
 * The scoring methods: the shapes real 评分标准 take (see docs/scoring.md).
 *
 * @example
 * ```ts
 * import { SCORING_METHODS } from 'jixiao/scoring';
 * SCORING_METHODS.includes('linear'); // true
 * ```
 */
export const SCORING_METHODS: readonly ['linear', 'bands', 'ratio', 'checklist', 'perViolation', 'categorical', 'manual'] = [
  'linear',
  'bands',
  'ratio',
  'checklist',
  'perViolation',
  'categorical',
  'manual',
] as const;

/**
 * Name of a scoring method.
 *
 * @example
 * ```ts
 * import type { ScoringMethod } from 'jixiao/scoring';
 * const m: ScoringMethod = 'perViolation';
 * ```
 */
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/**
 * `linear`: "每超过（低于）一个百分点扣 x 分，扣完为止". For a ratio fact the target is written in percent
 * and the distance is counted in percentage points (ratio × 100 − target); for other facts in their unit.
 *
 * @example
 * ```ts
 * import { LinearLeafSchema } from 'jixiao/scoring';
 * LinearLeafSchema.shape.direction.options; // ["above", "below"]
 * ```
 */
export const LinearLeafSchema: LinearLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('linear'),
  fact: FactNameSchema,
  target: ThresholdSchema.describe('标准值；比率以百分数表示，如 100'),
  direction: z.enum(['above', 'below']).describe('above：超过标准扣分（越低越好）；below：低于标准扣分（越高越好）'),
  perPoint: PositiveSchema.describe('每个百分点（或单位）扣分'),
});

/**
 * One band of a `bands` standard. Bounds are in percent for ratio facts; an absent bound is open.
 *
 * @example
 * ```ts
 * import { BandSchema } from 'jixiao/scoring';
 * BandSchema.parse({ min: 80, max: 90, points: 4 }); // { min: "80", max: "90", points: "4" }
 * ```
 */
export const BandSchema: BandSchemaType = z.strictObject({
  min: ThresholdSchema.optional(),
  max: ThresholdSchema.optional(),
  points: PointsSchema,
  label: LabelSchema.optional(),
  labelEn: LabelSchema.optional(),
});

/**
 * `bands`: ranges over the value, each worth points. Bands are sorted ascending and contiguous (each
 * band's `max` is the next band's `min`). `closed: 'lower'` (default) puts a shared bound in the upper
 * band (≥ min, < max); `closed: 'upper'` puts it in the lower band (> min, ≤ max).
 *
 * @example
 * ```ts
 * import { BandsLeafSchema } from 'jixiao/scoring';
 * BandsLeafSchema.shape.closed.parse(undefined); // "lower"
 * ```
 */
export const BandsLeafSchema: BandsLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('bands'),
  fact: FactNameSchema,
  closed: z.enum(['lower', 'upper']).default('lower'),
  bands: z.array(BandSchema).min(1).max(50),
});

/**
 * `ratio`: earned = points × value ÷ target, capped at full marks, floor 0 ("按完成比例计算得分，满分为止").
 *
 * @example
 * ```ts
 * import { RatioLeafSchema } from 'jixiao/scoring';
 * RatioLeafSchema.shape.target.parse(undefined); // "100"
 * ```
 */
export const RatioLeafSchema: RatioLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('ratio'),
  fact: FactNameSchema,
  target: PositiveSchema.default('100').describe('目标值；比率以百分数表示'),
});

/**
 * One item of a checklist: a boolean fact worth points when it equals `expect` (default true).
 *
 * @example
 * ```ts
 * import { ChecklistItemSchema } from 'jixiao/scoring';
 * ChecklistItemSchema.parse({ fact: 'controls.budget', points: 1 }); // { fact: 'controls.budget', points: '1', expect: true }
 * ```
 */
export const ChecklistItemSchema: ChecklistItemSchemaType = z.strictObject({
  fact: FactNameSchema,
  points: PointsSchema,
  expect: z.boolean().default(true),
  label: LabelSchema.optional(),
  labelEn: LabelSchema.optional(),
});

/**
 * `checklist`: items each worth points; their points add up to the leaf's.
 *
 * @example
 * ```ts
 * import { ChecklistLeafSchema } from 'jixiao/scoring';
 * ChecklistLeafSchema.shape.method.value; // "checklist"
 * ```
 */
export const ChecklistLeafSchema: ChecklistLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('checklist'),
  items: z.array(ChecklistItemSchema).min(1).max(50),
});

/**
 * `perViolation`: deduct `perItem` for each counted violation (count facts summed), floor 0.
 *
 * @example
 * ```ts
 * import { PerViolationLeafSchema } from 'jixiao/scoring';
 * PerViolationLeafSchema.shape.method.value; // "perViolation"
 * ```
 */
export const PerViolationLeafSchema: PerViolationLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('perViolation'),
  facts: z.array(FactNameSchema).min(1).max(20),
  perItem: PositiveSchema.describe('每项扣分'),
});

/**
 * One case of a categorical standard.
 *
 * @example
 * ```ts
 * import { CategoryCaseSchema } from 'jixiao/scoring';
 * CategoryCaseSchema.parse({ value: true, points: 1, label: '合规' });
 * ```
 */
export const CategoryCaseSchema: CategoryCaseSchemaType = z.strictObject({
  value: z.union([z.boolean(), z.string().max(200)]),
  points: PointsSchema,
  label: LabelSchema.optional(),
  labelEn: LabelSchema.optional(),
});

/**
 * `categorical`: maps a boolean or text fact value to points; `otherwise` covers unlisted values.
 *
 * @example
 * ```ts
 * import { CategoricalLeafSchema } from 'jixiao/scoring';
 * CategoricalLeafSchema.shape.method.value; // "categorical"
 * ```
 */
export const CategoricalLeafSchema: CategoricalLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('categorical'),
  fact: FactNameSchema,
  cases: z.array(CategoryCaseSchema).min(1).max(50),
  otherwise: PointsSchema.optional(),
});

/**
 * `manual`: an evaluator's judgement, read from the input's assessments by indicator id.
 *
 * @example
 * ```ts
 * import { ManualLeafSchema } from 'jixiao/scoring';
 * ManualLeafSchema.shape.method.value; // "manual"
 * ```
 */
export const ManualLeafSchema: ManualLeafSchemaType = z.strictObject({
  ...leafBaseShape,
  method: z.literal('manual'),
});

/**
 * A leaf indicator: one of the methods, discriminated by `method`.
 *
 * @example
 * ```ts
 * import { IndicatorLeafSchema } from 'jixiao/scoring';
 * IndicatorLeafSchema.safeParse(leaf).success;
 * ```
 */
export const IndicatorLeafSchema: IndicatorLeafSchemaType = z.discriminatedUnion('method', [
  LinearLeafSchema,
  BandsLeafSchema,
  RatioLeafSchema,
  ChecklistLeafSchema,
  PerViolationLeafSchema,
  CategoricalLeafSchema,
  ManualLeafSchema,
]);

/**
 * A leaf indicator, as validated: one of the seven methods, discriminated by `method`.
 *
 * @example
 * ```ts
 * import type { IndicatorLeaf } from 'jixiao/scoring';
 * const describe = (l: IndicatorLeaf): string => (l.method === 'linear' ? `${l.fact} ${l.direction} ${l.target}` : l.method);
 * ```
 */
export type IndicatorLeaf = z.output<typeof IndicatorLeafSchema>;
/**
 * A leaf indicator as written (points may be numbers, defaults optional).
 *
 * @example
 * ```ts
 * import type { IndicatorLeafInput } from 'jixiao/scoring';
 * const leaf: IndicatorLeafInput = { id: 'a.b', name: '宣传培训', points: 1, method: 'manual', standard: '…', provenance: { reliability: 'K', source: '…' } };
 * ```
 */
export type IndicatorLeafInput = z.input<typeof IndicatorLeafSchema>;
/**
 * A `linear` leaf: "每超过一个百分点扣 x 分，扣完为止".
 *
 * @example
 * ```ts
 * import type { LinearLeaf } from 'jixiao/scoring';
 * const part: Pick<LinearLeaf, 'method' | 'fact' | 'target' | 'direction' | 'perPoint'> = { method: 'linear', fact: 'ratio.staffControl', target: '100', direction: 'above', perPoint: '0.5' };
 * ```
 */
export type LinearLeaf = z.output<typeof LinearLeafSchema>;
/**
 * A `bands` leaf.
 *
 * @example
 * ```ts
 * import type { BandsLeaf } from 'jixiao/scoring';
 * const part: Pick<BandsLeaf, 'method' | 'fact' | 'closed' | 'bands'> = { method: 'bands', fact: 'ratio.carryOverChange', closed: 'upper', bands: [{ max: '0', points: '3' }, { min: '0', points: '0' }] };
 * ```
 */
export type BandsLeaf = z.output<typeof BandsLeafSchema>;
/**
 * One band of a `bands` leaf (bounds in percent for ratio facts; an absent bound is open).
 *
 * @example
 * ```ts
 * import type { Band } from 'jixiao/scoring';
 * const band: Band = { min: '80', max: '90', points: '4' };
 * ```
 */
export type Band = z.output<typeof BandSchema>;
/**
 * A `ratio` leaf: points × value ÷ target, capped.
 *
 * @example
 * ```ts
 * import type { RatioLeaf } from 'jixiao/scoring';
 * const part: Pick<RatioLeaf, 'method' | 'fact' | 'target'> = { method: 'ratio', fact: 'ratio.taskCompletion', target: '100' };
 * ```
 */
export type RatioLeaf = z.output<typeof RatioLeafSchema>;
/**
 * A `checklist` leaf.
 *
 * @example
 * ```ts
 * import type { ChecklistLeaf } from 'jixiao/scoring';
 * const part: Pick<ChecklistLeaf, 'method' | 'items'> = { method: 'checklist', items: [{ fact: 'controls.budget', points: '1', expect: true }] };
 * ```
 */
export type ChecklistLeaf = z.output<typeof ChecklistLeafSchema>;
/**
 * A `perViolation` leaf.
 *
 * @example
 * ```ts
 * import type { PerViolationLeaf } from 'jixiao/scoring';
 * const part: Pick<PerViolationLeaf, 'method' | 'facts' | 'perItem'> = { method: 'perViolation', facts: ['supervision.violations'], perItem: '1' };
 * ```
 */
export type PerViolationLeaf = z.output<typeof PerViolationLeafSchema>;
/**
 * A `categorical` leaf.
 *
 * @example
 * ```ts
 * import type { CategoricalLeaf } from 'jixiao/scoring';
 * const part: Pick<CategoricalLeaf, 'method' | 'fact' | 'cases'> = { method: 'categorical', fact: 'debt.compliant', cases: [{ value: true, points: '1' }, { value: false, points: '0' }] };
 * ```
 */
export type CategoricalLeaf = z.output<typeof CategoricalLeafSchema>;
/**
 * A `manual` leaf: scored from the input's assessments by id.
 *
 * @example
 * ```ts
 * import type { ManualLeaf } from 'jixiao/scoring';
 * const isManual = (l: { method: string }): l is ManualLeaf => l.method === 'manual';
 * ```
 */
export type ManualLeaf = z.output<typeof ManualLeafSchema>;
