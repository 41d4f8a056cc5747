// Runs the BUILT `jixiao` command as a child process, the way users run it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { builtPackage } from '../package/buildPackage.js';

/** What one run of the command produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The built `jixiao` command (dist/cli/main.js): the package built once for the whole run and shared
 * with the packaging tests (see builtPackage), so concurrent test files never see a half-built CLI.
 */
export async function buildCli(): Promise<string> {
  return join(await builtPackage(), 'cli', 'main.js');
}

/** Run `node <cli> ...args` without a TTY and collect its output. */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly nodeOptions?: readonly string[]; readonly env?: Readonly<Record<string, string>> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), cli, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
