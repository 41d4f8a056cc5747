import { type BatchRecord, type BatchSummary, type EvaluationResult, summarizeResults, toBatchRecord } from '../../index.js';

/** Issue messages kept per failed department. */
export const MAX_KEPT_ISSUES = 5;

/** Where a department came from and where its report went (kept beside the library's compact record). */
interface Extra {
  readonly source: string;
  readonly report?: string;
  readonly failedRules?: readonly string[];
  readonly issueCount?: number;
  readonly issues?: readonly string[];
}

/** summary.json: the library's {@link BatchSummary}, each department joined with its source and report file. */
export interface BatchSummaryFile extends Omit<BatchSummary, 'ranking' | 'failures'> {
  readonly libraryVersion: string;
  readonly system: string | null;
  readonly format: string;
  readonly ranking: readonly (BatchSummary['ranking'][number] & { readonly source: string; readonly report: string; readonly failedRules: readonly string[] })[];
  readonly failures: readonly (BatchSummary['failures'][number] & { readonly source: string; readonly issueCount: number; readonly issues: readonly string[] })[];
}

/**
 * The running totals of a batch: per department only the library's compact record (name, total,
 * grade, failed rule ids) and its source and report file name — O(1) in the size of its report.
 */
export interface SummaryAccumulator {
  readonly records: BatchRecord[];
  readonly extras: Extra[];
  systemId: string | null;
}

/** A new, empty accumulator. */
export function createAccumulator(): SummaryAccumulator {
  return { records: [], extras: [], systemId: null };
}

/** Record one evaluated department. */
export function recordOk(acc: SummaryAccumulator, result: EvaluationResult, source: string, report: string): void {
  const index = acc.records.length;
  const record = toBatchRecord({ index, name: result.input.department.name, ok: true, result });
  acc.records.push(record);
  const failedRules = record.ok ? [...new Set(record.failedRules.map((r) => r.id))].sort() : [];
  acc.extras.push({ source, report, failedRules });
  acc.systemId ??= result.score.systemId;
}

/** Record one skipped department with its issue messages (only the first few are kept). */
export function recordFailed(acc: SummaryAccumulator, source: string, name: string | undefined, issues: readonly string[]): void {
  const index = acc.records.length;
  acc.records.push({ index, name: name ?? source, ok: false, issue: issues[0] ?? '' });
  acc.extras.push({ source, issueCount: issues.length, issues: issues.slice(0, MAX_KEPT_ISSUES) });
}

/** The summary: ranking (ties share a rank), grade distribution and most-failed rules from `summarizeResults`. */
export function finishSummary(acc: SummaryAccumulator, libraryVersion: string, format: string): BatchSummaryFile {
  const summary = summarizeResults(acc.records);
  const extra = (index: number): Extra => acc.extras[index] ?? { source: '' };
  return {
    libraryVersion,
    system: acc.systemId,
    format,
    ...summary,
    ranking: summary.ranking.map((r) => {
      const e = extra(r.index);
      return { ...r, source: e.source, report: e.report ?? '', failedRules: e.failedRules ?? [] };
    }),
    failures: summary.failures.map((f) => {
      const e = extra(f.index);
      return { ...f, source: e.source, issueCount: e.issueCount ?? 1, issues: e.issues ?? [f.issue] };
    }),
  };
}
