/**
 * `jixiao batch` as a child process: departments per second and peak RSS.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -v`, "Maximum resident set size") when present,
 * otherwise from polling /proc/<pid>/status VmHWM (the kernel's high-water mark) every 50 ms.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeNdjson } from '../generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const WORK = join(tmpdir(), 'jixiao-bench');

/** NDJSON of `count` generated departments, cached in the temp dir (keyed by the generator's source). */
export function ensureNdjson(count, seed = 'batch') {
  mkdirSync(WORK, { recursive: true });
  const gen = createHash('sha256')
    .update(readFileSync(join(HERE, '..', 'generate.mjs')))
    .digest('hex')
    .slice(0, 10);
  const file = join(WORK, `batch-${seed}-${count}-${gen}.ndjson`);
  if (existsSync(file)) return { file, cached: true, bytes: statSync(file).size, seconds: 0 };
  const t0 = performance.now();
  const partial = `${file}.partial`;
  const r = writeNdjson(partial, count, { seed });
  renameSync(partial, file);
  return { file, cached: false, bytes: r.bytes, ledgerLines: r.lines, seconds: (performance.now() - t0) / 1000 };
}

function readVmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Run `jixiao batch FILE -o OUT …args` and measure it.
 * @returns {Promise<{ ok: boolean, code: number|null, seconds: number, peakRssMB: number, rssSource: string,
 *   outFiles: number, outBytes: number, stderrTail: string, args: string[] }>}
 */
export async function runBatch(file, args = [], { keepOut = false } = {}) {
  const out = join(WORK, `out-${process.pid}-${Date.now()}`);
  const timeFile = join(WORK, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync('/usr/bin/time');
  const cliArgs = [CLI, 'batch', file, '-o', out, ...args];
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-v', '-o', timeFile, process.execPath, ...cliArgs] : cliArgs;
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  let polled = 0;
  const poll = useTime ? null : setInterval(() => (polled = Math.max(polled, readVmHWM(child.pid))), 50);
  let stderrTail = '';
  let stdoutTail = '';
  child.stderr.on('data', (d) => (stderrTail = (stderrTail + d).slice(-4000)));
  child.stdout.on('data', (d) => (stdoutTail = (stdoutTail + d).slice(-4000)));
  const code = await new Promise((res) => child.on('close', res));
  const seconds = (performance.now() - t0) / 1000;
  if (poll) clearInterval(poll);
  let peakKB = polled;
  let wall = seconds;
  if (useTime && existsSync(timeFile)) {
    const t = readFileSync(timeFile, 'utf8');
    peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)?.[1] ?? 0);
    const e = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(t);
    if (e) wall = Number(e[1] ?? 0) * 3600 + Number(e[2]) * 60 + Number(e[3]);
    rmSync(timeFile, { force: true });
  }
  let outFiles = 0;
  let outBytes = 0;
  if (existsSync(out)) {
    for (const name of readdirSync(out)) {
      outFiles++;
      outBytes += statSync(join(out, name)).size;
    }
    if (!keepOut) rmSync(out, { recursive: true, force: true });
  }
  return {
    ok: code === 0,
    code,
    seconds: wall,
    peakRssMB: peakKB / 1024,
    rssSource: useTime ? '/usr/bin/time -v' : '/proc VmHWM poll',
    outFiles,
    outBytes,
    stderrTail: stderrTail.slice(-800),
    stdoutTail: stdoutTail.slice(-800),
    args: ['batch', '<file>', '-o', '<out>', ...args],
    ...(keepOut ? { out } : {}),
  };
}
