import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Locale } from '../../index.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { writeStdout, writeText } from '../io.js';
import { cliMessages } from '../messages.js';
import { localeOption, outputOption } from '../options.js';
import { type Outcome, success } from '../outcome.js';
import { importSheetFile } from '../sheet.js';

interface ImportOptions {
  readonly output?: string;
  readonly locale: Locale;
  readonly id?: string;
  readonly name?: string;
  readonly year?: number;
  readonly jurisdiction?: string;
  readonly systemVersion?: string;
}

function parseYear(value: string): number {
  if (!/^(19|20|21)\d{2}$/.test(value)) throw new InvalidArgumentError('expected a year such as 2023');
  return Number.parseInt(value, 10);
}

/** System-level fields given on the command line (they win over the sheet's). */
function metaOf(opts: ImportOptions): Record<string, unknown> | undefined {
  const meta: Record<string, unknown> = {};
  if (opts.id !== undefined) meta['id'] = opts.id;
  if (opts.name !== undefined) meta['name'] = opts.name;
  if (opts.year !== undefined) meta['year'] = opts.year;
  if (opts.jurisdiction !== undefined) meta['jurisdiction'] = opts.jurisdiction;
  if (opts.systemVersion !== undefined) meta['version'] = opts.systemVersion;
  return Object.keys(meta).length > 0 ? meta : undefined;
}

async function runImport(file: string, opts: ImportOptions): Promise<Outcome<ExitCode>> {
  const imported = await importSheetFile(file, opts.locale, metaOf(opts));
  if (!imported.ok) return imported;
  const { system, report } = imported.value;
  const written = await writeText(opts.output, JSON.stringify(system, null, 2), opts.locale);
  if (!written.ok) return written;
  const text = `${report.join('\n')}\n`;
  // With -o the report is the command's output; without, stdout carries the system JSON.
  if (opts.output !== undefined) await writeStdout(`${text}${cliMessages(opts.locale).wrote(opts.output)}\n`);
  else process.stderr.write(text);
  return success(EXIT.ok);
}

/** `jixiao import-system FILE`: turn a spreadsheet 评分表 into an indicator-system JSON. */
export function registerImportSystem(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('import-system')
    .summary('import an indicator system from a spreadsheet / 导入指标体系')
    .description('import an indicator system (评分表) from .xlsx, .xls or .csv into JSON, and print which row became which scoring method / 导入指标体系')
    .argument('<file>', 'the spreadsheet (.xlsx, .xls or .csv)')
    .addOption(outputOption('write the system JSON to FILE instead of stdout / 输出文件'))
    .addOption(new Option('--id <id>', 'system id (default: the sheet\'s, else "imported")'))
    .addOption(new Option('--name <name>', "system name (default: the sheet's title row)"))
    .addOption(new Option('--year <year>', 'evaluation year (default: the year in the title row, e.g. "2023年…")').argParser(parseYear))
    .addOption(new Option('--jurisdiction <text>', 'where the system applies, e.g. 四川省巴中市恩阳区'))
    .addOption(new Option('--system-version <version>', 'version of the system (default 1)'))
    .addOption(localeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  jixiao import-system 评分表.xlsx -o system.json\n  jixiao import-system 评分表.csv --year 2023 --id my-county-2023 -o system.json\n  jixiao evaluate dept.json --system system.json',
    )
    .action(async (file: string, opts: ImportOptions) => {
      setExit(finish(await runImport(file, opts)));
    });
}
