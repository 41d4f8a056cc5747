import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { type Locale, safeParseEvaluationInput } from '../../index.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { issueLines, readDataFile } from '../io.js';
import { checkRulePack, checkSystem } from '../load.js';
import { cliMessages } from '../messages.js';
import { localeOption } from '../options.js';
import { failure, type Outcome, success } from '../outcome.js';
import { importSheetFile, SHEET_EXTENSIONS } from '../sheet.js';

type Kind = 'input' | 'system' | 'rules';

const KIND_NAMES: Readonly<Record<Locale, Readonly<Record<Kind, string>>>> = {
  'zh-CN': { input: '评价输入', system: '指标体系', rules: '规则包' },
  en: { input: 'evaluation input', system: 'indicator system', rules: 'rule pack' },
};

async function check(file: string, kind: Kind, locale: Locale): Promise<Outcome<ExitCode>> {
  if (kind === 'system' && SHEET_EXTENSIONS.has(extname(file).toLowerCase())) {
    const sheet = await importSheetFile(file, locale);
    return sheet.ok ? success(EXIT.ok) : sheet;
  }
  const data = await readDataFile(file, locale);
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
  if (r.ok) return success(EXIT.ok);
  return failure(EXIT.invalid, cliMessages(locale).invalidFile(file, r.issues.length), ...issueLines(r.issues));
}

/** `jixiao validate FILE`: check an evaluation input (or an indicator system, or a rule pack). */
export function registerValidate(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('validate')
    .summary('check an input, system or rule pack / 校验文件')
    .description('check a file and list every issue with its path; exit 0 when valid, 1 when not / 校验文件')
    .argument('<file>', 'the file to check (.json, .yaml; .xlsx/.xls/.csv with --kind system)')
    .addOption(new Option('-k, --kind <kind>', 'what the file holds').choices(['input', 'system', 'rules']).default('input'))
    .addOption(localeOption())
    .action(async (file: string, opts: { kind: Kind; locale: Locale }) => {
      const outcome = await check(file, opts.kind, opts.locale);
      if (outcome.ok) process.stdout.write(`${cliMessages(opts.locale).valid(file, KIND_NAMES[opts.locale][opts.kind])}\n`);
      setExit(finish(outcome));
    });
}
