import * as z from 'zod';
import { type Money, type MoneyUnit, readMoney, type ReadMoneyOptions } from '../money/money.js';
import { type CatalogKind, CODE_SHAPES, isWellFormedCode, lookupCode, nearestCode } from '../catalog/lookup.js';
import type { CountSchemaType, IdSchemaType, LabelSchemaType, TextSchemaType, YearSchemaType } from './types.generated.js';

/** Builders for amount schemas bound to one input unit. @internal */
export interface AmountSchemas {
  readonly unit: MoneyUnit;
  /** A non-negative amount. */
  readonly money: () => z.ZodType<Money, unknown>;
  /** An amount that may be negative (adjustments, changes). */
  readonly signedMoney: () => z.ZodType<Money, unknown>;
}

const PROBLEM_CODES = {
  not_decimal: 'invalid_amount',
  not_finite: 'invalid_amount',
  unsafe_number: 'unsafe_number',
  too_precise: 'amount_too_precise',
  too_large: 'amount_too_large',
  negative: 'negative_amount',
  negative_zero: 'negative_zero',
} as const;

/** How a rejected amount is shown in a message. Never calls the value's own toString (it may have none). */
function describeAmount(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, 40));
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
}

/** A rejected value's issue, as the schema's refinement explains it from the input (see `zodIssues.ts`). @internal */
export interface Explained {
  readonly message: string;
  readonly params: Record<string, string | number>;
}

/**
 * The options of a refinement that explains its rejections from the rejected input: our issue code
 * as zod's message (what a raw zod issue of the public schemas said before), and the explanation in
 * the params, for `shared/zodIssues.ts` to read the issue's params from. `abort`: a rejection stops
 * the checks of the objects around it, as a transform's issue did (a `superRefine`'s did not).
 * @internal
 */
export const explains = (
  explain: (input: unknown) => Explained,
  abort = false,
): {
  readonly params: { readonly explain: (input: unknown) => Explained };
  readonly error: (issue: { readonly input?: unknown }) => string;
  readonly abort: boolean;
} => ({
  params: { explain },
  error: (issue) => explain(issue.input).message,
  abort,
});

function amount(unit: MoneyUnit, allowNegative: boolean): z.ZodType<Money, unknown> {
  // A refinement and an overwrite rather than a transform: zod's compiled parser calls a predicate
  // and an overwrite directly, where a transform (or a superRefine) gets a payload object built per
  // value, and V8 pretenures those payloads in about half the processes (bench/README.md, "Forks").
  // `z.unknown()` keeps required amounts required in JSON Schema. A rejection is explained from the
  // rejected input by the same readMoney, so the issues are as before. An accepted amount is read
  // twice (refinement, then overwrite; ≈ 22 ns each): a refinement cannot hand its value on, and an
  // overwrite that marked a failure for the refinement would put the marker, not the input, in the
  // issue zod reports to users of the public schemas.
  const options: ReadMoneyOptions = { unit, allowNegative }; // built once per schema, not per amount read
  const explain = (input: unknown): Explained => {
    if (input === undefined) return { message: 'required', params: {} };
    const r = readMoney(input, options);
    const p = r.ok ? ({ kind: 'not_decimal' } as const) : r.problem;
    const params: Record<string, string | number> = { unit, received: describeAmount(input) };
    if (p.kind === 'too_precise') Object.assign(params, { decimals: p.decimals, max: p.max });
    if (p.kind === 'too_large') Object.assign(params, { digits: p.digits, max: p.max });
    return { message: PROBLEM_CODES[p.kind], params };
  };
  const schema = z
    .unknown()
    .refine((input) => input !== undefined && readMoney(input, options).ok, explains(explain, true))
    .overwrite((input) => {
      const r = readMoney(input, options);
      return r.ok ? r.value : input;
    })
    // Typed as Money by its output side (a predicate, called directly too); reached only when the
    // refinement passed, so the value is the canonical amount the overwrite wrote.
    .pipe(z.custom<Money>((v) => typeof v === 'string'))
    .meta({ description: `Amount in ${unit}: a decimal string such as "576.08" (or a finite number)` });
  AMOUNTS.add(schema.def);
  return schema;
}

/**
 * The definitions of every amount schema built by {@link amount}. Keyed by definition, not by schema:
 * `.describe()` and `.meta()` return a copy that shares its definition. Read only by
 * {@link isAmountSchema}, which the reporting-precision walk uses to find the amounts in the ledger.
 */
const AMOUNTS = new WeakSet<object>();

/** True when `schema` is an amount (or a described copy of one) built by {@link amountSchemas}. @internal */
export function isAmountSchema(schema: z.ZodType): boolean {
  return AMOUNTS.has(schema.def);
}

/** Amount schemas for one unit. @internal */
export function amountSchemas(unit: MoneyUnit): AmountSchemas {
  return { unit, money: () => amount(unit, false), signedMoney: () => amount(unit, true) };
}

/** Why a classification code is rejected, or undefined when it is accepted. */
function codeProblem(kind: CatalogKind, code: string, allowUnknown: ReadonlySet<string> | 'all'): 'invalid_code' | { readonly unknown: string } | undefined {
  // A code of the catalog is accepted by one lookup: every entry is well formed and its class is an
  // entry too (parse.test.ts states it), so the shape test, the class cut out of the code and its
  // lookup are only needed for a code the catalog does not have.
  if (lookupCode(kind, code)) return undefined;
  if (!isWellFormedCode(kind, code)) return 'invalid_code';
  const cls = code.slice(0, 3);
  if (!lookupCode(kind, cls)) return allowUnknown === 'all' || allowUnknown.has(cls) ? undefined : { unknown: cls };
  return allowUnknown === 'all' || allowUnknown.has(code) ? undefined : { unknown: code };
}

/** A classification code, validated for shape and (unless allowed) catalog membership. @internal */
export function codeSchema(kind: CatalogKind, allowUnknown: ReadonlySet<string> | 'all'): z.ZodType<string, unknown> {
  const catalog = kind === 'functional' ? '支出功能分类/functional' : '经济分类/economic';
  const explain = (input: unknown): Explained => {
    const code = input as string;
    const problem = codeProblem(kind, code, allowUnknown);
    if (problem === 'invalid_code' || problem === undefined)
      return { message: 'invalid_code', params: { catalog, expected: CODE_SHAPES[kind], received: JSON.stringify(code.slice(0, 20)) } };
    const suggestion = nearestCode(kind, problem.unknown);
    return { message: 'unknown_code', params: { catalog, received: problem.unknown, ...(suggestion ? { suggestion } : {}) } };
  };
  return z.string().refine((code) => codeProblem(kind, code, allowUnknown) === undefined, explains(explain));
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written YYYY-MM-DD. @internal */
export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD. */
export const DateSchema: z.ZodType<string, unknown> = z
  .string()
  .refine(
    isValidDate,
    explains((s) => ({ message: 'invalid_date', params: { received: JSON.stringify((s as string).slice(0, 20)) } })),
  )
  .meta({ description: 'Date, YYYY-MM-DD' });

/** A fiscal or calendar year. */
export const YearSchema: YearSchemaType = z.int().min(1990).max(2100);

/** A count of people or items. */
export const CountSchema: CountSchemaType = z.int().min(0).max(1_000_000_000);

/** A short label. */
export const LabelSchema: LabelSchemaType = z.string().min(1).max(500);

/** A paragraph of text. */
export const TextSchema: TextSchemaType = z.string().max(100_000);

/** How {@link DecimalStringSchema} reads its number (built once, not per value read). */
const DECIMAL_OPTIONS: ReadMoneyOptions = { unit: '万元', allowNegative: true };

/** A non-negative decimal number that is not money (points, percentages, counts with decimals). */
export const DecimalStringSchema: z.ZodType<string, unknown> = z
  .union([z.string(), z.number()])
  // A refinement and an overwrite, as amounts are (see `amount`, also for why a number is read twice).
  .refine(
    (v) => readMoney(v, DECIMAL_OPTIONS).ok,
    explains((v) => ({ message: 'invalid_format', params: { expected: 'decimal number', received: JSON.stringify(String(v).slice(0, 40)) } }), true),
  )
  .overwrite((v) => {
    const r = readMoney(v, DECIMAL_OPTIONS);
    return r.ok ? r.value : v;
  })
  .pipe(z.custom<string>((v) => typeof v === 'string'));

/** Identifier: lower-case dotted/dashed slug. */
export const IdSchema: IdSchemaType = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/);
