import * as z from 'zod';
import type { Issue, Issues, Locale, PathSegment, Result } from '../shared/issues.js';
import { JixiaoError } from '../shared/issues.js';
import { scanInput } from '../shared/scan.js';
import { fromZodIssues } from '../shared/zodIssues.js';
import { inferPrecision } from './internal/precision.js';
import { makeIssue } from '../shared/makeIssue.js';
import type { MoneyUnit } from './money/money.js';
import { buildEvaluationInputSchema, EvaluationInputSchema, type EvaluationInput } from './schema/input.js';

type EvaluationInputSchemaType = typeof EvaluationInputSchema;

/**
 * Options for parsing an evaluation input.
 *
 * @example
 * ```ts
 * import { safeParseEvaluationInput, type ParseOptions } from 'jixiao/model';
 * const options: ParseOptions = { locale: 'en' };
 * const r = safeParseEvaluationInput(data, options);
 * if (!r.ok) console.error(r.issues.map((i) => i.message).join('\n'));
 * ```
 */
export interface ParseOptions {
  /** Language of issue messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
}

/** The schema for each unit, when the input allows no unknown codes (the usual case). */
const SCHEMAS: Readonly<Record<MoneyUnit, EvaluationInputSchemaType>> = {
  万元: EvaluationInputSchema,
  元: buildEvaluationInputSchema('元'),
};

/**
 * Each unit's schema as zod compiles it (`z.compile`, zod's public API since 4.5): zod generates one
 * parser from the schema, as ajv does, and hands an input that fails it to its own runtime parser, so
 * issues are exactly the schema's. Built on first use of a unit (≈ 30 ms), not at import: a program
 * that never reads an amount in 元 never pays for that one. Where `new Function` is forbidden (a page
 * whose CSP has no `'unsafe-eval'`), `z.compile` returns the schema unchanged and zod parses as before.
 * The same definition either way: compiling changes how zod runs the schema, never what it accepts.
 */
const COMPILED: Partial<Record<MoneyUnit, EvaluationInputSchemaType>> = {};

/**
 * The schema zod runs for a unit: its compiled form, unless the host has asked zod for no generated
 * code (`z.config({ jitless: true })`). zod's own JIT honours that setting and a direct `z.compile`
 * does not, so the library checks it on every call (the host may set it after importing us).
 */
function schemaOfUnit(unit: MoneyUnit): EvaluationInputSchemaType {
  if (z.config().jitless === true) return SCHEMAS[unit];
  return (COMPILED[unit] ??= z.compile(SCHEMAS[unit]));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isNonEmpty = (issues: readonly Issue[]): issues is Issues => issues.length > 0;

/** Report a `duplicate_id` for every item whose key an earlier item already had. */
function duplicates<T>(items: readonly T[], key: (x: T) => string | undefined, path: readonly PathSegment[], locale: Locale, out: Issue[]): void {
  if (items.length < 2) return; // nothing to repeat
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (k === undefined) continue;
    if (seen.has(k)) out.push(makeIssue('duplicate_id', [...path, i], { id: k }, locale));
    else seen.add(k);
  }
}

/** Consistency checks that a schema cannot express field by field. */
function crossChecks(v: EvaluationInput, locale: Locale): Issue[] {
  const out: Issue[] = [];
  if (v.report.fiscalYear > v.report.evaluationYear) {
    out.push(makeIssue('year_mismatch', ['report', 'fiscalYear'], { fiscalYear: v.report.fiscalYear, evaluationYear: v.report.evaluationYear }, locale));
  }
  const { ledger, performance } = v;
  duplicates(ledger.expenditure.byEconomic, (x) => x.code, ['ledger', 'expenditure', 'byEconomic'], locale, out);
  duplicates(ledger.expenditure.byFunctional, (x) => x.code, ['ledger', 'expenditure', 'byFunctional'], locale, out);
  duplicates(ledger.expenditure.lines, (x) => x.id, ['ledger', 'expenditure', 'lines'], locale, out);
  duplicates(ledger.income?.sources ?? [], (x) => x.kind + (x.name ?? ''), ['ledger', 'income', 'sources'], locale, out);
  duplicates(performance.tasks, (x) => x.id, ['performance', 'tasks'], locale, out);
  duplicates(performance.outputs, (x) => x.id, ['performance', 'outputs'], locale, out);
  duplicates(performance.satisfaction, (x) => x.id, ['performance', 'satisfaction'], locale, out);
  duplicates(v.assessments, (x) => x.indicator, ['assessments'], locale, out);
  duplicates(v.department.internalUnits, (x) => x, ['department', 'internalUnits'], locale, out);
  duplicates(v.management.disclosure?.items ?? [], (x) => `${x.kind}:${x.year}`, ['management', 'disclosure', 'items'], locale, out);
  // onTime and qualified may not exceed completed (in that order, task by task).
  performance.tasks.forEach((t, i) => {
    if (t.onTime !== undefined && t.onTime > t.completed)
      out.push(makeIssue('too_big', ['performance', 'tasks', i, 'onTime'], { maximum: t.completed }, locale));
    if (t.qualified !== undefined && t.qualified > t.completed)
      out.push(makeIssue('too_big', ['performance', 'tasks', i, 'qualified'], { maximum: t.completed }, locale));
  });
  performance.satisfaction.forEach((s, i) => {
    if (s.satisfied > s.respondents) out.push(makeIssue('too_big', ['performance', 'satisfaction', i, 'satisfied'], { maximum: s.respondents }, locale));
  });
  return out;
}

/**
 * Parse and validate an evaluation input without throwing. Amounts are read in the input's
 * own `unit` and returned in 万元; classification codes are checked against the catalogs;
 * every issue names its path, in zh-CN (default) or en. The argument is never mutated.
 *
 * @example
 * ```ts
 * import { safeParseEvaluationInput } from 'jixiao';
 * const r = safeParseEvaluationInput(JSON.parse(text), { locale: 'en' });
 * if (r.ok) console.log(r.value.ledger.income.carriedIn); else console.error(r.issues);
 * ```
 */
export function safeParseEvaluationInput(data: unknown, options: ParseOptions = {}): Result<EvaluationInput> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const scanned = scanInput(data, locale);
  if (isNonEmpty(scanned)) return { ok: false, issues: scanned };
  if (!isRecord(data)) {
    return {
      ok: false,
      issues: [makeIssue('invalid_type', [], { expected: 'object', received: Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data }, locale)],
    };
  }
  const parsed = schemaFor(data).safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, locale, [], (path) => keysAt(EvaluationInputSchema, path));
    // zod reports at least one issue for a failed parse; the fallback only satisfies the type.
    return { ok: false, issues: isNonEmpty(issues) ? issues : [makeIssue('invalid_input', [], { detail: parsed.error.message }, locale)] };
  }
  // zod's output is a fresh object built for this call: its precision is set in place (appended when
  // the input has none, as zod omits an absent optional key). This removes a copy of its 15 keys: an
  // object spread followed by one more key is built by V8's slow path (≈ 1.3 µs).
  const value: EvaluationInput = parsed.data;
  value.precision = inferPrecision(data.ledger, value.unit, value.precision);
  const cross = crossChecks(value, locale);
  return isNonEmpty(cross) ? { ok: false, issues: cross } : { ok: true, value };
}

/** The schema for the input's own `unit` and `allowUnknownCodes` (built for this call when it has some). */
function schemaFor(data: Readonly<Record<string, unknown>>): EvaluationInputSchemaType {
  const unit: MoneyUnit = data.unit === '元' ? '元' : '万元';
  const allow = data.allowUnknownCodes;
  if (allow === undefined) return schemaOfUnit(unit);
  return buildEvaluationInputSchema(
    unit,
    allow === true ? 'all' : new Set(Array.isArray(allow) ? allow.filter((c): c is string => typeof c === 'string') : []),
  );
}

/**
 * Parse and validate an evaluation input, throwing a {@link JixiaoError} that carries the
 * located issues when it is not valid.
 *
 * @throws {@link JixiaoError} when the input is invalid.
 * @example
 * ```ts
 * import { parseEvaluationInput } from 'jixiao';
 * const input = parseEvaluationInput(data); // amounts now canonical 万元 strings
 * ```
 */
export function parseEvaluationInput(data: unknown, options: ParseOptions = {}): EvaluationInput {
  const r = safeParseEvaluationInput(data, options);
  if (!r.ok) throw new JixiaoError(r.issues, options.locale === 'en' ? 'en' : 'zh-CN');
  return r.value;
}

/** Strip the wrappers that do not change an object's keys (optional, default, nullable, pipe input). */
function unwrapped(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable || s instanceof z.ZodPrefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/** The keys of the object schema at a data path (array indexes step into the element), for "did you mean". */
function keysAt(schema: z.ZodType, path: readonly PathSegment[]): readonly string[] | undefined {
  let s = unwrapped(schema);
  for (const seg of path) {
    if (s instanceof z.ZodObject && typeof seg === 'string') s = unwrapped(s.shape[seg] as z.ZodType);
    else if (s instanceof z.ZodArray && typeof seg === 'number') s = unwrapped(s.element as z.ZodType);
    else return undefined;
    if (s === undefined) return undefined;
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}
