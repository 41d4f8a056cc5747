import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { type EvaluationResult, type Locale, safeParseEvaluationInput } from '../../index.js';
import { evaluateData, resolveOptions } from '../evaluateData.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { inputLabel, issueLines, readDataFile } from '../io.js';
import { readInputFile } from '../load.js';
import { checkRulePack, checkSystem } from '../load.js';
import { cliMessages } from '../messages.js';
import { asOfOption, encodingOption, type EvaluateCliOptions, localeOption, rulesOption, systemOption } from '../options.js';
import { failure, type Outcome, success } from '../outcome.js';
import { importSheetFile, SHEET_EXTENSIONS } from '../sheet.js';

type Kind = 'input' | 'system' | 'rules';

/** Which failed rules make `validate` fail: 强制性 only (default), 提示性 too, or none (report only). */
type FailOn = 'error' | 'warning' | 'none';

interface ValidateOptions extends Omit<EvaluateCliOptions, 'format' | 'output'> {
  readonly kind: Kind;
  readonly shapeOnly?: boolean;
  readonly failOn: FailOn;
}

const KIND_NAMES: Readonly<Record<Locale, Readonly<Record<Kind, string>>>> = {
  'zh-CN': { input: '评价输入', system: '指标体系', rules: '规则包' },
  en: { input: 'evaluation input', system: 'indicator system', rules: 'rule pack' },
};

async function check(path: string, opts: ValidateOptions): Promise<Outcome<ExitCode>> {
  const { kind, locale } = opts;
  const file = inputLabel(path);
  if (kind === 'system' && SHEET_EXTENSIONS.has(extname(path).toLowerCase())) {
    const sheet = await importSheetFile(path, locale);
    return sheet.ok ? success(EXIT.ok) : sheet;
  }
  // an evaluation input may also be the data-entry workbook (jixiao init), as for evaluate
  const data = kind === 'input' ? await readInputFile(path, locale, opts.encoding) : await readDataFile(path, locale, opts.encoding);
  if (!data.ok) return data;
  if (kind === 'system') {
    const r = checkSystem(data.value, file, locale);
    return r.ok ? success(EXIT.ok) : r;
  }
  if (kind === 'rules') {
    const r = checkRulePack(data.value, file, locale);
    return r.ok ? success(EXIT.ok) : r;
  }
  const r = safeParseEvaluationInput(data.value, { locale });
  if (!r.ok) return failure(EXIT.invalid, cliMessages(locale).invalidFile(file, r.issues.length), ...issueLines(r.issues));
  if (opts.shapeOnly) return success(EXIT.ok);
  const resolved = await resolveOptions({ ...opts, format: 'json' });
  if (!resolved.ok) return resolved;
  const result = evaluateData(data.value, file, resolved.value);
  if (!result.ok) return result;
  return judgeRules(result.value, file, opts);
}

/**
 * The rules' verdict: failed (not waived) findings of severity error (强制性) and warning (提示性)
 * are listed on stderr; the exit code is 1 when a 强制性 rule failed (or, with `--fail-on warning`,
 * any rule), like ESLint's `--max-warnings 0`. Rules that could not run are counted, not listed.
 */
function judgeRules(result: EvaluationResult, file: string, opts: ValidateOptions): Outcome<ExitCode> {
  const m = cliMessages(opts.locale);
  const open = result.rules.findings.filter((f) => f.status === 'fail' && !f.waived && (f.severity === 'error' || f.severity === 'warning'));
  const errors = open.filter((f) => f.severity === 'error').length;
  const warnings = open.length - errors;
  if (open.length === 0) return success(EXIT.ok);
  const lines = open.map((f) => m.findingLine(f.severity === 'error' ? 'error' : 'warning', f.title, f.message, f.key ? `${f.ruleId}:${f.key}` : f.ruleId));
  const ruleErrors = result.rules.summary.error;
  if (ruleErrors > 0) lines.push(m.ruleErrors(ruleErrors));
  const fails = opts.failOn === 'error' ? errors > 0 : opts.failOn === 'warning' ? open.length > 0 : false;
  if (fails) return failure(EXIT.invalid, m.rulesFailed(file, errors, warnings), ...lines);
  process.stderr.write(`${[m.rulesPassed(file, errors, warnings), ...lines].join('\n')}\n`);
  return success(EXIT.ok);
}

/** `jixiao validate FILE`: check an evaluation input (or an indicator system, or a rule pack). */
export function registerValidate(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('validate')
    .summary('check an input, system or rule pack / 校验文件')
    .description(
      'check a file and list every issue with its path; an evaluation input is also run through the rules (failed 强制性 rules exit 1, see --fail-on); exit 0 when valid / 校验文件（含规则审核）',
    )
    .argument('<file>', 'the file to check (.json, .yaml; .xlsx/.xls/.csv with --kind system)')
    .addOption(new Option('-k, --kind <kind>', 'what the file holds').choices(['input', 'system', 'rules']).default('input'))
    .addOption(new Option('--shape-only', 'check the shape only, do not run the rules / 只校验结构'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a rule of this severity or above fails: error (强制性), warning (提示性 too), none / 未通过即失败的级别')
        .choices(['error', 'warning', 'none'])
        .default('error'),
    )
    .addOption(systemOption())
    .addOption(rulesOption())
    .addOption(asOfOption())
    .addOption(localeOption())
    .addOption(encodingOption())
    .addHelpText(
      'after',
      '\nExamples:\n  jixiao validate dept.yaml\n  jixiao validate dept.yaml --fail-on warning   # CI: advisory rules fail too\n  jixiao validate dept.yaml --shape-only',
    )
    .action(async (file: string, opts: ValidateOptions) => {
      const outcome = await check(file, opts);
      if (outcome.ok) process.stdout.write(`${cliMessages(opts.locale).valid(inputLabel(file), KIND_NAMES[opts.locale][opts.kind])}\n`);
      setExit(finish(outcome));
    });
}
