// Runs the BUILT `jixiao` command as a child process, the way users run it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPackage, repoTempDir, ROOT } from '../package/buildPackage.js';

/** What one run of the command produced. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A hash of everything the build reads: sources, fixtures bundled into the examples, build config. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [...files(join(ROOT, 'src')), join(ROOT, 'test', 'fixtures', 'enyang-administrative-approval-2022.json'), join(ROOT, 'tsup.config.ts'), join(ROOT, 'package.json')];
  for (const file of inputs.sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Build the package (no declarations) into a private directory under .tmp/ and return the path of
 * its dist/cli/main.js. The CLI test files share one build per source state: each builds into a
 * fresh directory and renames it into place, so concurrent test files never see a half-built CLI.
 */
export async function buildCli(): Promise<string> {
  const target = join(ROOT, '.tmp', `cli-build-${sourceHash()}`);
  const main = join(target, 'dist', 'cli', 'main.js');
  if (existsSync(main)) return main;
  const dir = repoTempDir('cli');
  await buildPackage(join(dir, 'dist'));
  try {
    renameSync(dir, target);
  } catch {
    return join(dir, 'dist', 'cli', 'main.js'); // another test file got there first: use our own copy
  }
  return main;
}

/** Run `node <cli> ...args` without a TTY and collect its output. */
export function runCli(cli: string, args: readonly string[], options: { readonly cwd?: string; readonly nodeOptions?: readonly string[]; readonly env?: Readonly<Record<string, string>> } = {}): Promise<CliRun> {
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
