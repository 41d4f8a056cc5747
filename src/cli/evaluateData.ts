import { type EvaluateOptions, type EvaluationResult, type Locale, safeEvaluateDepartment } from '../index.js';
import type { RulePack } from '../rules/index.js';
import type { IndicatorSystem } from '../scoring/index.js';
import { isBinaryFormat, writeBinaryReport } from './binaryReport.js';
import { EXIT, type ExitCode } from './exitCodes.js';
import { issueLines, writeText } from './io.js';
import { loadRulePackFiles, loadSystemOption } from './load.js';
import { cliMessages } from './messages.js';
import type { EvaluateCliOptions } from './options.js';
import { failure, type Outcome, success } from './outcome.js';
import { renderReport } from './report.js';

/** Library options resolved from the command line once (system and rule packs read and validated). */
export interface ResolvedOptions {
  readonly system?: IndicatorSystem;
  readonly rulePacks: readonly RulePack[];
  readonly asOf?: string;
  readonly locale: Locale;
}

/** Read `--system`, `--rules` and `--as-of` into library options. */
export async function resolveOptions(opts: EvaluateCliOptions): Promise<Outcome<ResolvedOptions>> {
  const { locale } = opts;
  if (opts.asOf !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(opts.asOf)) {
    return failure(EXIT.usage, cliMessages(locale).badAsOf(opts.asOf));
  }
  const system = await loadSystemOption(opts.system, locale);
  if (!system.ok) return system;
  const packs = await loadRulePackFiles(opts.rules, locale);
  if (!packs.ok) return packs;
  return success({
    ...(system.value ? { system: system.value } : {}),
    rulePacks: packs.value,
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    locale,
  });
}

/** Evaluate one department's data; issues become exit 1 with every issue listed. */
export function evaluateData(data: unknown, label: string, resolved: ResolvedOptions): Outcome<EvaluationResult> {
  const options: EvaluateOptions = {
    locale: resolved.locale,
    rulePacks: resolved.rulePacks,
    ...(resolved.system ? { system: resolved.system } : {}),
    ...(resolved.asOf !== undefined ? { asOf: resolved.asOf } : {}),
  };
  const r = safeEvaluateDepartment(data, options);
  if (r.ok) return success(r.value);
  return failure(EXIT.invalid, cliMessages(resolved.locale).invalidFile(label, r.issues.length), ...issueLines(r.issues));
}

/** Evaluate, render and write one report (stdout without `-o`); `after` sees the result once the report is written. */
export async function evaluateAndWrite(
  data: unknown,
  label: string,
  opts: EvaluateCliOptions,
  after?: (result: EvaluationResult) => void,
): Promise<Outcome<ExitCode>> {
  const resolved = await resolveOptions(opts);
  if (!resolved.ok) return resolved;
  const result = evaluateData(data, label, resolved.value);
  if (!result.ok) return result;
  if (isBinaryFormat(opts.format)) return writeBinaryReport(result.value, opts.format, opts.output, opts.locale);
  const written = await writeText(opts.output, renderReport(result.value, opts.format, opts.locale), opts.locale);
  if (!written.ok) return written;
  if (opts.output !== undefined) process.stderr.write(`${cliMessages(opts.locale).wrote(opts.output)}\n`);
  after?.(result.value);
  return success(EXIT.ok);
}
