import * as z from 'zod';
import { GovernmentLevelSchema } from '../../model/schema/department.js';
import { IdSchema, LabelSchema, TextSchema, YearSchema } from '../../model/schema/primitives.js';
import { IndicatorProvenanceSchema, PointsSchema, ReliabilitySchema, UnavailablePolicySchema } from './common.js';
import { type IndicatorLeaf, type IndicatorLeafInput, IndicatorLeafSchema } from './methods.js';
import type { GradeBandSchemaType, IndicatorSystemMetaSchemaType, SystemScopeSchemaType } from './types.generated.js';

/**
 * A group node (一级/二级指标): its children's points add up to its own.
 *
 * @example
 * ```ts
 * import type { IndicatorGroup } from 'jixiao/scoring';
 * const g: IndicatorGroup = { id: 'decision', name: '部门决策', points: '20', children: [] };
 * ```
 */
export interface IndicatorGroup {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly points: string;
  /** Flat form: the id of the parent node. */
  readonly parent?: string | undefined;
  readonly description?: string | undefined;
  readonly children?: readonly IndicatorNode[] | undefined;
}

/**
 * A group node as written (points may be numbers).
 *
 * @example
 * ```ts
 * import type { IndicatorGroupInput } from 'jixiao/scoring';
 * const g: IndicatorGroupInput = { id: 'decision', name: '部门决策', points: 20 };
 * ```
 */
export interface IndicatorGroupInput {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly points: string | number;
  readonly parent?: string | undefined;
  readonly description?: string | undefined;
  readonly children?: readonly IndicatorNodeInput[] | undefined;
}

/**
 * A node of an indicator tree: a group or a leaf (a leaf has a `method`).
 *
 * @example
 * ```ts
 * import type { IndicatorNode } from 'jixiao/scoring';
 * const count = (n: IndicatorNode): number => ('method' in n ? 1 : (n.children ?? []).reduce((a, c) => a + count(c), 0));
 * ```
 */
export type IndicatorNode = IndicatorGroup | IndicatorLeaf;
/**
 * A node as written.
 *
 * @example
 * ```ts
 * import type { IndicatorNodeInput } from 'jixiao/scoring';
 * const flat: IndicatorNodeInput[] = [{ id: 'g', name: '组', points: 5 }, { id: 'g.x', name: '项', points: 5, parent: 'g', method: 'manual', standard: '…', provenance: { reliability: 'K', source: '…' } }];
 * ```
 */
export type IndicatorNodeInput = IndicatorGroupInput | IndicatorLeafInput;

/**
 * A group node.
 *
 * @example
 * ```ts
 * import { IndicatorGroupSchema } from 'jixiao/scoring';
 * IndicatorGroupSchema.safeParse({ id: 'decision', name: '部门决策', points: 20 }).success; // true
 * ```
 */
export const IndicatorGroupSchema: z.ZodType<IndicatorGroup, IndicatorGroupInput> = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  nameEn: LabelSchema.optional(),
  points: PointsSchema,
  parent: IdSchema.optional(),
  description: TextSchema.optional(),
  children: z
    .array(z.lazy(() => IndicatorNodeSchema))
    .max(200)
    .optional(),
}) as unknown as z.ZodType<IndicatorGroup, IndicatorGroupInput>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A node: a leaf when it has a `method`, otherwise a group. Dispatching on `method` (rather than a
 * union) reports the issues of the shape the author meant.
 *
 * @example
 * ```ts
 * import { IndicatorNodeSchema } from 'jixiao/scoring';
 * IndicatorNodeSchema.safeParse({ id: 'x', name: 'X', points: 1, method: 'magic' }).success; // false
 * ```
 */
export const IndicatorNodeSchema: z.ZodType<IndicatorNode, IndicatorNodeInput> = z.lazy(() =>
  z.unknown().transform((value, ctx) => {
    const schema: z.ZodType<IndicatorNode> = isRecord(value) && 'method' in value ? IndicatorLeafSchema : IndicatorGroupSchema;
    const r = schema.safeParse(value, { reportInput: true });
    if (r.success) return r.data;
    for (const issue of r.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  }),
) as unknown as z.ZodType<IndicatorNode, IndicatorNodeInput>;

/**
 * One grade (等级): a total at or above `min` (lower bound inclusive) earns `label`.
 *
 * @example
 * ```ts
 * import { GradeBandSchema } from 'jixiao/scoring';
 * GradeBandSchema.parse({ label: '优秀', min: 90, assumed: false }); // min: "90"
 * ```
 */
export const GradeBandSchema: GradeBandSchemaType = z.strictObject({
  label: LabelSchema,
  labelEn: LabelSchema.optional(),
  min: PointsSchema,
  /** True when the cut point is not confirmed by an official source for this jurisdiction. */
  assumed: z.boolean(),
  reliability: ReliabilitySchema.optional(),
  source: TextSchema.optional(),
});

/**
 * Where and when an indicator system applies (as data): any of `regions` (each matched on the parts it
 * names: province, city, county), any of `fiscalYears` (the 被评价年度), any of `levels` (政府级次). A part
 * left out places no limit: `{}` (or no scope) is a national system for any year. Evaluating a department
 * outside the scope is allowed but gives a `system_scope_mismatch` notice.
 *
 * @example
 * ```ts
 * import { SystemScopeSchema } from 'jixiao/scoring';
 * SystemScopeSchema.parse({ regions: [{ province: '四川省', city: '巴中市', county: '恩阳区' }], fiscalYears: [2022], levels: ['county'] });
 * ```
 */
export const SystemScopeSchema: SystemScopeSchemaType = z.strictObject({
  regions: z
    .array(z.strictObject({ province: LabelSchema.optional(), city: LabelSchema.optional(), county: LabelSchema.optional() }))
    .max(100)
    .optional(),
  fiscalYears: z.array(YearSchema).max(50).optional(),
  levels: z.array(GovernmentLevelSchema).max(5).optional(),
  /** Where the scope comes from, or why it is what it is. */
  note: TextSchema.optional(),
});

/**
 * An indicator system's scope, as parsed.
 *
 * @example
 * ```ts
 * import type { SystemScope } from 'jixiao/scoring';
 * const national: SystemScope = { note: '全国通用框架' };
 * ```
 */
export type SystemScope = z.output<typeof SystemScopeSchema>;

/** The system-level fields (everything but the indicator tree). */
const systemShape = {
  id: IdSchema,
  version: z.string().min(1).max(50),
  name: LabelSchema,
  nameEn: LabelSchema.optional(),
  jurisdiction: LabelSchema.describe('适用地区，如 四川省巴中市恩阳区'),
  year: YearSchema.describe('评价年度'),
  total: PointsSchema.describe('总分，通常为 100'),
  provenance: IndicatorProvenanceSchema,
  description: TextSchema.optional(),
  grades: z.array(GradeBandSchema).min(1).max(20),
  unavailablePolicy: UnavailablePolicySchema.describe('数据缺失时的处理：full / zero / reweight'),
  unassessedPolicy: UnavailablePolicySchema.default('zero').describe('人工评分指标缺少评价意见时的处理（zero：待评，暂计0分，总分为暂定）'),
  scope: SystemScopeSchema.optional().describe('适用范围：地区、被评价年度、政府级次'),
};

/**
 * The system-level fields of an indicator system (everything but the indicator tree).
 *
 * @example
 * ```ts
 * import { IndicatorSystemMetaSchema } from 'jixiao/scoring';
 * Object.keys(IndicatorSystemMetaSchema.shape); // ["id", "version", "name", …]
 * ```
 */
export const IndicatorSystemMetaSchema: IndicatorSystemMetaSchemaType = z.strictObject(systemShape);

/**
 * An indicator system, as validated: the tree is nested (no `parent` references remain).
 *
 * @example
 * ```ts
 * import { validateIndicatorSystem, type IndicatorSystem } from 'jixiao/scoring';
 * const r = validateIndicatorSystem(data);
 * const system: IndicatorSystem | undefined = r.ok ? r.value : undefined;
 * ```
 */
export type IndicatorSystem = z.output<typeof IndicatorSystemMetaSchema> & { readonly indicators: readonly IndicatorNode[] };
/**
 * An indicator system as written: nested, or flat with `parent` ids.
 *
 * @example
 * ```ts
 * import type { IndicatorSystemInput } from 'jixiao/scoring';
 * const draft: Partial<IndicatorSystemInput> = { id: 'my-2024', total: 100, unavailablePolicy: 'zero' };
 * ```
 */
export type IndicatorSystemInput = z.input<typeof IndicatorSystemMetaSchema> & { readonly indicators: readonly IndicatorNodeInput[] };
/**
 * A grade band (等级): lower bound inclusive.
 *
 * @example
 * ```ts
 * import type { GradeBand } from 'jixiao/scoring';
 * const g: GradeBand = { label: '优秀', min: '90', assumed: false };
 * ```
 */
export type GradeBand = z.output<typeof GradeBandSchema>;

/**
 * The zod schema of an indicator system (评价指标体系): system metadata, grade bands, policies and
 * the indicator tree (nested `children`, or a flat list whose nodes name their `parent`). It checks
 * shapes only; {@link validateIndicatorSystem} also checks points, ids, facts, bands and cycles.
 *
 * @example
 * ```ts
 * import { IndicatorSystemSchema } from 'jixiao/scoring';
 * const r = IndicatorSystemSchema.safeParse(JSON.parse(text));
 * if (!r.success) console.error(r.error.issues);
 * ```
 */
export const IndicatorSystemSchema: z.ZodType<IndicatorSystem, IndicatorSystemInput> = z.strictObject({
  ...systemShape,
  indicators: z.array(IndicatorNodeSchema).min(1).max(500),
}) as unknown as z.ZodType<IndicatorSystem, IndicatorSystemInput>;

/** Is this node a leaf? */
export const isLeaf = (n: IndicatorNode): n is IndicatorLeaf => 'method' in n;
