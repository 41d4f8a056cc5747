import type { BatchSummary } from '../../index.js';
import type { RecordedResult } from './evaluateItem.js';
import { compareMoney, type Money } from '../../model/index.js';
import { Spill } from './spill.js';

/** Issue messages kept per failed department. */
export const MAX_KEPT_ISSUES = 5;

/** One ranking row of summary.json: the library's ranking entry joined with its source, report file and failed rule ids. */
export type RankingRow = BatchSummary['ranking'][number] & { readonly source: string; readonly report: string; readonly failedRules: readonly string[] };

/** One failure row of summary.json: the library's failure entry with its source and first issues. */
export type FailureRow = BatchSummary['failures'][number] & { readonly source: string; readonly issueCount: number; readonly issues: readonly string[] };

/** summary.json: the library's {@link BatchSummary}, each department joined with its source and report file. */
export interface BatchSummaryFile extends Omit<BatchSummary, 'ranking' | 'failures'> {
  readonly libraryVersion: string;
  readonly system: string | null;
  readonly format: string;
  /** Present (true) only when the batch was stopped by Ctrl-C: the summary covers the departments done. */
  readonly interrupted?: true;
  readonly ranking: readonly RankingRow[];
  readonly failures: readonly FailureRow[];
}

/**
 * The same content as {@link BatchSummaryFile}, with the per-department rows as iterables that
 * are read back from the batch's spill file while summary.json and summary.md are written: the
 * ranking of 100,000 departments is never held as objects. A `BatchSummaryFile` is one too.
 * `evaluated` and `failed` are the numbers of ranking and failure rows.
 */
export interface BatchSummaryRows extends Omit<BatchSummaryFile, 'ranking' | 'failures'> {
  readonly ranking: Iterable<RankingRow>;
  readonly failures: Iterable<FailureRow>;
}

/** All rows read into one object (tests, small batches). */
export function collectSummary(rows: BatchSummaryRows): BatchSummaryFile {
  return { ...rows, ranking: [...rows.ranking], failures: [...rows.failures] };
}

/** A growable column of numbers in a typed array (off the JS heap, 4 or 8 bytes a department). */
class Column<A extends Int32Array | Float64Array> {
  data: A;
  constructor(private readonly make: (n: number) => A) {
    this.data = make(1024);
  }
  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = value;
  }
}

/** Grade column value of a skipped department. */
const SKIPPED = -1;
/**
 * Whether a total's double tells it apart from every other total: a plain decimal of at most 15
 * significant digits (each maps to a distinct double). Score totals have 2 decimals. Parsing keeps
 * the order (a > b ⇒ double(a) ≥ double(b)), so doubles order any totals; only totals whose
 * doubles are equal and one of which is not exact are compared again as decimals.
 */
function isExactDouble(total: string): boolean {
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(total)) return false;
  return total.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length <= 15;
}

/** The ranking key of a total: its double (not a number: sorted last, then compared as decimals). */
function keyOf(total: string): number {
  const key = Number(total);
  return Number.isNaN(key) ? Number.NEGATIVE_INFINITY : key;
}

/**
 * The running totals of a batch, kept so memory stays flat however many departments run. Per
 * department only numbers, in typed arrays: its total as a double (the ranking key), its grade
 * (an index into the interned grade labels, or -1 when skipped) and where its record is in the
 * spill file. The record — name, source, report file, total string and failed rule ids, or for a
 * skipped department its first issues — is written to the spill file and read back when the
 * summary is written. What grows in memory is bounded by the rules and grades, not the batch:
 * the grade labels, one title per failed rule id and the per-rule and per-grade counts.
 * Call {@link closeAccumulator} when done, to delete the spill file.
 */
export interface SummaryAccumulator {
  /** Number of departments recorded (evaluated or skipped): the next department's index. */
  count: number;
  evaluated: number;
  failed: number;
  /** Per department: the total as a double (see `keyOf`) — unused when skipped. */
  readonly keys: Column<Float64Array>;
  /** Per department: 1 when `keys` orders and compares it exactly. */
  readonly exact: Column<Int32Array>;
  /** Per department: grade index, or -1 when skipped. */
  readonly grades: Column<Int32Array>;
  /** Per department: byte offset and length of its record in the spill file. */
  readonly offsets: Column<Float64Array>;
  readonly lengths: Column<Int32Array>;
  readonly gradeLabels: string[];
  readonly gradeIds: Map<string, number>;
  readonly gradeCounts: number[];
  /** Failed (not waived) rule id → title (the first seen) and number of departments. */
  readonly rules: Map<string, { readonly title: string; departments: number }>;
  readonly spill: Spill;
  systemId: string | null;
}

/** A new, empty accumulator (its spill file is created on the first department). */
export function createAccumulator(): SummaryAccumulator {
  return {
    count: 0,
    evaluated: 0,
    failed: 0,
    keys: new Column((n) => new Float64Array(n)),
    exact: new Column((n) => new Int32Array(n)),
    grades: new Column((n) => new Int32Array(n)),
    offsets: new Column((n) => new Float64Array(n)),
    lengths: new Column((n) => new Int32Array(n)),
    gradeLabels: [],
    gradeIds: new Map(),
    gradeCounts: [],
    rules: new Map(),
    spill: new Spill(),
    systemId: null,
  };
}

/** Delete the accumulator's spill file; its summary rows cannot be read afterwards. */
export function closeAccumulator(acc: SummaryAccumulator): void {
  acc.spill.close();
}

function spill(acc: SummaryAccumulator, i: number, record: unknown): void {
  const text = `${JSON.stringify(record)}\n`;
  acc.offsets.set(i, acc.spill.append(text));
  acc.lengths.set(i, Buffer.byteLength(text));
}

const readRecord = (acc: SummaryAccumulator, i: number): unknown[] =>
  JSON.parse(acc.spill.read(acc.offsets.data[i] as number, acc.lengths.data[i] as number)) as unknown[];

/** The sorted, de-duplicated failed (not waived) rule ids of a result; counts them per rule. */
function failedRules(acc: SummaryAccumulator, result: RecordedResult): string[] {
  const ids = new Set<string>();
  for (const f of result.rules.findings) {
    if (f.status !== 'fail' || f.waived || ids.has(f.ruleId)) continue;
    ids.add(f.ruleId);
    const rule = acc.rules.get(f.ruleId);
    if (rule) rule.departments++;
    else acc.rules.set(f.ruleId, { title: f.title, departments: 1 });
  }
  return [...ids].sort();
}

/** Record one evaluated department. */
export function recordOk(acc: SummaryAccumulator, result: RecordedResult, source: string, report: string): void {
  const label = result.score.grade.label;
  let grade = acc.gradeIds.get(label);
  if (grade === undefined) {
    grade = acc.gradeLabels.push(label) - 1;
    acc.gradeIds.set(label, grade);
    acc.gradeCounts.push(0);
  }
  acc.gradeCounts[grade] = (acc.gradeCounts[grade] as number) + 1;
  const i = acc.count++;
  const { total } = result.score;
  acc.keys.set(i, keyOf(total));
  acc.exact.set(i, isExactDouble(total) ? 1 : 0);
  acc.grades.set(i, grade);
  spill(acc, i, [result.input.department.name, source, report, total, failedRules(acc, result)]);
  acc.evaluated++;
  acc.systemId ??= result.score.systemId;
}

/** Record one skipped department with its issue messages (only the first few are kept). */
export function recordFailed(acc: SummaryAccumulator, source: string, name: string | undefined, issues: readonly string[]): void {
  const i = acc.count++;
  acc.grades.set(i, SKIPPED);
  spill(acc, i, [name ?? source, source, issues.length, issues.slice(0, MAX_KEPT_ISSUES)]);
  acc.failed++;
}

/**
 * The ranking as department indexes and ranks: by total, highest first, ties in input order and
 * sharing the rank of the first — `summarizeResults`'s order, computed on the typed arrays.
 */
function rankDepartments(acc: SummaryAccumulator): { readonly order: Int32Array; readonly rank: Int32Array } {
  const keys = acc.keys.data;
  const exact = acc.exact.data;
  const grades = acc.grades.data;
  const order = new Int32Array(acc.evaluated);
  for (let i = 0, k = 0; i < acc.count; i++) if (grades[i] !== SKIPPED) order[k++] = i;
  order.sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  const rank = new Int32Array(order.length);
  for (let i = 0; i < order.length;) {
    const key = keys[order[i] as number] as number;
    let j = i + 1;
    let allExact = exact[order[i] as number] === 1;
    for (; j < order.length && keys[order[j] as number] === key; j++) allExact &&= exact[order[j] as number] === 1;
    if (allExact) {
      rank.fill(i + 1, i, j);
    } else {
      // Rare: totals a double cannot tell apart; order and compare this run of them as decimals.
      const group = Array.from(order.subarray(i, j), (d) => ({ d, total: readRecord(acc, d)[3] as Money }));
      group.sort((a, b) => compareMoney(b.total, a.total) || a.d - b.d);
      group.forEach((g, k) => {
        order[i + k] = g.d;
        rank[i + k] = k > 0 && compareMoney((group[k - 1] as { total: Money }).total, g.total) === 0 ? (rank[i + k - 1] as number) : i + k + 1;
      });
    }
    i = j;
  }
  return { order, rank };
}

function* rankingRows(acc: SummaryAccumulator, order: Int32Array, rank: Int32Array): Generator<RankingRow> {
  for (let k = 0; k < order.length; k++) {
    const index = order[k] as number;
    const [name, source, report, total, failed] = readRecord(acc, index) as [string, string, string, string, string[]];
    const grade = acc.gradeLabels[acc.grades.data[index] as number] as string;
    yield { rank: rank[k] as number, index, name, total, grade, source, report, failedRules: failed };
  }
}

function* failureRows(acc: SummaryAccumulator): Generator<FailureRow> {
  for (let index = 0; index < acc.count; index++) {
    if (acc.grades.data[index] !== SKIPPED) continue;
    const [name, source, issueCount, issues] = readRecord(acc, index) as [string, string, number, string[]];
    yield { index, name, issue: issues[0] ?? '', source, issueCount, issues };
  }
}

const iterable = <T>(rows: () => Iterator<T>): Iterable<T> => ({ [Symbol.iterator]: rows });

/**
 * The summary: ranking (ties share a rank), grade distribution, most-failed rules and failures —
 * the same content as `summarizeResults` over the batch's records, joined with sources and report
 * files. The ranking and failure rows are read back from the spill file each time they are
 * iterated, so they can be written twice (summary.json, summary.md) before {@link closeAccumulator}.
 */
export function finishSummary(acc: SummaryAccumulator, libraryVersion: string, format: string): BatchSummaryRows {
  const { order, rank } = rankDepartments(acc);
  // Null prototype: a grade label "__proto__" or "toString" is an ordinary key (see summarizeResults).
  const gradeDistribution = Object.create(null) as Record<string, number>;
  acc.gradeLabels.forEach((label, g) => {
    gradeDistribution[label] = acc.gradeCounts[g] as number;
  });
  const mostFailedRules = [...acc.rules.entries()]
    .map(([ruleId, v]) => ({ ruleId, title: v.title, departments: v.departments }))
    .sort((a, b) => b.departments - a.departments || (a.ruleId < b.ruleId ? -1 : 1));
  return {
    libraryVersion,
    system: acc.systemId,
    format,
    evaluated: acc.evaluated,
    failed: acc.failed,
    ranking: iterable(() => rankingRows(acc, order, rank)),
    gradeDistribution,
    mostFailedRules,
    failures: iterable(() => failureRows(acc)),
  };
}

const SLOT = (key: string): string => `\u0000${key}\u0000`;

/**
 * summary.json as chunks, byte for byte `JSON.stringify(summary, null, 2)` plus a final newline
 * (with the rows read into arrays), without building that string: the ranking and failure rows
 * are written one at a time, so writing the ranking of 100,000 departments never holds it whole.
 */
export function* summaryJsonChunks(summary: BatchSummaryRows): Generator<string> {
  const shell = JSON.stringify({ ...summary, ranking: SLOT('ranking'), failures: SLOT('failures') }, null, 2);
  const slots = (['ranking', 'failures'] as const).map((key) => ({ key, slot: JSON.stringify(SLOT(key)), at: shell.indexOf(JSON.stringify(SLOT(key))) }));
  let from = 0;
  for (const { key, slot, at } of slots.sort((a, b) => a.at - b.at)) {
    yield shell.slice(from, at);
    let sep = '[\n    ';
    for (const row of summary[key]) {
      yield `${sep}${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
      sep = ',\n    ';
    }
    yield sep === '[\n    ' ? '[]' : '\n  ]';
    from = at + slot.length;
  }
  yield `${shell.slice(from)}\n`;
}
