import * as z from 'zod';
import { deepFreeze } from '../shared/deepFreeze.js';
import { DateSchema, DecimalStringSchema } from '../model/schema/primitives.js';
import { GovernmentLevelSchema } from '../model/schema/department.js';

/**
 * What a threshold value is: money in 万元, a number of days, or a ratio (fraction).
 *
 * @example
 * ```ts
 * import type { ThresholdType } from 'jixiao/rules';
 * const t: ThresholdType = 'money';
 * ```
 */
export type ThresholdType = 'money' | 'number' | 'ratio';

/**
 * One configurable threshold: its kind and labels.
 *
 * @example
 * ```ts
 * import type { ThresholdKeySpec } from 'jixiao/rules';
 * const spec: ThresholdKeySpec = { type: 'number', label: { 'zh-CN': '天数', en: 'days' } };
 * ```
 */
export interface ThresholdKeySpec {
  /** How the value is read and shown. */
  readonly type: ThresholdType;
  /** Labels in both languages. */
  readonly label: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * Every threshold a rule may reference (`{ "threshold": "<key>" }`). Values vary by
 * jurisdiction and year, so they live in {@link ThresholdSet}s, never in rules.
 *
 * @example
 * ```ts
 * import { THRESHOLD_KEYS } from 'jixiao/rules';
 * THRESHOLD_KEYS['disclosure.deadlineDays'].label['zh-CN']; // "预决算公开时限（批复后天数）"
 * ```
 */
export const THRESHOLD_KEYS: {
  readonly 'procurement.decentralizedLimit.goodsServices': ThresholdKeySpec;
  readonly 'procurement.decentralizedLimit.works': ThresholdKeySpec;
  readonly 'procurement.publicTender.goodsServices': ThresholdKeySpec;
  readonly 'disclosure.deadlineDays': ThresholdKeySpec;
  readonly 'carryOver.maxRatio': ThresholdKeySpec;
} = deepFreeze({
  'procurement.decentralizedLimit.goodsServices': {
    type: 'money',
    label: { 'zh-CN': '政府采购分散采购限额标准（货物、服务）', en: 'decentralised procurement limit (goods, services)' },
  },
  'procurement.decentralizedLimit.works': {
    type: 'money',
    label: { 'zh-CN': '政府采购分散采购限额标准（工程）', en: 'decentralised procurement limit (works)' },
  },
  'procurement.publicTender.goodsServices': {
    type: 'money',
    label: { 'zh-CN': '公开招标数额标准（货物、服务）', en: 'public-tender threshold (goods, services)' },
  },
  'disclosure.deadlineDays': {
    type: 'number',
    label: { 'zh-CN': '预决算公开时限（批复后天数）', en: 'disclosure deadline (days after approval)' },
  },
  'carryOver.maxRatio': {
    type: 'ratio',
    label: { 'zh-CN': '结转结余率上限', en: 'carry-over rate ceiling' },
  },
});

/**
 * The key of a configurable threshold.
 *
 * @example
 * ```ts
 * import type { ThresholdKey } from 'jixiao/rules';
 * const key: ThresholdKey = 'procurement.decentralizedLimit.goodsServices';
 * ```
 */
export type ThresholdKey = keyof typeof THRESHOLD_KEYS;

/** True when `name` is a {@link ThresholdKey}. @internal */
export function isThresholdKey(name: string): name is ThresholdKey {
  return Object.prototype.hasOwnProperty.call(THRESHOLD_KEYS, name);
}

const Region = z.string().min(1).max(100);

/**
 * A versioned, jurisdiction-scoped set of thresholds, with its source. Validate sets you
 * receive from outside with this schema before passing them to `runRules`.
 *
 * @example
 * ```ts
 * import { ThresholdSetSchema } from 'jixiao/rules';
 * const set = ThresholdSetSchema.parse({
 *   id: 'sichuan-county-2022', jurisdiction: { province: '四川省', level: 'county' },
 *   effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31',
 *   values: { 'procurement.decentralizedLimit.goodsServices': '100' },
 *   provenance: { reliability: 'O', source: '川财采〔…〕号' },
 * });
 * ```
 */
export const ThresholdSetSchema: z.ZodType<ThresholdSet, unknown> = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/),
  title: z.strictObject({ 'zh-CN': z.string().min(1).max(300), en: z.string().min(1).max(300) }).optional(),
  jurisdiction: z.strictObject({
    province: Region.optional(),
    city: Region.optional(),
    county: Region.optional(),
    level: GovernmentLevelSchema.optional(),
  }),
  effectiveFrom: DateSchema,
  effectiveTo: DateSchema.optional(),
  values: z.strictObject({
    'procurement.decentralizedLimit.goodsServices': DecimalStringSchema.optional(),
    'procurement.decentralizedLimit.works': DecimalStringSchema.optional(),
    'procurement.publicTender.goodsServices': DecimalStringSchema.optional(),
    'disclosure.deadlineDays': DecimalStringSchema.optional(),
    'carryOver.maxRatio': DecimalStringSchema.optional(),
  }),
  provenance: z.strictObject({
    reliability: z.enum(['O', 'M', 'S', 'K']),
    source: z.string().min(1).max(1000),
    url: z.string().max(2000).optional(),
    note: z.string().max(2000).optional(),
  }),
}) as unknown as z.ZodType<ThresholdSet, unknown>; // zod's optional output allows `undefined`; absent keys stay absent

/**
 * A versioned threshold set: which jurisdiction (province, city, county, government level) and
 * which period it covers, its values (money in 万元, days, ratios as fractions) and its source.
 *
 * @example
 * ```ts
 * import type { ThresholdSet } from 'jixiao/rules';
 * const set: ThresholdSet = {
 *   id: 'sichuan-2022-county', jurisdiction: { province: '四川省', level: 'county' },
 *   effectiveFrom: '2022-01-01', effectiveTo: '2022-12-31',
 *   values: { 'procurement.decentralizedLimit.goodsServices': '100' },
 *   provenance: { reliability: 'O', source: '…（文号）' },
 * };
 * ```
 */
export interface ThresholdSet {
  /** Stable id, e.g. `sichuan-2018-county`. */
  readonly id: string;
  /** Human title. */
  readonly title?: { readonly 'zh-CN': string; readonly en: string };
  /** Where it applies; an omitted field matches any value (an empty object is nation-wide). */
  readonly jurisdiction: {
    readonly province?: string;
    readonly city?: string;
    readonly county?: string;
    readonly level?: 'central' | 'provincial' | 'municipal' | 'county' | 'township';
  };
  /** First day it applies (YYYY-MM-DD). */
  readonly effectiveFrom: string;
  /** Last day it applies (YYYY-MM-DD); open-ended when omitted. */
  readonly effectiveTo?: string;
  /** The values, as canonical decimal strings. */
  readonly values: Readonly<Partial<Record<ThresholdKey, string>>>;
  /** Source and reliability (FACTS.md tags). */
  readonly provenance: {
    readonly reliability: 'O' | 'M' | 'S' | 'K';
    readonly source: string;
    readonly url?: string;
    readonly note?: string;
  };
}
