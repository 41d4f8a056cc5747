#!/usr/bin/env node
/**
 * A/B of two builds, stage by stage, in one process: each stage of evaluateDepartment timed on the
 * reference fixture with the two builds interleaved round by round (the order alternating), so load
 * on a shared machine moves both together. Prints the median CPU time of each build and the median
 * and quartiles of the per-round ratio A ÷ B (> 1: B is faster). Outputs are not compared here:
 * bench/ab-evaluate.mjs does that.
 *
 *   node bench/ab-stages.mjs --a bench/.out/dist-main [--b dist] [--stages parse,facts,rules,score,evaluate] [--rounds 21] [--ms 40]
 *
 * Which build is loaded first moves a stage by up to ±5 % on its own: for a small difference, run it
 * twice with --a and --b swapped.
 */
import { fixtureText, loadBuild, opt } from './lib/args.mjs';
import { cpuPerCall } from './lib/stats.mjs';

const builds = [
  ['A', await loadBuild(opt('a', 'bench/.out/dist-main'))],
  ['B', await loadBuild(opt('b', 'dist'))],
];
const text = fixtureText();
const data = JSON.parse(text);
const rounds = Number(opt('rounds', '21'));
const ms = Number(opt('ms', '40'));

/** The stages of one build, each on inputs prepared by that build's own earlier stages. */
function stagesOf(api) {
  const input = api.parseEvaluationInput(data);
  const facts = api.computeFacts(input);
  const options = { locale: 'zh-CN', waivers: input.waivers, department: input.department, fiscalYear: input.report.fiscalYear };
  const rules = api.runRules([api.CORE_RULE_PACK], facts, options);
  const scoring = { ...facts, values: { ...facts.values, ...api.findingFacts(rules) } };
  const system = api.getBuiltInSystem('enyang-2023');
  return {
    parse: () => api.safeParseEvaluationInput(data),
    facts: () => api.computeFacts(input),
    rules: () => api.runRules([api.CORE_RULE_PACK], facts, options),
    score: () => api.scoreSheet(system, scoring, { locale: 'zh-CN', assessments: input.assessments }),
    evaluate: () => api.evaluateDepartment(JSON.parse(text)),
  };
}

const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.round((xs.length - 1) * p)];
const all = builds.map(([k, api]) => [k, stagesOf(api)]);
for (const stage of opt('stages', 'parse,facts,rules,score,evaluate').split(',')) {
  const tasks = all.map(([k, s]) => [k, s[stage]]);
  if (tasks.some(([, fn]) => typeof fn !== 'function')) throw new Error(`unknown stage ${stage}`);
  for (let i = 0; i < 1000; i++) for (const [, fn] of tasks) fn();
  const res = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [k, fn] of r % 2 ? tasks : [...tasks].reverse()) res[k].push(cpuPerCall(fn, ms));
  }
  const ratio = res.A.map((a, i) => a / res.B[i]);
  console.log(
    `${stage.padEnd(8)} A ${q(res.A, 0.5).toFixed(1).padStart(8)} µs  B ${q(res.B, 0.5).toFixed(1).padStart(8)} µs  A ÷ B per round ${q(ratio, 0.5).toFixed(3)} (quartiles ${q(ratio, 0.25).toFixed(3)}–${q(ratio, 0.75).toFixed(3)})`,
  );
}
