import type { Issue, Issues, Locale, PathSegment, Result } from '../shared/issues.js';
import { JixiaoError } from '../shared/issues.js';
import { compileFastParser, type FastParseInfo } from './internal/fastParse.js';
import { scanInput } from '../shared/scan.js';
import { fromZodIssues } from './internal/zodIssues.js';
import { makeIssue } from '../shared/makeIssue.js';
import type { MoneyUnit } from './money/money.js';
import { buildEvaluationInputSchema, EvaluationInputSchema, type EvaluationInput } from './schema/input.js';

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

/** The schema for inputs written in 元, built on first use (most inputs are in 万元). */
let yuanSchema: ReturnType<typeof buildEvaluationInputSchema> | undefined;

/**
 * The one-pass parser for valid input (internal/fastParse.ts), compiled from the schema on first
 * use; null when it cannot be compiled (then every input takes the zod path, as before).
 */
let fastParse: ((data: unknown, info?: FastParseInfo) => unknown) | null | undefined;

function fastParser(): ((data: unknown, info?: FastParseInfo) => unknown) | null {
  if (fastParse === undefined) {
    try {
      fastParse = compileFastParser(EvaluationInputSchema);
    } catch {
      fastParse = null;
    }
  }
  return fastParse;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DECIMAL_TEXT = /^-?\d+\.\d+$/;

/**
 * The most decimals written in any amount under `ledger` (strings keep trailing zeros). The fast
 * parser computes the same in its one pass (`noteDecimals` in internal/fastParse.ts, which must
 * stay in step with this); this walk serves the zod path and inputs too large for that. @internal
 */
export function inferPrecision(ledger: unknown): number {
  let max = 0;
  const stack: unknown[] = [ledger];
  let budget = 1_000_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const dot = v.indexOf('.');
      if (dot > 0 && v.length - dot - 1 > max && DECIMAL_TEXT.test(v)) max = v.length - dot - 1;
    } else if (typeof v === 'number' && Number.isFinite(v)) {
      const frac = String(v).split('.')[1];
      if (frac) max = Math.max(max, frac.length);
    } else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isRecord(v)) for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) stack.push(v[k]);
  }
  return Math.min(max, 6);
}

/** Lists longer than this are checked for repeats in {@link SHARDS} Sets rather than one. */
const SHARD_FROM = 2048;
const SHARDS = 64;
/** The Set of a key: equal keys always get the same one. */
const shardOf = (k: string): number => {
  const n = k.length;
  return (n === 0 ? 0 : k.charCodeAt(n - 1) * 31 + (n > 1 ? k.charCodeAt(n - 2) * 7 : 0) + n) & (SHARDS - 1);
};

/**
 * Report a `duplicate_id` for every item whose key an earlier item already had. Many lists are
 * very short (a few income sources, codes, tasks), where comparing with the earlier keys costs less
 * than building a Set; longer ones use a Set (comparing strings pairwise grows too fast: measured
 * worse already at the fixture's 59 outputs). Both report the same issues in the same order.
 * Duplicates are rare, so the long path first only asks whether there are any: one `add` per key,
 * a key already there being one that leaves the size unchanged (a `has` and an `add` per key were
 * most of this function's cost), and only on the first repeat does the loop run to report them.
 * Before that, keys already in strictly increasing order are known to be distinct without a Set.
 */
function duplicates<T>(items: readonly T[], key: (x: T) => string | undefined, path: readonly PathSegment[], locale: Locale, out: Issue[]): void {
  const n = items.length;
  if (n < 2) return;
  if (n <= 8) {
    const keys: (string | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      const k = key(items[i] as T);
      keys.push(k);
      if (k === undefined) continue;
      for (let j = 0; j < i; j++) {
        if (keys[j] === k) {
          out.push(makeIssue('duplicate_id', [...path, i], { id: k }, locale));
          break;
        }
      }
    }
    return;
  }
  // Keys in strictly increasing order (ledger lines numbered in order, the usual export) are
  // distinct by definition: one comparison per key settles it. A Set of many thousand entries
  // costs ≈ 300 ns per add here (its table outgrows the regular heap pages and is reallocated in
  // large-object space as it grows): it was a third of evaluating a 10,000-line department and
  // made evaluation grow faster than the ledger.
  let previous = key(items[0] as T);
  let ascending = previous !== undefined;
  for (let i = 1; ascending && i < n; i++) {
    const k = key(items[i] as T);
    ascending = k !== undefined && (previous as string) < k;
    previous = k;
  }
  if (ascending) return;
  // Long lists are spread over SHARDS small Sets by their last two characters and length (equal
  // keys land in the same Set): a few thousand entries per Set stay in regular heap pages, at
  // ≈ 40 ns per id for 10,000 ids against ≈ 300 ns in one Set.
  const shards: Set<string>[] | undefined = n > SHARD_FROM ? [] : undefined;
  if (shards) for (let s = 0; s < SHARDS; s++) shards.push(new Set<string>());
  const one = shards ? undefined : new Set<string>();
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const k = key(items[i] as T);
    if (k === undefined) continue;
    const set = shards ? (shards[shardOf(k)] as Set<string>) : (one as Set<string>);
    const size = set.size;
    if (set.add(k).size === size) {
      repeated = true;
      break;
    }
  }
  if (!repeated) return;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const k = key(items[i] as T);
    if (k === undefined) continue;
    if (seen.has(k)) out.push(makeIssue('duplicate_id', [...path, i], { id: k }, locale));
    seen.add(k);
  }
}

// The keys `crossChecks` compares, defined once rather than as fresh closures on every parse.
type Ex = EvaluationInput['ledger']['expenditure'];
type Perf = EvaluationInput['performance'];
const codeKey = (x: { readonly code: string }): string => x.code;
const idKey = (x: { readonly id?: string | undefined }): string | undefined => x.id;
const sourceKey = (x: EvaluationInput['ledger']['income']['sources'][number]): string => x.kind + (x.name ?? '');
const indicatorKey = (x: EvaluationInput['assessments'][number]): string => x.indicator;
const selfKey = (x: string): string => x;
const disclosureKey = (x: EvaluationInput['management']['disclosure']['items'][number]): string => `${x.kind}:${x.year}`;
type Task = Perf['tasks'][number];
// Where each list's duplicates are reported (only copied, with the index, into an issue).
const AT_BY_ECONOMIC: readonly PathSegment[] = ['ledger', 'expenditure', 'byEconomic'];
const AT_BY_FUNCTIONAL: readonly PathSegment[] = ['ledger', 'expenditure', 'byFunctional'];
const AT_LINES: readonly PathSegment[] = ['ledger', 'expenditure', 'lines'];
const AT_SOURCES: readonly PathSegment[] = ['ledger', 'income', 'sources'];
const AT_TASKS: readonly PathSegment[] = ['performance', 'tasks'];
const AT_OUTPUTS: readonly PathSegment[] = ['performance', 'outputs'];
const AT_SATISFACTION: readonly PathSegment[] = ['performance', 'satisfaction'];
const AT_ASSESSMENTS: readonly PathSegment[] = ['assessments'];
const AT_UNITS: readonly PathSegment[] = ['department', 'internalUnits'];
const AT_DISCLOSURE: readonly PathSegment[] = ['management', 'disclosure', 'items'];

/** Consistency checks that a schema cannot express field by field. */
function crossChecks(v: EvaluationInput, locale: Locale): Issue[] {
  const out: Issue[] = [];
  if (v.report.fiscalYear > v.report.evaluationYear) {
    out.push(makeIssue('year_mismatch', ['report', 'fiscalYear'], {
      detail: locale === 'en'
        ? `fiscal year ${v.report.fiscalYear} is after evaluation year ${v.report.evaluationYear}`
        : `被评价年度 ${v.report.fiscalYear} 晚于评价年度 ${v.report.evaluationYear}`,
    }, locale));
  }
  const ex: Ex = v.ledger.expenditure;
  duplicates(ex.byEconomic, codeKey, AT_BY_ECONOMIC, locale, out);
  duplicates(ex.byFunctional, codeKey, AT_BY_FUNCTIONAL, locale, out);
  duplicates(ex.lines, idKey, AT_LINES, locale, out);
  duplicates(v.ledger.income.sources, sourceKey, AT_SOURCES, locale, out);
  duplicates(v.performance.tasks, idKey, AT_TASKS, locale, out);
  duplicates(v.performance.outputs, idKey, AT_OUTPUTS, locale, out);
  duplicates(v.performance.satisfaction, idKey, AT_SATISFACTION, locale, out);
  duplicates(v.assessments, indicatorKey, AT_ASSESSMENTS, locale, out);
  duplicates(v.department.internalUnits, selfKey, AT_UNITS, locale, out);
  duplicates(v.management.disclosure.items, disclosureKey, AT_DISCLOSURE, locale, out);
  // onTime and qualified may not exceed completed (in that order, task by task).
  const tasks: readonly Task[] = v.performance.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as Task;
    if (t.onTime !== undefined && t.onTime > t.completed) out.push(makeIssue('too_big', ['performance', 'tasks', i, 'onTime'], { maximum: t.completed }, locale));
    if (t.qualified !== undefined && t.qualified > t.completed) out.push(makeIssue('too_big', ['performance', 'tasks', i, 'qualified'], { maximum: t.completed }, locale));
  }
  const satisfaction = v.performance.satisfaction;
  for (let i = 0; i < satisfaction.length; i++) {
    const s = satisfaction[i] as Perf['satisfaction'][number];
    if (s.satisfied > s.respondents) out.push(makeIssue('too_big', ['performance', 'satisfaction', i, 'satisfied'], { maximum: s.respondents }, locale));
  }
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
  // Valid input (the common case) is parsed in one pass; anything else, and every rejection, takes
  // the original path: the input-limit scan, then zod.
  const info: FastParseInfo = { ledgerDecimals: -1 };
  const fast = fastParser()?.(data, info) as EvaluationInput | undefined;
  if (fast === undefined) return parseWithZod(data, locale);
  // The fast parser's value is a fresh object of its own: the precision goes straight into it,
  // where `finish` copies zod's (the same key, in the same place: the spread keeps an existing key's
  // position and appends a new one, as this assignment does).
  if (fast.precision === undefined) {
    (fast as { precision: number }).precision = info.ledgerDecimals >= 0 ? info.ledgerDecimals : inferPrecision((data as Record<string, unknown>).ledger);
  }
  return checked(fast, locale);
}

/**
 * The original parse, without the one-pass fast path: the input-limit scan, the zod schema for the
 * input's unit and allowed codes, then {@link finish}. Every rejection comes from here; tests use it
 * as the oracle for the fast path. @internal
 */
export function parseWithZod(data: unknown, locale: Locale): Result<EvaluationInput> {
  const scanned = scanInput(data, locale);
  if (scanned.length > 0) return { ok: false, issues: scanned as unknown as Issues };
  if (!isRecord(data)) {
    return { ok: false, issues: [makeIssue('invalid_type', [], { expected: 'object', received: Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data }, locale)] };
  }
  const unit: MoneyUnit = data.unit === '元' ? '元' : '万元';
  const allow = data.allowUnknownCodes;
  const allowUnknown = allow === true ? ('all' as const) : Array.isArray(allow) ? new Set(allow.filter((c): c is string => typeof c === 'string')) : new Set<string>();
  const schema = allow !== undefined ? buildEvaluationInputSchema(unit, allowUnknown) : unit === '万元' ? EvaluationInputSchema : (yuanSchema ??= buildEvaluationInputSchema('元', allowUnknown));
  const parsed = schema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: fromZodIssues(parsed.error.issues, locale) as unknown as Issues };
  }
  return finish(parsed.data, data.ledger, locale);
}

/** The steps after the schema: the reporting precision, then the cross-field checks. */
function finish(parsed: EvaluationInput, ledger: unknown, locale: Locale): Result<EvaluationInput> {
  return checked({ ...parsed, precision: parsed.precision ?? inferPrecision(ledger) }, locale);
}

/** The cross-field checks of a parsed value that has its precision. */
function checked(value: EvaluationInput, locale: Locale): Result<EvaluationInput> {
  const cross = crossChecks(value, locale);
  if (cross.length > 0) return { ok: false, issues: cross as unknown as Issues };
  return { ok: true, value };
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
