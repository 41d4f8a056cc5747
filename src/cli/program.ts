import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { type Locale, VERSION } from '../index.js';
import { registerBatch } from './commands/batch.js';
import { registerDemo } from './commands/demo.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImportSystem } from './commands/importSystem.js';
import { registerInit } from './commands/init.js';
import { registerRules } from './commands/rules.js';
import { registerSystems } from './commands/systems.js';
import { registerValidate } from './commands/validate.js';
import { EXIT, EXIT_HELP, type ExitCode } from './exitCodes.js';
import { isStdoutError, STDOUT_LABEL } from './io.js';
import { cliMessages, localeFromArgv, localeFromEnv, usageErrorText } from './messages.js';
import { formatFromPath, knownExtensions } from './report.js';

/**
 * The documentation site, read from package.json's `homepage` (the one place it is written), found
 * by walking up from this file: dist/cli/main.js in the installed package, src/cli in a clone.
 * Undefined when no jixiao package.json is found (then `--help` names the guide only).
 */
export function docsSite(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; homepage?: unknown };
        if (pkg.name === 'jixiao' && typeof pkg.homepage === 'string') return pkg.homepage.endsWith('/') ? pkg.homepage : `${pkg.homepage}/`;
      } catch {
        return undefined;
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Commands whose `-o FILE` is one report, so its extension may choose the format (a batch's `-o` is a folder). */
const FORMAT_FROM_OUTPUT = new Set(['demo', 'evaluate']);

/**
 * `-o report.html` without `--format` writes HTML: the format comes from the extension (`.md`,
 * `.html`, `.json` …, see report.ts). An explicit `--format` wins; no extension keeps the default;
 * an extension we do not write is a usage error (exit 2), not a Markdown file named `.pdf`.
 */
function formatFromOutput(command: Command): void {
  if (!FORMAT_FROM_OUTPUT.has(command.name())) return;
  const output = command.getOptionValue('output') as string | undefined;
  if (output === undefined || command.getOptionValueSource('format') !== 'default') return;
  const format = formatFromPath(output);
  if (format === undefined) return;
  if (format !== 'unknown') {
    command.setOptionValueWithSource('format', format, 'implied');
    return;
  }
  const locale = (command.getOptionValue('locale') as 'en' | 'zh-CN' | undefined) ?? localeFromEnv();
  const message = cliMessages(locale).usage(cliMessages(locale).badOutputExtension(output, knownExtensions()));
  process.stderr.write(`${message}\n`);
  throw new CommanderError(2, 'jixiao.outputExtension', message);
}

/**
 * The `jixiao` program; every command reports its exit code through `setExit`. Commander's own
 * errors (unknown option, missing argument) throw instead of exiting, with a localized message.
 */
export function createProgram(setExit: (code: ExitCode) => void, locale: Locale): Command {
  const program = new Command('jixiao')
    // Commander's English text is not printed: each parsing error is written again, by its code,
    // wholly in the locale (see usageErrorText). Help and version exit through here too, silently.
    .exitOverride((err) => {
      if (err.exitCode !== 0 && err.code !== 'commander.help' && err.code !== 'commander.helpDisplayed') {
        process.stderr.write(`${usageErrorText(err.code, err.message, locale)}\n`);
      }
      throw err;
    })
    .configureOutput({ outputError: () => undefined })
    .description("部门整体支出绩效评价: evaluate a government department's whole-budget spending (findings, indicator scores, grade, report)")
    .version(VERSION, '-v, --version')
    .hook('preAction', (_program, command) => formatFromOutput(command))
    .showHelpAfterError(false)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
    .addHelpText('after', () => {
      const site = docsSite();
      return `\n${EXIT_HELP}\n\nDocs / 文档: ${site ? `${site}documents/Command_line.html` : 'the "Command line" guide'}`;
    });
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

/**
 * Run the `jixiao` command on `argv` (the arguments after the script) and resolve to its exit code.
 * It reads and writes through `process` (stdin, stdout, stderr, env, the working folder) and never
 * exits: main.ts, the installed binary, sets `process.exitCode` from it; the tests call it in-process.
 */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  const locale = localeFromArgv(argv);
  let exit: ExitCode = EXIT.ok;
  const program = createProgram((code) => {
    exit = code;
  }, locale);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (isStdoutError(e)) {
      const code = (e as NodeJS.ErrnoException).code ?? e.message;
      process.stderr.write(`${cliMessages(locale).writeFailed(STDOUT_LABEL, code)}\n`);
      return EXIT.io;
    }
    process.stderr.write(`${cliMessages(locale).internal(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return EXIT.internal;
  }
}
