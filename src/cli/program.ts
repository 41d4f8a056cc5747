import { Command } from 'commander';
import { type Locale, VERSION } from '../index.js';
import { registerBatch } from './commands/batch.js';
import { registerDemo } from './commands/demo.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImportSystem } from './commands/importSystem.js';
import { registerInit } from './commands/init.js';
import { registerRules } from './commands/rules.js';
import { registerSystems } from './commands/systems.js';
import { registerValidate } from './commands/validate.js';
import { EXIT_HELP, type ExitCode } from './exitCodes.js';
import { cliMessages } from './messages.js';

/**
 * The `jixiao` program; every command reports its exit code through `setExit`. Commander's own
 * errors (unknown option, missing argument) throw instead of exiting, with a localized message.
 */
export function createProgram(setExit: (code: ExitCode) => void, locale: Locale): Command {
  const program = new Command('jixiao')
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(`${cliMessages(locale).usage(text.replace(/^error:\s*/i, '').trim())}\n`),
    })
    .description("部门整体支出绩效评价: evaluate a government department's whole-budget spending (findings, indicator scores, grade, report)")
    .version(VERSION, '-v, --version')
    .showHelpAfterError(false)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
    .addHelpText('after', `\n${EXIT_HELP}\n\nDocs: the "Command line" guide (docs/cli.md)`);
  registerDemo(program, setExit);
  registerInit(program, setExit);
  registerEvaluate(program, setExit);
  registerValidate(program, setExit);
  registerImportSystem(program, setExit);
  registerSystems(program, setExit);
  registerRules(program, setExit);
  registerBatch(program, setExit);
  for (const command of program.commands) command.addHelpText('after', `\n${EXIT_HELP}`);
  return program;
}
