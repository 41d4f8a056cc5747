import type { ExitCode } from './exitCodes.js';
import type { Outcome } from './outcome.js';

/** Print a failed outcome's lines on stderr and return its exit code (or the value of a success). */
export function finish(outcome: Outcome<ExitCode>): ExitCode {
  if (outcome.ok) return outcome.value;
  process.stderr.write(`${outcome.lines.join('\n')}\n`);
  return outcome.exit;
}
