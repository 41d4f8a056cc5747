import type { EvaluationResult } from '../../index.js';
import { evaluateData, type ResolvedOptions } from '../evaluateData.js';
import { EXIT } from '../exitCodes.js';
import { cliMessages } from '../messages.js';
import type { EvaluateCliOptions } from '../options.js';
import { failure, type Outcome, success } from '../outcome.js';
import { isBinaryFormat } from '../binaryReport.js';
import { renderReport } from '../report.js';

/** `batch` options: the evaluate options plus `--summary-only` and `--jobs`. */
export interface BatchCliOptions extends EvaluateCliOptions {
  readonly summaryOnly?: boolean;
  readonly jobs?: number;
}

/** What the summary needs of an evaluated department (all a worker thread sends back besides the report). */
export interface RecordedResult {
  readonly score: { readonly total: string; readonly systemId: string; readonly grade: { readonly label: string } };
  readonly input: { readonly department: { readonly name: string } };
  readonly rules: { readonly findings: readonly { readonly status: string; readonly waived?: unknown; readonly ruleId: string; readonly title: string }[] };
}

/** The part of a result the summary reads: failed findings only. */
export function recordedResult(result: EvaluationResult): RecordedResult {
  return {
    score: { total: result.score.total, systemId: result.score.systemId, grade: { label: result.score.grade.label } },
    input: { department: { name: result.input.department.name } },
    rules: {
      findings: result.rules.findings.filter((f) => f.status === 'fail').map((f) => ({ status: f.status, waived: f.waived, ruleId: f.ruleId, title: f.title })),
    },
  };
}

/**
 * A department's report. `--format json` reports of a batch are compact (one line, no indentation):
 * about half the bytes of the pretty form `evaluate` prints, for files read by programs.
 */
function batchReport(result: EvaluationResult, opts: BatchCliOptions): string {
  if (opts.summaryOnly || isBinaryFormat(opts.format)) return ''; // binary formats are refused by runBatch
  return opts.format === 'json' ? JSON.stringify(result) : renderReport(result, opts.format, opts.locale);
}

/** Evaluate and render one department; any failure (even a bug) becomes lines for the summary. */
export function evaluateItem(
  resolved: ResolvedOptions,
  opts: BatchCliOptions,
  data: unknown,
  source: string,
): Outcome<{ readonly result: RecordedResult; readonly text: string }> {
  try {
    const result = evaluateData(data, source, resolved);
    if (!result.ok) return result;
    return success({ result: recordedResult(result.value), text: batchReport(result.value, opts) });
  } catch (e) {
    return failure(EXIT.internal, cliMessages(opts.locale).internal(e instanceof Error ? e.message : String(e)));
  }
}
