#!/usr/bin/env node
/**
 * Top functions of a V8 .cpuprofile (from `node --cpu-prof`): self time and inclusive ("total") time,
 * aggregated by function + file + line.
 *
 *   node bench/cpuprofile-top.mjs FILE.cpuprofile [--top 25] [--focus functionName]
 *
 * --focus keeps only the samples whose stack contains that function (e.g. runRules).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @returns {string} a printable table */
export function summarize(profile, { top = 25, focus } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const cf = n.callFrame;
    const path = cf.url.replace(/^file:\/\//, '');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    const file = cf.url ? `${pkg ? `${pkg}/` : ''}${basename(path)}` : '';
    return `${cf.functionName || '(anonymous)'}  ${file}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  const { samples, timeDeltas } = profile;
  const inFocus = (leafId) => {
    for (let id = leafId; id !== undefined; id = parent.get(id)) if (byId.get(id).callFrame.functionName === focus) return true;
    return false;
  };
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000; // ms; delta i+1 is the time spent in sample i
    if (focus && !inFocus(samples[i])) continue;
    all += dt;
    const leaf = byId.get(samples[i]);
    const k = keyOf(leaf);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const kk = keyOf(byId.get(id));
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  }
  const pct = (x) => `${((100 * x) / all).toFixed(1).padStart(5)}%`;
  const lines = [
    `sampled ${all.toFixed(0)} ms${focus ? ` inside ${focus}()` : ''}`,
    '',
    'SELF time',
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${pct(v)}  ${v.toFixed(1).padStart(8)} ms  ${k}`),
  ];
  const interesting = [...total]
    .filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  lines.push('', 'TOTAL (inclusive) time', ...interesting.map(([k, v]) => `${pct(v)}  ${v.toFixed(1).padStart(8)} ms  ${k}`));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node bench/cpuprofile-top.mjs FILE.cpuprofile [--top N]');
  const i = process.argv.indexOf('--top');
  const f = process.argv.indexOf('--focus');
  console.log(
    summarize(JSON.parse(readFileSync(file, 'utf8')), { top: i > 0 ? Number(process.argv[i + 1]) : 25, focus: f > 0 ? process.argv[f + 1] : undefined }),
  );
}
