#!/usr/bin/env node
/**
 * Where evaluateDepartment's time goes: each layer timed on its own (CPU time, same harness as
 * run.mjs), on the reference fixture and on generated departments.
 *
 *   node bench/stages.mjs [--lines=10,100,1000] [--quick]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateDepartment } from './generate.mjs';
import { fmtTime, keep, measure, textTable } from './lib/stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// JIXIAO_DIST=/path/to/another/dist compares another build (e.g. a patched copy).
const DIST = process.env.JIXIAO_DIST ?? join(HERE, '..', 'dist');
const api = await import(pathToFileURL(join(DIST, 'index.js')).href);
const render = await import(pathToFileURL(join(DIST, 'render', 'index.js')).href);
const sizes = (opt('lines') ?? '').split(',').filter(Boolean).map(Number);

const inputs = [['fixture', JSON.parse(readFileSync(join(HERE, '..', 'src/examples/enyang-administrative-approval-2022.json'), 'utf8'))]];
for (const n of sizes) inputs.push([`gen-${n}`, generateDepartment({ seed: `bench:${n}`, lines: n })]);

const tasks = [];
const rows = [];
for (const [key, data] of inputs) {
  const system = api.getBuiltInSystem('enyang-2023');
  const input = api.parseEvaluationInput(data);
  const facts = api.computeFacts(input);
  const ruleOpts = { locale: 'zh-CN', waivers: input.waivers, department: input.department, fiscalYear: input.report.fiscalYear };
  const rules = api.runRules([api.CORE_RULE_PACK], facts, ruleOpts);
  const scoringFacts = { ...facts, values: { ...facts.values, ...api.findingFacts(rules) } };
  const result = api.evaluateDepartment(data);
  const stages = [
    ['parse', () => api.parseEvaluationInput(data)],
    ['computeFacts', () => api.computeFacts(input)],
    ['runRules', () => api.runRules([api.CORE_RULE_PACK], facts, ruleOpts)],
    ['scoreSheet', () => api.scoreSheet(system, scoringFacts, { locale: 'zh-CN', assessments: input.assessments })],
    ['evaluateDepartment', () => api.evaluateDepartment(data)],
    ['buildReport', () => render.buildReport(result)],
    ['renderMarkdown', () => render.renderMarkdown(result)],
    ['renderHtml', () => render.renderHtml(result)],
    ['JSON.stringify(result)', () => JSON.stringify(result)],
  ];
  for (const [name, fn] of stages) tasks.push({ id: `${key}:${name}`, group: key, label: name, fn: () => keep(fn()), heavy: false });
}
const m = await measure(tasks, { rounds: argv.includes('--quick') ? 1 : 3, time: 200 });
for (const t of tasks) {
  const x = m.get(t.id);
  const total = m.get(`${t.group}:evaluateDepartment`).mean;
  const share = ['parse', 'computeFacts', 'runRules', 'scoreSheet'].includes(t.label) ? `${((100 * x.mean) / total).toFixed(0)}%` : '';
  rows.push([t.group, t.label, fmtTime(x.mean), fmtTime(x.p50), share]);
}
console.log(textTable(['input', 'stage', 'CPU mean*', 'p50', '% of evaluate'], rows));
