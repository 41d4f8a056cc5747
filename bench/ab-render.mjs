#!/usr/bin/env node
/**
 * A/B of the render layer in one process: the current build (`dist/`) against another build
 * (default `bench/.out/dist-before`, a copy of `dist/` made before a change), interleaved rounds,
 * CPU time, on the reference fixture's result. Checks first that both builds render the same
 * HTML and Markdown.
 *
 *   cp -r dist bench/.out/dist-before   # before the change, after `npm run build`
 *   node bench/ab-render.mjs [--before=DIR] [--rounds=5] [--time=400]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmtTime, keep, measure, textTable } from './lib/stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, d) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? d;
const builds = [
  ['before', opt('before', join(HERE, '.out', 'dist-before'))],
  ['after', opt('after', join(HERE, '..', 'dist'))],
];
const data = JSON.parse(readFileSync(join(HERE, '..', 'src/examples/enyang-administrative-approval-2022.json'), 'utf8'));

const tasks = [];
const outputs = [];
for (const [name, dir] of builds) {
  const api = await import(pathToFileURL(join(dir, 'index.js')).href);
  const render = await import(pathToFileURL(join(dir, 'render', 'index.js')).href);
  const result = api.evaluateDepartment(data);
  const view = render.buildReport(result);
  outputs.push([name, render.renderHtml(result), render.renderMarkdown(result)]);
  for (const [label, fn] of [
    ['buildReport', () => render.buildReport(result)],
    ['toHtml(view)', () => render.toHtml(view)],
    ['renderHtml', () => render.renderHtml(result)],
    ['renderMarkdown', () => render.renderMarkdown(result)],
  ]) {
    tasks.push({ id: `${name}:${label}`, group: name, label, fn: () => keep(fn()), heavy: false });
  }
}
const [[, htmlA, mdA], [, htmlB, mdB]] = outputs;
if (htmlA !== htmlB) throw new Error('renderHtml output differs between the builds');
if (mdA !== mdB) throw new Error('renderMarkdown output differs between the builds');
console.log(`identical output (HTML ${htmlA.length} chars, Markdown ${mdA.length} chars)`);

const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const m = await measure(tasks, { rounds: Number(opt('rounds', 5)), time: Number(opt('time', 400)) });
const rows = [];
for (const label of ['buildReport', 'toHtml(view)', 'renderHtml', 'renderMarkdown']) {
  const a = m.get(`before:${label}`);
  const b = m.get(`after:${label}`);
  rows.push([label, fmtTime(a.mean), fmtTime(a.p50), fmtTime(b.mean), fmtTime(b.p50), `${(a.mean / b.mean).toFixed(2)}×`, `${Math.round(1000 / b.mean)} /s`]);
}
console.log(
  `load average at start: ${load}; at end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; node ${process.version}`,
);
console.log(textTable(['task', 'before mean*', 'before p50', 'after mean*', 'after p50', 'gain', 'after ops/s'], rows));
