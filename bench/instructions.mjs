#!/usr/bin/env node
/**
 * Count the CPU instructions one call of a scenario takes, with valgrind's cachegrind: a figure
 * that does not move when other processes load the machine (CPU time does, by 10–30 % here), so
 * it is what to compare for a small A/B. It is not a timing: cache misses, GC pauses on helper
 * threads and JIT warm-up costs differ, so a change must also show in `npm run bench`.
 *
 *   node bench/instructions.mjs evaluate [--lines N] [--iterations K] [--dist DIR] [--vs DIR]
 *   node bench/instructions.mjs floor|parse|facts|rules|score|html|markdown …
 *
 * Runs `bench/profile.mjs SCENARIO --child` under `valgrind --tool=cachegrind --cache-sim=no`
 * twice, with K iterations and with K/3, and divides the difference by 2K/3, so Node's start-up,
 * the module loading and the JIT's warm-up (its compiler threads are counted too) drop out. `--vs DIR` also counts another build (e.g. a copy of the old
 * dist in bench/.out/dist-before) and prints the ratio. Needs valgrind (Debian's package).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { opt } from './lib/args.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const scenario = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? 'evaluate';
const iterations = Number(opt('iterations', '900'));
const lines = opt('lines');

function instructions(dist, k) {
  const args = [
    '--tool=cachegrind',
    '--cache-sim=no',
    '--cachegrind-out-file=/dev/null',
    process.execPath,
    join(HERE, 'profile.mjs'),
    scenario,
    '--child',
    '--iterations',
    String(k),
    '--dist',
    dist,
  ];
  if (lines) args.push('--lines', lines);
  const r = spawnSync('valgrind', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`valgrind: ${r.error.message} (install Debian's valgrind)`);
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`valgrind run failed (status ${r.status}):\n${r.stderr.slice(-2000)}`);
  return Number(m[1].replaceAll(',', ''));
}

function perCall(dist) {
  const warm = Math.round(iterations / 3);
  return (instructions(dist, iterations) - instructions(dist, warm)) / (iterations - warm);
}

const fmt = (n) => `${(n / 1e6).toFixed(2)} M`;
const dist = opt('dist', 'dist');
const a = perCall(dist);
console.log(`${scenario}${lines ? ` (${lines} lines)` : ' (fixture)'} · ${dist}: ${fmt(a)} instructions per call (${iterations} calls)`);
const vs = opt('vs');
if (vs) {
  const b = perCall(vs);
  console.log(`${scenario}${lines ? ` (${lines} lines)` : ' (fixture)'} · ${vs}: ${fmt(b)} instructions per call — ${dist} does ${(b / a).toFixed(2)}× fewer`);
}
