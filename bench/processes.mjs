#!/usr/bin/env node
/**
 * The #15 budget figure — the fixture's evaluate from JSON text ÷ the JSON.parse + JSON.stringify
 * floor — in many fresh processes, per build: the distribution another run will land in, rather than
 * one process's figure. V8 decides per process whether to pretenure allocation sites (bench/README.md,
 * "Why the ratio moves between runs"), so one process reads ≈ 10 % high or low by itself; a change
 * is judged by the medians and the ranges over several processes of each build, alternated so that
 * the machine's load moves all builds alike.
 *
 *   node bench/processes.mjs [--n 6] [--alone] [DIR ...]      (DIR: built dists, default dist; e.g. bench/.out/dist-main dist; ≈ 25 s a process)
 *
 * `npm run bench` runs five such processes for the budget figure (bench/lib/forks.mjs).
 *
 * Each process is the suite's fixture group (`run.mjs --only=fixture --forks=0`: the same tasks,
 * harness and settings, ≈ 25 s) and reports the ratio, the two figures in µs, and the mark-compacts
 * V8 ran while it measured (shown as `*n` after a ratio: a process with mark-compacts is usually one
 * where V8 pretenured a site).
 */
import { opt } from './lib/args.mjs';
import { forkRatio, forksText, summarizeForks } from './lib/forks.mjs';

const argv = process.argv.slice(2);
const n = Number(opt('n', '6'));
const dirs = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--n');
if (dirs.length === 0) dirs.push('dist');
const runs = new Map(dirs.map((d) => [d, []]));
const alone = argv.includes('--alone');
for (let i = 0; i < n; i++) for (const d of i % 2 ? dirs : [...dirs].reverse()) runs.get(d).push(forkRatio(d, { alone }));
for (const [d, forks] of runs) {
  const s = summarizeForks(forks);
  console.log(
    `${d}${alone ? ' (alone)' : ''}: evaluate from text ÷ floor ${forksText(s)} · evaluate ${s.evaluateUs.toFixed(0)} µs, floor ${s.floorUs.toFixed(0)} µs`,
  );
  console.log(
    `  each (*n: mark-compacts while measuring): ${forks.map((r) => `${r.ratio.toFixed(2)}${r.markCompacts ? `*${r.markCompacts}` : ''}`).join(' ')}`,
  );
}
