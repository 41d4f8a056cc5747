import * as z from 'zod';
import type { FactSetName } from '../facts/types.js';
import { readMoney } from '../model/money/money.js';
import { checkPackIds, checkRule } from './internal/validateRule.js';
import type { Condition, Rule, RulePack } from './ruleTypes.js';

export type { Condition, ContextFact, Leaf, LocalizedText, Operand, Rule, RulePack, Scalar } from './ruleTypes.js';

const Text = (max: number) => z.string().min(1).max(max);
const Localized = z.strictObject({ 'zh-CN': Text(500), en: Text(500) });
const FactName = Text(200);

const ScalarSchema = z.union([z.string().max(200), z.boolean(), z.number()]).transform((v, ctx) => {
  if (typeof v !== 'number') return v;
  const r = readMoney(v, { allowNegative: true });
  if (r.ok) return r.value as string;
  ctx.addIssue({ code: 'custom', message: 'invalid_operand', params: { reason: 'not_decimal', received: String(v) } });
  return z.NEVER;
});

const OperandSchema = z.union([
  ScalarSchema,
  z.array(ScalarSchema).min(1).max(1000),
  z.strictObject({ fact: FactName }),
  z.strictObject({ threshold: Text(100) }),
]);

const NodeSchema = z.strictObject({
  all: z
    .array(z.lazy(() => ConditionSchema))
    .min(1)
    .max(100)
    .optional(),
  any: z
    .array(z.lazy(() => ConditionSchema))
    .min(1)
    .max(100)
    .optional(),
  not: z.lazy(() => ConditionSchema).optional(),
  fact: FactName.optional(),
  op: Text(40).optional(),
  value: OperandSchema.optional(),
  tolerance: z
    .union([z.string().max(40), z.number()])
    .transform((v) => String(v))
    .optional(),
});

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * A condition: `{ all: [...] }`, `{ any: [...] }`, `{ not: … }` or a leaf
 * `{ fact, op, value?, tolerance? }`. Structure only; fact names, operators and operands are
 * checked by {@link RuleSchema}, which knows the rule's `forEach`.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from 'jixiao/rules';
 * ConditionSchema.parse({ all: [{ fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.budget' } }] });
 * ```
 */
export const ConditionSchema: z.ZodType<Condition, unknown> = NodeSchema.superRefine((n, ctx) => {
  const groups = (['all', 'any', 'not'] as const).filter((k) => n[k] !== undefined);
  const isLeaf = n.fact !== undefined || n.op !== undefined || n.value !== undefined || n.tolerance !== undefined;
  if (groups.length + (isLeaf ? 1 : 0) > 1) {
    ctx.addIssue({ code: 'custom', message: 'invalid_operand', params: { reason: 'mixed_node' } });
  } else if (groups.length === 0) {
    if (n.fact === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['fact'], params: {} });
    if (n.op === undefined) ctx.addIssue({ code: 'custom', message: 'required', path: ['op'], params: {} });
  }
}).transform((n) => strip(n)) as unknown as z.ZodType<Condition, unknown>;

const RefSchema = z.strictObject({
  doc: Text(500),
  article: Text(200).optional(),
  url: z.string().max(2000).optional(),
  reliability: z.enum(['O', 'M', 'S', 'K']).optional(),
});

const FACT_SETS = [
  'economicClasses',
  'economicCodes',
  'functionalClasses',
  'functionalCodes',
  'threePublicItems',
  'disclosureKinds',
  'statedTotals',
  'statedTotalsPartial',
  'statedCounts',
  'statedCountsPartial',
  'statedQuotas',
  'staffCategories',
] as const satisfies readonly FactSetName[];
/** Compile-time check that FACT_SETS names every FactSetName. */
const ALL_SETS_LISTED: [Exclude<FactSetName, (typeof FACT_SETS)[number]>] extends [never] ? true : false = true;
void ALL_SETS_LISTED;

/**
 * The schema of one rule. Beyond the shape it rejects, with a located issue: an unknown fact
 * (`unknown_fact`), an unknown operator (`unknown_operator`), an unknown threshold
 * (`unknown_threshold`), `{key}` without `forEach`, and operands that do not fit the operator or
 * the fact's type (`invalid_operand`).
 *
 * @example
 * ```ts
 * import { RuleSchema } from 'jixiao/rules';
 * const r = RuleSchema.safeParse({
 *   id: 'my.reception.cap', severity: 'warning', category: 'compliance',
 *   title: { 'zh-CN': '公务接待费不超过 1 万元', en: 'Reception at most 10k yuan' },
 *   check: { fact: 'threePublic.reception.actual', op: 'lte', value: '1' },
 * });
 * r.success; // true
 * ```
 */
export const RuleSchema: z.ZodType<Rule, unknown> = z
  .strictObject({
    id: z
      .string()
      .max(120)
      .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/),
    title: Localized,
    description: z.strictObject({ 'zh-CN': Text(4000), en: Text(4000) }).optional(),
    severity: z.enum(['error', 'warning', 'info']),
    category: z.enum(['balance', 'consistency', 'completeness', 'compliance']),
    refs: z.array(RefSchema).max(20).default([]),
    tags: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(40),
      )
      .max(20)
      .default([]),
    forEach: z.enum(FACT_SETS).optional(),
    when: ConditionSchema.optional(),
    check: ConditionSchema,
    context: z
      .array(z.strictObject({ fact: FactName, note: Localized.optional() }))
      .max(10)
      .optional(),
  })
  .superRefine((rule, ctx) => {
    for (const p of checkRule(rule as unknown as Rule)) ctx.addIssue({ code: 'custom', message: p.code, path: p.path, params: p.params });
  })
  .transform((r) => strip(r)) as unknown as z.ZodType<Rule, unknown>;

/**
 * The schema of a rule pack `{ id, version, title?, rules[] }`; rule ids must be unique
 * within the pack (`duplicate_id`).
 *
 * @example
 * ```ts
 * import { RulePackSchema } from 'jixiao/rules';
 * RulePackSchema.safeParse({ id: 'my.pack', version: '1.0.0', rules: [] }).success; // true
 * ```
 */
export const RulePackSchema: z.ZodType<RulePack, unknown> = z
  .strictObject({
    id: z
      .string()
      .max(120)
      .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/),
    version: z
      .string()
      .max(40)
      .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/),
    title: Localized.optional(),
    rules: z.array(RuleSchema).max(10_000),
  })
  .superRefine((pack, ctx) => {
    for (const p of checkPackIds(pack.rules)) ctx.addIssue({ code: 'custom', message: p.code, path: p.path, params: p.params });
  })
  .transform((p) => strip(p)) as unknown as z.ZodType<RulePack, unknown>;
