// Runs the BUILT `jixiao` command as a child process, the way users run it (runCli), or the same
// command from the sources in this process (runInProcess).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
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

/** Options of {@link runInProcess}: what the child process would get. */
export interface InProcessOptions {
  /** Working folder of the run (default: unchanged). */
  readonly cwd?: string;
  /** Variables set for the run (an empty string is set, as for a child); NO_COLOR=1 and FORCE_COLOR=0 unless given. */
  readonly env?: Readonly<Record<string, string>>;
  /** Bytes on standard input (default: none, as `stdio: 'ignore'` gives a child). */
  readonly stdin?: string | Uint8Array;
}

/** In-process runs share `process`: one at a time, in call order. */
let queue: Promise<unknown> = Promise.resolve();

type Write = typeof process.stdout.write;

/** A stand-in for `stream.write` that appends to `sink` and calls the write's callback, like a pipe that never fills. */
function capture(sink: { text: string }): Write {
  return ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), callback?: (e?: Error | null) => void): boolean => {
    sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done, null);
    return true;
  }) as Write;
}

/**
 * Run the `jixiao` command in this process, from the sources: the same `main` the binary calls
 * (src/cli/program.ts), with stdout and stderr captured, `cwd`, `env` and stdin set for the run and
 * restored after it. Used for the breadth of options and outcomes (fast, and seen by coverage); the
 * tests of the binary itself (exit on EPIPE, signals, worker threads, node options) use {@link runCli}.
 */
export function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<CliRun> {
  const run = queue.then(async (): Promise<CliRun> => {
    const { main } = await import('../../src/cli/program.js');
    const stdout = { text: '' };
    const stderr = { text: '' };
    const env = { NO_COLOR: '1', FORCE_COLOR: '0', ...options.env };
    const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const savedCwd = process.cwd();
    const savedStdin = Object.getOwnPropertyDescriptor(process, 'stdin');
    const stdoutWrite = process.stdout.write;
    const stderrWrite = process.stderr.write;
    try {
      Object.assign(process.env, env);
      if (options.cwd !== undefined) process.chdir(options.cwd);
      const input = options.stdin === undefined ? [] : [typeof options.stdin === 'string' ? Buffer.from(options.stdin) : Buffer.from(options.stdin)];
      Object.defineProperty(process, 'stdin', { value: Readable.from(input), configurable: true, writable: true });
      process.stdout.write = capture(stdout);
      process.stderr.write = capture(stderr);
      const code = await main(args);
      return { code, stdout: stdout.text, stderr: stderr.text };
    } finally {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
      if (savedStdin) Object.defineProperty(process, 'stdin', savedStdin);
      process.chdir(savedCwd);
      for (const [k, v] of Object.entries(savedEnv)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
