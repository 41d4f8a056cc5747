#!/usr/bin/env node
/**
 * Profile one benchmark scenario with V8's sampling profiler and print the top functions.
 *
 *   node bench/profile.mjs evaluate [--lines N] [--iterations K] [--top 25]
 *   node bench/profile.mjs parse|facts|rules|score|jre|markdown|html|floor …
 *   node bench/profile.mjs evaluate --dist bench/.out/dist-before   (another build)
 *
 * `--lines N` uses a generated department (bench/generate.mjs) instead of the reference fixture.
 * The profile lands in bench/.out/prof/ (git-ignored); the summary is printed by cpuprofile-top.mjs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { summarize } from './cpuprofile-top.mjs';
import { generateDepartment } from './generate.mjs';
import { fixtureText, opt, ROOT } from './lib/args.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const scenario = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'evaluate';

if (!argv.includes('--child')) {
  const dir = join(HERE, '.out', 'prof');
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', fileURLToPath(import.meta.url), ...argv, '--child'],
    { stdio: 'inherit', cwd: ROOT },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  const fresh = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
    .sort((a, b) => statSync(join(dir, b)).mtimeMs - statSync(join(dir, a)).mtimeMs);
  if (!fresh[0]) throw new Error('no profile written');
  console.log(`\nprofile: bench/.out/prof/${fresh[0]}`);
  console.log(summarize(JSON.parse(readFileSync(join(dir, fresh[0]), 'utf8')), { top: Number(opt('top', '25')) }));
} else {
  // --dist DIR profiles another build (e.g. a copy of the old dist for an A/B).
  const dist = pathToFileURL(`${resolve(ROOT, opt('dist', 'dist'))}/`);
  const api = await import(new URL('index.js', dist).href);
  const model = await import(new URL('model/index.js', dist).href);
  const lines = opt('lines');
  const text = lines ? JSON.stringify(generateDepartment({ seed: `bench:${lines}`, lines: Number(lines) })) : fixtureText();
  const data = JSON.parse(text);
  const iterations = Number(opt('iterations', lines && Number(lines) >= 1000 ? '30' : '3000'));
  let fn;
  let sink;
  switch (scenario) {
    case 'evaluate':
      fn = () => api.evaluateDepartment(data);
      break;
    case 'parse':
      fn = () => model.parseEvaluationInput(data);
      break;
    case 'facts': {
      const input = model.parseEvaluationInput(data);
      fn = () => api.computeFacts(input);
      break;
    }
    case 'rules': {
      const input = model.parseEvaluationInput(data);
      const facts = api.computeFacts(input);
      const o = { locale: 'zh-CN', waivers: input.waivers, department: input.department, fiscalYear: input.report.fiscalYear };
      fn = () => api.runRules([api.CORE_RULE_PACK], facts, o);
      break;
    }
    case 'score': {
      const input = model.parseEvaluationInput(data);
      const facts = api.computeFacts(input);
      const o = { locale: 'zh-CN', waivers: input.waivers, department: input.department, fiscalYear: input.report.fiscalYear };
      const sf = { ...facts, values: { ...facts.values, ...api.findingFacts(api.runRules([api.CORE_RULE_PACK], facts, o)) } };
      const system = api.getBuiltInSystem('enyang-2023');
      fn = () => api.scoreSheet(system, sf, { locale: 'zh-CN', assessments: input.assessments });
      break;
    }
    case 'floor':
      fn = () => JSON.stringify(JSON.parse(text));
      break;
    case 'jre': {
      const { catalogClasses, createIdentityEngine, runIdentityChecks } = await import('./jre-baseline.mjs');
      const engine = createIdentityEngine(catalogClasses(model));
      for (let i = 0; i < iterations; i++) sink = await runIdentityChecks(engine, data);
      fn = null;
      break;
    }
    case 'markdown':
    case 'html': {
      const render = await import(new URL('render/index.js', dist).href);
      const result = api.evaluateDepartment(data);
      const f = scenario === 'html' ? (render.renderHtml ?? render.toHtml) : (render.renderMarkdown ?? render.toMarkdown);
      fn = () => f(result);
      break;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }
  const t0 = performance.now();
  if (fn) for (let i = 0; i < iterations; i++) sink = fn();
  const ms = performance.now() - t0;
  console.log(`${scenario}${lines ? ` (${lines} lines)` : ' (fixture)'}: ${iterations} iterations, ${(ms / iterations).toFixed(3)} ms each${sink ? '' : ''}`);
}
