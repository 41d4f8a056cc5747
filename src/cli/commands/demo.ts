import type { Command } from 'commander';
import { ENYANG_2022_EXAMPLE } from '../../examples/index.js';
import { evaluateAndWrite, evaluateData, resolveOptions } from '../evaluateData.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { writeText } from '../io.js';
import { cliMessages } from '../messages.js';
import { formatOption, localeOption, type ReportOptions, outputOption } from '../options.js';
import { type Outcome, success } from '../outcome.js';

const LABEL = 'ENYANG_2022_EXAMPLE';

/**
 * In a terminal, without `-o` or `--format`, the demo prints a summary (department, score, grade,
 * failed rules) and how to get the full report, not 266 lines of raw Markdown. Piped or redirected
 * (`jixiao demo > enyang.md`, `jixiao demo | less`) it writes the full report as before.
 */
async function summarize(opts: ReportOptions): Promise<Outcome<ExitCode>> {
  const resolved = await resolveOptions(opts);
  if (!resolved.ok) return resolved;
  const result = evaluateData(ENYANG_2022_EXAMPLE, LABEL, resolved.value);
  if (!result.ok) return result;
  const r = result.value;
  const m = cliMessages(opts.locale);
  const errors = r.rules.findings.filter((f) => f.status === 'fail' && !f.waived && f.severity === 'error').length;
  const text = `${m.demoSummary(r.input.department.name, r.score.total, r.score.grade.label, r.rules.summary.fail, errors)}\n${m.demoFullReport()}\n`;
  const written = await writeText(undefined, text, opts.locale);
  return written.ok ? success(EXIT.ok) : written;
}

/** `jixiao demo`: evaluate the built-in Enyang example and write its report. */
export function registerDemo(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('demo')
    .summary('evaluate the built-in example and write its report / 内置示例')
    .description(
      'evaluate the built-in example (巴中市恩阳区行政审批局, 2022) and write its report; in a terminal without -o or --format, print a summary / 评价内置示例',
    )
    .addOption(formatOption())
    .addOption(outputOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  jixiao demo                  # summary in a terminal\n  jixiao demo -o enyang.html   # full report, format from the extension\n  jixiao demo > enyang.md      # full Markdown',
    )
    .action(async (opts: ReportOptions, command: Command) => {
      if (process.stdout.isTTY === true && opts.output === undefined && command.getOptionValueSource('format') === 'default') {
        setExit(finish(await summarize(opts)));
        return;
      }
      setExit(finish(await evaluateAndWrite(ENYANG_2022_EXAMPLE, LABEL, opts)));
    });
}
