import { type EvaluateOptions, safeEvaluateDepartment } from './evaluate.js';
import type { Issues } from './shared/issues.js';
import { dec } from './model/money/decimal.js';
import type { EvaluationResult } from './result.js';

/**
 * One department's outcome in a batch.
 *
 * @example
 * ```ts
 * import { evaluateMany, type EvaluateManyEntry } from 'jixiao';
 * const describe = (e: EvaluateManyEntry): string =>
 *   e.ok ? `${e.name}: ${e.result.score.total}` : `${e.name}: ${e.issues[0].message}`;
 * evaluateMany([deptA, deptB]).entries.map(describe);
 * ```
 */
export type EvaluateManyEntry =
  | { readonly index: number; readonly name: string; readonly ok: true; readonly result: EvaluationResult }
  | { readonly index: number; readonly name: string; readonly ok: false; readonly issues: Issues };

/**
 * What a batch summary holds: ranking, grade distribution, most-failed rules, failures.
 *
 * @example
 * ```ts
 * import { evaluateMany, type BatchSummary } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const summary: BatchSummary = evaluateMany([ENYANG_2022_EXAMPLE, {}]).summary;
 * summary.evaluated;         // 1
 * summary.gradeDistribution; // { 优秀: 1 }
 * summary.failures[0];       // { index: 1, name: '#2', issue: 'report：缺少必填项' }
 * ```
 */
export interface BatchSummary {
  readonly evaluated: number;
  readonly failed: number;
  /** Departments by total, highest first (ties keep input order). */
  readonly ranking: readonly { readonly rank: number; readonly index: number; readonly name: string; readonly total: string; readonly grade: string }[];
  /**
   * Count of departments per grade label, in the order grades were first seen (labels that are
   * array indices, such as "1", come first, as in any JS object). A null-prototype object: every
   * label, "__proto__" and "toString" included, is an own key.
   */
  readonly gradeDistribution: Readonly<Record<string, number>>;
  /** Rules that failed (not waived) in the most departments. */
  readonly mostFailedRules: readonly { readonly ruleId: string; readonly title: string; readonly departments: number }[];
  /** Departments whose input could not be evaluated, with their first issue. */
  readonly failures: readonly { readonly index: number; readonly name: string; readonly issue: string }[];
}

/**
 * The result of {@link evaluateMany}.
 *
 * @example
 * ```ts
 * import { evaluateMany, type EvaluateManyResult } from 'jixiao';
 * const batch: EvaluateManyResult = evaluateMany([deptA, deptB], { locale: 'en' });
 * console.log(batch.entries.length, batch.summary.ranking[0]?.name);
 * ```
 */
export interface EvaluateManyResult {
  readonly entries: readonly EvaluateManyEntry[];
  readonly summary: BatchSummary;
}

/**
 * The compact per-department record a batch summary keeps: name, total, grade and failed rules.
 *
 * @example
 * ```ts
 * import { evaluateDepartment, summarizeResults, toBatchRecord, type BatchRecord } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const result = evaluateDepartment(ENYANG_2022_EXAMPLE);
 * const record: BatchRecord = toBatchRecord({ index: 0, name: result.input.department.name, ok: true, result });
 * // { index: 0, name: '巴中市恩阳区行政审批局', ok: true, total: '98', grade: '优秀', failedRules: [] }
 * summarizeResults([record]).ranking[0]?.total; // "98"
 * ```
 */
export type BatchRecord =
  | {
      readonly index: number;
      readonly name: string;
      readonly ok: true;
      readonly total: string;
      readonly grade: string;
      readonly failedRules: readonly { id: string; title: string }[];
    }
  | { readonly index: number; readonly name: string; readonly ok: false; readonly issue: string };

function nameOf(data: unknown, index: number): string {
  const dept = (data as { department?: { name?: unknown } } | null)?.department;
  return typeof dept?.name === 'string' ? dept.name : `#${index + 1}`;
}

/**
 * Summarise a batch from compact per-department records. Holds only a few fields per department,
 * so a streaming caller (the CLI's `batch`) keeps memory flat however large the reports are.
 *
 * @example
 * ```ts
 * import { evaluateDepartment, summarizeResults } from 'jixiao';
 * const r = evaluateDepartment(data);
 * summarizeResults([{ index: 0, name: r.input.department.name, ok: true, result: r }]).ranking[0].total; // "98"
 * ```
 */
export function summarizeResults(entries: Iterable<EvaluateManyEntry | BatchRecord>): BatchSummary {
  const compact: BatchRecord[] = [];
  for (const e of entries) compact.push(toBatchRecord(e));
  const ok = compact.filter((e): e is Extract<BatchRecord, { ok: true }> => e.ok);
  const sorted = [...ok].sort((a, b) => dec(b.total).comparedTo(a.total) || a.index - b.index);
  const ranking = sorted.map((e, i) => {
    const prev = sorted[i - 1];
    return { rank: i + 1, index: e.index, name: e.name, total: e.total, grade: e.grade, tied: prev !== undefined && dec(prev.total).eq(e.total) };
  });
  for (let i = 1; i < ranking.length; i++) if (ranking[i]?.tied) (ranking[i] as { rank: number }).rank = (ranking[i - 1] as { rank: number }).rank;
  // Grade labels are user data: count in a Map, then copy into a null-prototype object, so a label
  // such as "toString" or "__proto__" is an ordinary key (a plain object would read the inherited
  // method, or re-prototype itself and drop the count).
  const counts = new Map<string, number>();
  for (const e of ok) counts.set(e.grade, (counts.get(e.grade) ?? 0) + 1);
  const gradeDistribution = Object.create(null) as Record<string, number>;
  for (const [label, n] of counts) gradeDistribution[label] = n;
  const byRule = new Map<string, { title: string; departments: number }>();
  for (const e of ok) {
    for (const id of new Set(e.failedRules.map((r) => r.id))) {
      const title = e.failedRules.find((r) => r.id === id)?.title ?? id;
      const cur = byRule.get(id) ?? { title, departments: 0 };
      cur.departments += 1;
      byRule.set(id, cur);
    }
  }
  const mostFailedRules = [...byRule.entries()]
    .map(([ruleId, v]) => ({ ruleId, title: v.title, departments: v.departments }))
    .sort((a, b) => b.departments - a.departments || (a.ruleId < b.ruleId ? -1 : 1));
  const failures = compact.filter((e): e is Extract<BatchRecord, { ok: false }> => !e.ok).map((e) => ({ index: e.index, name: e.name, issue: e.issue }));
  return {
    evaluated: ok.length,
    failed: failures.length,
    ranking: ranking.map(({ tied: _t, ...r }) => r),
    gradeDistribution,
    mostFailedRules,
    failures,
  };
}

/**
 * Reduce one batch entry to what a summary needs (name, total, grade, failed rules).
 *
 * @example
 * ```ts
 * import { safeEvaluateDepartment, toBatchRecord } from 'jixiao';
 * const r = safeEvaluateDepartment(data);
 * const record = r.ok
 *   ? toBatchRecord({ index: 0, name: r.value.input.department.name, ok: true, result: r.value })
 *   : toBatchRecord({ index: 0, name: '#1', ok: false, issues: r.issues });
 * ```
 */
export function toBatchRecord(e: EvaluateManyEntry | BatchRecord): BatchRecord {
  if (!('result' in e) && !('issues' in e)) return e;
  if (!e.ok) return { index: e.index, name: e.name, ok: false, issue: e.issues[0].message };
  const failedRules = e.result.rules.findings.filter((f) => f.status === 'fail' && !f.waived).map((f) => ({ id: f.ruleId, title: f.title }));
  return { index: e.index, name: e.name, ok: true, total: e.result.score.total, grade: e.result.score.grade.label, failedRules };
}

/**
 * Evaluate many departments with the same options; a bad department is reported, never stops
 * the batch. Returns every entry and a summary (ranking, grade distribution, most-failed rules).
 *
 * @example
 * ```ts
 * import { evaluateMany } from 'jixiao';
 * const { summary } = evaluateMany([deptA, deptB]);
 * summary.ranking.map((r) => `${r.rank}. ${r.name} ${r.total}`);
 * ```
 */
export function evaluateMany(inputs: Iterable<unknown>, options: EvaluateOptions = {}): EvaluateManyResult {
  const entries: EvaluateManyEntry[] = [];
  let index = 0;
  for (const data of inputs) {
    const name = nameOf(data, index);
    const r = safeEvaluateDepartment(data, options);
    entries.push(r.ok ? { index, name, ok: true, result: r.value } : { index, name, ok: false, issues: r.issues });
    index++;
  }
  return { entries, summary: summarizeResults(entries) };
}
