#!/usr/bin/env node
/**
 * Two builds of `safeEvaluateDepartment` on the reference fixture with every numeric and date field
 * (amounts, codes, counts, points, dates) set in turn to each of a list of bad or odd values, or
 * removed: the results (issues included) must be byte-identical. A check for changes to the input's
 * schema primitives, whose rejections and their order `ab-evaluate.mjs`'s random mutants reach less
 * systematically.
 *
 *   node bench/field-identity.mjs --a bench/.out/dist-before [--b dist]
 */
import { firstDifference, fixtureText, loadBuild, opt } from './lib/args.mjs';

const A = await loadBuild(opt('a', 'bench/.out/dist-before'));
const B = await loadBuild(opt('b', 'dist'));
const base = JSON.parse(fixtureText());
const VALUES = ['2023-02-30', '2023-6-1', 'x', '1e5', -0.5, '0.1234567', '', null, true, [], 1e21, undefined, '-0', '1,234.5'];
const NUMERIC_OR_DATE = /^(-?\d+(\.\d+)?|\d{4}-\d{2}-\d{2})$/;

const fields = [];
const walk = (node, path) => {
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  else if (typeof node === 'number' || (typeof node === 'string' && NUMERIC_OR_DATE.test(node))) fields.push(path);
};
walk(base, []);

let compared = 0;
for (const path of fields) {
  for (const value of VALUES) {
    const data = structuredClone(base);
    let parent = data;
    for (const k of path.slice(0, -1)) parent = parent[k];
    if (value === undefined) delete parent[path.at(-1)];
    else parent[path.at(-1)] = value;
    for (const locale of ['zh-CN', 'en']) {
      const a = JSON.stringify(A.safeEvaluateDepartment(data, { locale }));
      const b = JSON.stringify(B.safeEvaluateDepartment(data, { locale }));
      compared++;
      if (a !== b) {
        console.log(`DIFF ${path.join('.')} = ${JSON.stringify(value)} (${locale})\n${firstDifference(a, b)}`);
        process.exit(1);
      }
    }
  }
}
console.log(`identical: ${compared} results over ${fields.length} numeric and date fields × ${VALUES.length} values × 2 locales`);
