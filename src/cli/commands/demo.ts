import type { Command } from 'commander';
import { ENYANG_2022_EXAMPLE } from '../../examples/index.js';
import { evaluateAndWrite } from '../evaluateData.js';
import type { ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { formatOption, localeOption, type ReportOptions, outputOption } from '../options.js';

/** `jixiao demo`: evaluate the built-in Enyang example and write its report. */
export function registerDemo(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('demo')
    .summary('evaluate the built-in example and write its report / 内置示例')
    .description('evaluate the built-in example (巴中市恩阳区行政审批局, 2022) and write its report / 评价内置示例')
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(localeOption())
    .addHelpText('after', '\nExample:\n  jixiao demo --format html -o enyang.html')
    .action(async (opts: ReportOptions) => {
      setExit(finish(await evaluateAndWrite(ENYANG_2022_EXAMPLE, 'ENYANG_2022_EXAMPLE', opts)));
    });
}
