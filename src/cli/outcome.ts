import type { ExitCode } from './exitCodes.js';

/**
 * What a CLI step produced: a value, or an exit code with the lines to print on stderr.
 * Expected failures are values here too (no exceptions cross a command boundary).
 */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: ExitCode; readonly lines: readonly string[] };

/** A failed outcome. */
export function failure(exit: ExitCode, ...lines: string[]): { readonly ok: false; readonly exit: ExitCode; readonly lines: readonly string[] } {
  return { ok: false, exit, lines };
}

/** A successful outcome. */
export function success<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
