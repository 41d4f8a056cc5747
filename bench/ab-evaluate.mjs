#!/usr/bin/env node
/**
 * A/B of two builds of `safeEvaluateDepartment`: byte-identical results (valid and invalid inputs),
 * inputs never mutated, then interleaved CPU time per call from JSON text beside the JSON.parse +
 * JSON.stringify floor (the #15 budget ratio), median and quartiles of the per-round ratios.
 *
 *   node bench/ab-evaluate.mjs --a bench/.out/dist-main [--b dist] [--count 60] [--mutants 400] [--no-timing] [--rounds 15] [--ms 100]
 *
 * Inputs: the reference fixture; `--count` generated departments (1–400 lines; a third of them
 * rewritten in 元); every JSON file of test/fixtures/bad that parses; and `--mutants` seeded
 * mutations of valid inputs (a field deleted, nulled, retyped, an amount made malformed, an unknown
 * key added, an array emptied …), so the error path is compared as well as the happy path. Each
 * is run with several option sets. Exits 1 at the first difference, printing both sides around it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDepartment, makeRng } from './generate.mjs';
import { firstDifference, fixtureText, loadBuild, opt, ROOT } from './lib/args.mjs';
import { cpuPerCall } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const A = await loadBuild(opt('a', 'bench/.out/dist-main'));
const B = await loadBuild(opt('b', 'dist'));
const count = Number(opt('count', '60'));
const mutants = Number(opt('mutants', '400'));

const fixture = JSON.parse(fixtureText());

/** Rewrite every decimal string of a department from 万元 into 元 (×10,000, exact on strings). */
function toYuan(dep) {
  const conv = (s) => {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) return s;
    const frac = (m[3] ?? '').padEnd(4, '0');
    const whole = `${m[2]}${frac.slice(0, 4)}`.replace(/^0+(?=\d)/, '');
    const rest = frac.slice(4);
    return `${m[1]}${whole}${rest ? `.${rest}` : ''}`;
  };
  const walk = (v, key) => {
    if (typeof v === 'string' && /^-?\d+\.\d+$/.test(v)) return conv(v); // amounts carry decimals; codes and years do not
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return { ...walk(dep, ''), unit: '元' };
}

const valid = [['fixture', fixture]];
for (let i = 0; i < count; i++) {
  const dep = generateDepartment({ seed: `ab:${i}`, lines: [1, 5, 30, 100, 400][i % 5] });
  valid.push([`gen ${i}`, i % 3 === 2 ? toYuan(dep) : dep]);
}

const inputs = [...valid];
const badDir = join(ROOT, 'test/fixtures/bad');
for (const f of readdirSync(badDir).sort()) {
  if (!f.endsWith('.json')) continue;
  const text = readFileSync(join(badDir, f), 'utf8');
  if (text.length > 1_000_000) continue;
  try {
    inputs.push([`bad/${f}`, JSON.parse(text)]);
  } catch {
    /* not JSON: the CLI's concern */
  }
}

// Seeded mutations: walk to a random node of a valid input and break it.
const rng = makeRng('ab-evaluate:mutants').next;
const pick = (xs) => xs[Math.floor(rng() * xs.length)];
function paths(v, prefix = [], out = []) {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...prefix, k], out);
  return out;
}
const REPLACEMENTS = [
  null,
  undefined,
  0,
  -1,
  1.5,
  1e21,
  Number.NaN,
  '',
  'abc',
  '-0.01',
  '1e3',
  '12.345678',
  '0x10',
  true,
  [],
  {},
  'constructor',
  '__proto__',
  '2023-13-45',
  ' 1 ',
  '１２',
];
for (let m = 0; m < mutants; m++) {
  const [name, base] = valid[Math.floor(rng() * Math.min(valid.length, 12))];
  const copy = structuredClone(base);
  const ps = paths(copy).filter((p) => p.length > 0);
  const p = pick(ps);
  const parent = p.slice(0, -1).reduce((o, k) => o[k], copy);
  const key = p.at(-1);
  const how = Math.floor(rng() * 5);
  if (how === 0 && !Array.isArray(parent)) delete parent[key];
  else if (how === 1) parent[Array.isArray(parent) ? key : `x${Math.floor(rng() * 100)}`] = pick(REPLACEMENTS);
  else if (how === 2 && Array.isArray(parent[key])) parent[key] = [];
  else if (how === 3 && typeof parent[key] === 'string') parent[key] = /^\d/.test(parent[key]) ? Number(parent[key]) : `${parent[key]}!`;
  else parent[key] = pick(REPLACEMENTS);
  inputs.push([`mutant ${m} of ${name} at ${p.join('.')}`, copy]);
}

const OPTION_SETS = [{}, { locale: 'en' }, { system: 'mof-2013' }, { asOf: '2023-06-30', locale: 'en' }, { coreRules: false }];
let same = 0;
let failed = 0;
for (const [name, data] of inputs) {
  const before = JSON.stringify(data);
  for (const opts of name === 'fixture' || name.startsWith('gen') ? OPTION_SETS : OPTION_SETS.slice(0, 2)) {
    const a = JSON.stringify(A.safeEvaluateDepartment(data, opts));
    const b = JSON.stringify(B.safeEvaluateDepartment(data, opts));
    if (a !== b) {
      console.log(`DIFF ${name} ${JSON.stringify(opts)}\n${firstDifference(a, b)}`);
      process.exit(1);
    }
    if (a.startsWith('{"ok":false')) failed++;
    same++;
  }
  if (JSON.stringify(data) !== before) {
    console.log(`MUTATED ${name}`);
    process.exit(1);
  }
}
console.log(`identical: ${same} results (${failed} of them rejections) over ${inputs.length} inputs; no input mutated`);

if (!argv.includes('--no-timing')) {
  // From JSON text, as the #15 budget measures it: evaluateDepartment(JSON.parse(text)) against the
  // floor JSON.stringify(JSON.parse(text)), all three interleaved in rotated order, round by round,
  // so a round disturbed by the machine's load moves A, B and the floor together. Reported: the
  // median CPU time of each, and the medians (with quartiles) of the per-round ratios.
  const cases = [
    ['fixture', fixtureText()],
    ['gen-10', JSON.stringify(generateDepartment({ seed: 'bench:10', lines: 10 }))],
    ['gen-1000', JSON.stringify(generateDepartment({ seed: 'bench:1000', lines: 1000 }))],
  ];
  const rounds = Number(opt('rounds', '15'));
  const ms = Number(opt('ms', '100'));
  const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.round((xs.length - 1) * p)];
  const spread = (xs, digits = 2) => `${q(xs, 0.5).toFixed(digits)} (quartiles ${q(xs, 0.25).toFixed(digits)}–${q(xs, 0.75).toFixed(digits)})`;
  for (const [name, text] of cases) {
    const tasks = [
      ['floor', () => JSON.stringify(JSON.parse(text))],
      ['A', () => A.evaluateDepartment(JSON.parse(text))],
      ['B', () => B.evaluateDepartment(JSON.parse(text))],
    ];
    for (let i = 0; i < 1000; i++) for (const [, fn] of tasks) fn();
    const res = { floor: [], A: [], B: [] };
    for (let r = 0; r < rounds; r++) {
      for (let j = 0; j < tasks.length; j++) {
        const [k, fn] = tasks[(j + r) % tasks.length];
        res[k].push(cpuPerCall(fn, ms));
      }
    }
    const per = (k) => res[k].map((x, i) => x / res.floor[i]);
    console.log(
      `${name} from text: median CPU µs per call floor ${q(res.floor, 0.5).toFixed(0)}, A ${q(res.A, 0.5).toFixed(0)}, B ${q(res.B, 0.5).toFixed(0)}; ` +
        `A ÷ B per round ${spread(res.A.map((x, i) => x / res.B[i]))}; ÷ floor per round: A ${spread(per('A'))}, B ${spread(per('B'))}`,
    );
  }
}
