#!/usr/bin/env node
/**
 * How much of one task's garbage V8 moves to the old generation: the old space's growth per 1,000
 * calls (between mark-compacts), the mark-compacts, and the main-thread GC time per call. A task
 * whose short-lived objects stay in the young generation grows the old space by ≈ 0; when V8
 * "pretenures" an allocation site (it decides, from the objects found alive at scavenges, that the
 * site's objects live long and allocates them straight in the old space), dead objects pile up there
 * and the mark-compacts and concurrent marking they bring are billed to whatever runs next.
 *
 *   node bench/promotion.mjs [--task evaluate-text|evaluate-object|parse-text|floor] [--windows 16] [--dist dist]
 *   node --trace-pretenuring-statistics bench/promotion.mjs …   (V8 prints each site's decision: "=> tenure")
 *   node --no-allocation-site-pretenuring bench/promotion.mjs … (the same task with that heuristic off)
 *
 * The decision is V8's, taken after a varying number of calls (thousands), and differs between
 * processes: run it several times (bench/README.md, "Why the ratio moves between runs").
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { fixtureText, opt, ROOT } from './lib/args.mjs';
import { gcCounter, keep } from './lib/stats.mjs';

const dist = pathToFileURL(`${resolve(ROOT, opt('dist', 'dist'))}/`);
const api = await import(new URL('index.js', dist).href);
const text = fixtureText();
const data = JSON.parse(text);
const TASKS = {
  'evaluate-text': () => api.evaluateDepartment(JSON.parse(text)),
  'evaluate-object': () => api.evaluateDepartment(data),
  'parse-text': () => api.parseEvaluationInput(JSON.parse(text)),
  floor: () => JSON.stringify(JSON.parse(text)),
};
const name = opt('task', 'evaluate-text');
const fn = TASKS[name];
if (!fn) throw new Error(`unknown task ${name} (${Object.keys(TASKS).join(', ')})`);

const gc = gcCounter();
const oldSpace = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size / 2 ** 20;

for (let i = 0; i < 3000; i++) keep(fn()); // warm-up: V8 takes its decisions in the first few thousand calls
const windows = Number(opt('windows', '16'));
const per = 1000;
const growth = [];
const trail = []; // each window's growth in order ("mc": it had a mark-compact)
await gc.start();
for (let w = 0; w < windows; w++) {
  const before = oldSpace();
  for (let i = 0; i < per; i++) keep(fn());
  const after = oldSpace();
  if (after >= before) growth.push(after - before); // a window with a mark-compact in it shrinks: skipped
  trail.push(after >= before ? (after - before).toFixed(1) : 'mc');
}
const { markCompacts, ms: gcMs } = await gc.stop();
const median = [...growth].sort((a, b) => a - b)[Math.floor(growth.length / 2)] ?? NaN;
console.log(
  `${name}: old space +${median.toFixed(2)} MB per ${per} calls (median of ${growth.length} windows without a mark-compact), ` +
    `${markCompacts} mark-compacts in ${windows * per} calls, main-thread GC ${((gcMs * 1000) / (windows * per)).toFixed(1)} µs per call\n` +
    `  MB per window, in order: ${trail.join(' ')}`,
);
