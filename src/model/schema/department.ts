import * as z from 'zod';
import { CountSchema, DateSchema, LabelSchema, TextSchema } from './primitives.js';
import type {
  ActualStaffSchemaType,
  AuthorizedStaffSchemaType,
  DepartmentSchemaType,
  GovernmentLevelSchemaType,
  StaffingSchemaType,
  UnitKindSchemaType,
} from './types.generated.js';

/**
 * 编制 (authorized staffing quota) by kind. Every category is optional: enter only what the report
 * states. The quota total is the sum of 公务员 + 事业 + 工勤 (+ 其他 when given) when those three are
 * all given, else the stated `authorizedTotal`; otherwise it is unavailable, naming the missing field.
 *
 * @example
 * ```ts
 * import { AuthorizedStaffSchema } from 'jixiao/model';
 * AuthorizedStaffSchema.safeParse({ civilServant: 6, institution: 10, logistics: 1 }).success; // true
 * ```
 */
export const AuthorizedStaffSchema: AuthorizedStaffSchemaType = z.strictObject({
  civilServant: CountSchema.optional().describe('公务员编制（报告未列则不填，不填 0）'),
  institution: CountSchema.optional().describe('事业编制（报告未列则不填）'),
  logistics: CountSchema.optional().describe('工勤编制（机关工勤；报告未列则不填）'),
  other: CountSchema.optional().describe('其他编制（仅在报告列出时填写）'),
});

/**
 * 实有人员 (actual staff) by kind. 购买服务 and 编外 people do not count against 编制. Every category
 * is optional and has no default: a category the report does not state is absent, not 0, and the
 * facts that need it (在职人员数, 在职人员控制率…) are unavailable with the field named.
 *
 * @example
 * ```ts
 * import { ActualStaffSchema } from 'jixiao/model';
 * ActualStaffSchema.safeParse({ civilServant: 5, institution: 8, logistics: 1, purchasedService: 36 }).data;
 * // { civilServant: 5, institution: 8, logistics: 1, purchasedService: 36 } (no filler for `other`)
 * ```
 */
export const ActualStaffSchema: ActualStaffSchemaType = z.strictObject({
  civilServant: CountSchema.optional().describe('公务员（报告未列则不填，不填 0）'),
  institution: CountSchema.optional().describe('事业人员（报告未列则不填）'),
  logistics: CountSchema.optional().describe('工勤人员（含控制性工勤；报告未列则不填）'),
  purchasedService: CountSchema.optional().describe('购买服务人员（不占编制；报告未列则不填）'),
  other: CountSchema.optional().describe('其他编外人员（不占编制；仅在报告列出时填写）'),
});

/**
 * Staffing: 编制 vs 实有, as printed. Everything is optional (absent is not zero): stated totals are
 * checked against the parts when both are given.
 *
 * @example
 * ```ts
 * import { StaffingSchema } from 'jixiao/model';
 * StaffingSchema.safeParse({
 *   asOf: '2022-12-31',
 *   authorized: { civilServant: 6, institution: 10, logistics: 1 },
 *   authorizedTotal: 17,
 *   actual: { civilServant: 5, institution: 8, logistics: 1, purchasedService: 36 },
 *   actualTotal: 50,
 * }).success; // true
 * ```
 */
export const StaffingSchema: StaffingSchemaType = z.strictObject({
  asOf: DateSchema.optional().describe('统计截止日期'),
  authorized: AuthorizedStaffSchema.optional().describe('核定编制，按类别（报告未列则不填）'),
  authorizedTotal: CountSchema.optional().describe('核定编制总数（报告所列）'),
  actual: ActualStaffSchema.optional().describe('实有人员，按类别（报告未列则不填）'),
  actualTotal: CountSchema.optional().describe('实有人员总数（报告所列，含购买服务人员）'),
  retired: CountSchema.optional().describe('离退休人员数（不计入在职人员与编制）'),
  inPostTotal: CountSchema.optional().describe('在职人员总数（报告所列，占编制人员，不含购买服务与编外；报告只列总数、未分类别时填写）'),
});

/**
 * Administrative level of the government the department belongs to.
 *
 * @example
 * ```ts
 * import { GovernmentLevelSchema } from 'jixiao/model';
 * GovernmentLevelSchema.options;                // ['central', 'provincial', 'municipal', 'county', 'township']
 * GovernmentLevelSchema.safeParse('county').success; // true
 * ```
 */
export const GovernmentLevelSchema: GovernmentLevelSchemaType = z.enum(['central', 'provincial', 'municipal', 'county', 'township']);

/**
 * Kind of unit: 行政单位, 事业单位, or 参照公务员法管理.
 *
 * @example
 * ```ts
 * import { UnitKindSchema } from 'jixiao/model';
 * UnitKindSchema.safeParse('civil_service_managed').success; // true
 * UnitKindSchema.safeParse('enterprise').success;            // false
 * ```
 */
export const UnitKindSchema: UnitKindSchemaType = z.enum(['administrative', 'institution', 'civil_service_managed']);

/**
 * The department evaluated.
 *
 * @example
 * ```ts
 * import { DepartmentSchema } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * import * as z from 'zod';
 * DepartmentSchema.safeParse(ENYANG_2022_EXAMPLE.department).success; // true
 * const jsonSchema = z.toJSONSchema(DepartmentSchema, { io: 'input' });
 * ```
 */
export const DepartmentSchema: DepartmentSchemaType = z.strictObject({
  name: LabelSchema.describe('部门名称，如“巴中市恩阳区行政审批局”'),
  shortName: LabelSchema.optional().describe('简称，如“区行政审批局”'),
  code: z.string().max(64).optional().describe('单位编码'),
  region: z.strictObject({
    province: LabelSchema.optional(),
    city: LabelSchema.optional(),
    county: LabelSchema.optional(),
  }),
  level: GovernmentLevelSchema.describe('所属政府级次'),
  kind: UnitKindSchema.describe('单位性质'),
  rank: LabelSchema.optional().describe('机构规格，如“正科级”'),
  parent: LabelSchema.optional().describe('隶属，如“巴中市恩阳区人民政府工作部门”'),
  internalUnits: z.array(LabelSchema).max(1000).default([]).describe('内设机构'),
  functions: TextSchema.optional().describe('机构职能（报告未列则不填）'),
  staffing: StaffingSchema.optional().describe('编制与实有人员（报告未列则不填）'),
});

/**
 * The department, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Department } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const department: Department = parseEvaluationInput(ENYANG_2022_EXAMPLE).department;
 * department.name;  // "巴中市恩阳区行政审批局"
 * department.level; // "county"
 * ```
 */
export type Department = z.output<typeof DepartmentSchema>;
/**
 * Staffing, as parsed.
 *
 * @example
 * ```ts
 * import { parseEvaluationInput, type Staffing } from 'jixiao/model';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const staffing: Staffing | undefined = parseEvaluationInput(ENYANG_2022_EXAMPLE).department.staffing;
 * staffing?.authorizedTotal;          // 17
 * staffing?.actual?.purchasedService; // 36 (not counted against 编制)
 * ```
 */
export type Staffing = z.output<typeof StaffingSchema>;
