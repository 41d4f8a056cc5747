import type { Command } from 'commander';
import { evaluateAndWrite } from '../evaluateData.js';
import type { ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { inputLabel } from '../io.js';
import { readInputFile } from '../load.js';
import { colourFor, summaryLines } from '../summaryLine.js';
import { asOfOption, encodingOption, type EvaluateCliOptions, formatOption, localeOption, outputOption, rulesOption, systemOption } from '../options.js';

/** `jixiao evaluate FILE`: evaluate one department from a JSON or YAML file. */
export function registerEvaluate(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('evaluate')
    .summary('evaluate one department / 评价一个部门')
    .description('evaluate one department from a JSON, YAML or .xlsx input file and write the report / 评价一个部门')
    .argument('<file>', 'evaluation input: .json, .yaml/.yml, a data-entry workbook .xlsx (jixiao init), or - for stdin')
    .addOption(systemOption())
    .addOption(rulesOption())
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(localeOption())
    .addOption(asOfOption())
    .addOption(encodingOption())
    .addHelpText(
      'after',
      '\nExamples:\n  jixiao evaluate dept.yaml -o report.md\n  jixiao evaluate 填报表.xlsx -o report.md\n  cat dept.json | jixiao evaluate -\n  jixiao evaluate dept.json --system my-system.xlsx --format html -o report.html',
    )
    .action(async (file: string, opts: EvaluateCliOptions) => {
      const data = await readInputFile(file, opts.locale, opts.encoding);
      // After the report (stdout, or the file given with -o): the one-line summary on stderr.
      const summary = (result: Parameters<typeof summaryLines>[0]): void => {
        process.stderr.write(`${summaryLines(result, opts.locale, colourFor(process.stderr, process.env)).join('\n')}\n`);
      };
      setExit(finish(data.ok ? await evaluateAndWrite(data.value, inputLabel(file), opts, summary) : data));
    });
}
