/**
 * The fixture's evaluate-from-text ratio measured in fresh processes ("forks", as JMH runs a
 * benchmark in several JVMs): V8 decides per process whether to pretenure an allocation site, which
 * moves one process's figure by ≈ 10 % (bench/README.md, "Why the ratio moves between runs"), so the
 * #15 budget is judged on the median over several processes, with their range.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const RUN = join(dirname(fileURLToPath(import.meta.url)), '..', 'run.mjs');

/**
 * The suite's fixture group (`run.mjs --only=fixture`, the same tasks, harness and settings) in one
 * fresh process, measuring the build in `dist`: `{ ratio, floor, evaluate, markCompacts }` (µs of
 * CPU time per call; mark-compacts while the group was measured). `alone`: the floor and evaluate
 * only (`run.mjs --alone`), as a process that does nothing else would read them.
 */
export function forkRatio(dist, { alone = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-fork-'));
  try {
    const out = join(dir, 'results.json');
    try {
      execFileSync(process.execPath, ['--expose-gc', RUN, '--only=fixture', '--forks=0', `--dist=${dist}`, `--out=${out}`, ...(alone ? ['--alone'] : [])], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (e) {
      // The child's own message (e.g. a dist being rebuilt under it), not just "Command failed".
      throw new Error(
        `a fork of run.mjs failed on ${dist}: ${String(e.stderr ?? e.message)
          .trim()
          .split('\n')
          .slice(-3)
          .join(' | ')}`,
      );
    }
    const r = JSON.parse(readFileSync(out, 'utf8'));
    const floor = r.tasks['floor:fixture'].mean * 1000;
    const evaluate = r.tasks['evaluate:fixture'].mean * 1000;
    return { ratio: evaluate / floor, floor, evaluate, markCompacts: r.gcByGroup['fixture and render']?.markCompacts ?? 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median, range and count over 5× of the forks' ratios, and the medians of their times. */
export function summarizeForks(forks) {
  const ratios = forks.map((f) => f.ratio);
  return {
    forks: forks.length,
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    over5: ratios.filter((r) => r > 5).length,
    evaluateUs: median(forks.map((f) => f.evaluate)),
    floorUs: median(forks.map((f) => f.floor)),
    each: forks.map((f) => ({ ratio: Number(f.ratio.toFixed(3)), markCompacts: f.markCompacts })),
  };
}

/** One line for a summary: `4.71× (median of 5 processes, range 4.42–4.81, 0 over 5×)`. */
export const forksText = (s) => `${s.median.toFixed(2)}× (median of ${s.forks} processes, range ${s.min.toFixed(2)}–${s.max.toFixed(2)}, ${s.over5} over 5×)`;
