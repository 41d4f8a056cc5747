/**
 * The `jixiao` command: a thin shell over the public API (see docs/cli.md). It reads files,
 * calls the library, writes reports, and maps outcomes to documented exit codes.
 */
import { CommanderError } from 'commander';
import { EXIT, type ExitCode } from './exitCodes.js';
import { isStdoutError, STDOUT_LABEL } from './io.js';
import { cliMessages, localeFromArgv } from './messages.js';
import { createProgram } from './program.js';

async function main(argv: readonly string[]): Promise<ExitCode> {
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

// A closed pipe (`jixiao demo | head`) is not an error. Any other stdout error (a full disk) is
// reported by the write that met it (writeStdout rejects: exit 4, one line), not thrown here.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

process.exitCode = await main(process.argv.slice(2));
