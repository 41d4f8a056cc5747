import { type BatchRecord, type BatchSummary, type EvaluationResult, summarizeResults } from '../../index.js';

/** Issue messages kept per failed department. */
export const MAX_KEPT_ISSUES = 5;

/** summary.json: the library's {@link BatchSummary}, each department joined with its source and report file. */
export interface BatchSummaryFile extends Omit<BatchSummary, 'ranking' | 'failures'> {
  readonly libraryVersion: string;
  readonly system: string | null;
  readonly format: string;
  readonly ranking: readonly (BatchSummary['ranking'][number] & { readonly source: string; readonly report: string; readonly failedRules: readonly string[] })[];
  readonly failures: readonly (BatchSummary['failures'][number] & { readonly source: string; readonly issueCount: number; readonly issues: readonly string[] })[];
}

/** One skipped department (rare: kept whole, with its first few issue messages). */
interface Skipped {
  readonly index: number;
  readonly name: string;
  readonly source: string;
  readonly issueCount: number;
  readonly issues: readonly string[];
}

const NO_RULES: readonly string[] = Object.freeze([]);

/**
 * The running totals of a batch, kept compact so memory stays flat however many departments run:
 * per evaluated department only its index, name, source, report file name, total (as a string),
 * grade (an index into the interned grade labels) and failed rule ids (an interned, shared list).
 * Rule titles are kept once per rule id.
 */
export interface SummaryAccumulator {
  /** Number of departments recorded (evaluated or skipped): the next department's index. */
  count: number;
  readonly okIndex: number[];
  readonly names: string[];
  readonly sources: string[];
  readonly reports: string[];
  readonly totals: string[];
  readonly grades: number[];
  readonly failed: (readonly string[])[];
  readonly gradeLabels: string[];
  readonly gradeIds: Map<string, number>;
  readonly ruleLists: Map<string, readonly string[]>;
  readonly ruleTitles: Map<string, string>;
  readonly skipped: Skipped[];
  systemId: string | null;
}

/** A new, empty accumulator. */
export function createAccumulator(): SummaryAccumulator {
  return {
    count: 0,
    okIndex: [],
    names: [],
    sources: [],
    reports: [],
    totals: [],
    grades: [],
    failed: [],
    gradeLabels: [],
    gradeIds: new Map(),
    ruleLists: new Map(),
    ruleTitles: new Map(),
    skipped: [],
    systemId: null,
  };
}

/** The sorted, de-duplicated failed rule ids of a result, as a shared list (one per distinct combination). */
function failedRuleList(acc: SummaryAccumulator, result: EvaluationResult): readonly string[] {
  const ids = new Set<string>();
  for (const f of result.rules.findings) {
    if (f.status !== 'fail' || f.waived) continue;
    if (!acc.ruleTitles.has(f.ruleId)) acc.ruleTitles.set(f.ruleId, f.title);
    ids.add(f.ruleId);
  }
  if (ids.size === 0) return NO_RULES;
  const list = [...ids].sort();
  const key = list.join('\n');
  const shared = acc.ruleLists.get(key);
  if (shared) return shared;
  const frozen = Object.freeze(list);
  acc.ruleLists.set(key, frozen);
  return frozen;
}

/** Record one evaluated department. */
export function recordOk(acc: SummaryAccumulator, result: EvaluationResult, source: string, report: string): void {
  const label = result.score.grade.label;
  let grade = acc.gradeIds.get(label);
  if (grade === undefined) {
    grade = acc.gradeLabels.push(label) - 1;
    acc.gradeIds.set(label, grade);
  }
  acc.okIndex.push(acc.count++);
  acc.names.push(result.input.department.name);
  acc.sources.push(source);
  acc.reports.push(report);
  acc.totals.push(result.score.total);
  acc.grades.push(grade);
  acc.failed.push(failedRuleList(acc, result));
  acc.systemId ??= result.score.systemId;
}

/** Record one skipped department with its issue messages (only the first few are kept). */
export function recordFailed(acc: SummaryAccumulator, source: string, name: string | undefined, issues: readonly string[]): void {
  acc.skipped.push({ index: acc.count++, name: name ?? source, source, issueCount: issues.length, issues: issues.slice(0, MAX_KEPT_ISSUES) });
}

/** The compact records `summarizeResults` needs, generated on demand (never all held twice). */
function* records(acc: SummaryAccumulator): Generator<BatchRecord> {
  let s = 0;
  for (let k = 0; k < acc.okIndex.length; k++) {
    const index = acc.okIndex[k] as number;
    for (; s < acc.skipped.length && (acc.skipped[s] as Skipped).index < index; s++) yield skippedRecord(acc.skipped[s] as Skipped);
    const failedRules = (acc.failed[k] as readonly string[]).map((id) => ({ id, title: acc.ruleTitles.get(id) ?? id }));
    yield { index, name: acc.names[k] as string, ok: true, total: acc.totals[k] as string, grade: acc.gradeLabels[acc.grades[k] as number] as string, failedRules };
  }
  for (; s < acc.skipped.length; s++) yield skippedRecord(acc.skipped[s] as Skipped);
}

const skippedRecord = (f: Skipped): BatchRecord => ({ index: f.index, name: f.name, ok: false, issue: f.issues[0] ?? '' });

/** The summary: ranking (ties share a rank), grade distribution and most-failed rules from `summarizeResults`. */
export function finishSummary(acc: SummaryAccumulator, libraryVersion: string, format: string): BatchSummaryFile {
  const summary = summarizeResults(records(acc));
  // index → position in the compact arrays (evaluated departments) or in `skipped`.
  const okAt = new Map<number, number>();
  acc.okIndex.forEach((index, k) => okAt.set(index, k));
  const skippedAt = new Map<number, Skipped>();
  for (const f of acc.skipped) skippedAt.set(f.index, f);
  return {
    libraryVersion,
    system: acc.systemId,
    format,
    ...summary,
    ranking: summary.ranking.map((r) => {
      const k = okAt.get(r.index);
      return k === undefined
        ? { ...r, source: '', report: '', failedRules: [] }
        : { ...r, source: acc.sources[k] as string, report: acc.reports[k] as string, failedRules: acc.failed[k] as readonly string[] };
    }),
    failures: summary.failures.map((f) => {
      const e = skippedAt.get(f.index);
      return { ...f, source: e?.source ?? '', issueCount: e?.issueCount ?? 1, issues: e?.issues ?? [f.issue] };
    }),
  };
}

const RANKING_SLOT = '\u0000ranking\u0000';

/**
 * summary.json as chunks, byte for byte `JSON.stringify(summary, null, 2)` plus a final newline,
 * without building that string: one chunk per ranking row, so writing the ranking of 100,000
 * departments never holds it whole.
 */
export function* summaryJsonChunks(summary: BatchSummaryFile): Generator<string> {
  if (summary.ranking.length === 0) {
    yield `${JSON.stringify(summary, null, 2)}\n`;
    return;
  }
  const shell = JSON.stringify({ ...summary, ranking: RANKING_SLOT }, null, 2);
  const slot = JSON.stringify(RANKING_SLOT);
  const at = shell.indexOf(slot);
  yield `${shell.slice(0, at)}[`;
  let sep = '\n    ';
  for (const row of summary.ranking) {
    yield `${sep}${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
    sep = ',\n    ';
  }
  yield `\n  ]${shell.slice(at + slot.length)}\n`;
}
