/**
 * The `jixiao` command: a thin shell over the public API (see docs/cli.md). It reads files,
 * calls the library, writes reports, and maps outcomes to documented exit codes. The command
 * itself is `main` (program.ts); this file only ties it to the process.
 */
import { EXIT } from './exitCodes.js';
import { main } from './program.js';

// A closed pipe (`jixiao demo | head`) is not an error. Any other stdout error (a full disk) is
// reported by the write that met it (writeStdout rejects: exit 4, one line), not thrown here.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
});

process.exitCode = await main(process.argv.slice(2));
