import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeFacts } from '../../src/facts/index.js';
import type { Facts, FactValue } from '../../src/facts/index.js';
import { type EvaluationInput, safeParseEvaluationInput } from '../../src/model/index.js';

const FIXTURE = fileURLToPath(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));

/** The fixture as raw JSON data (a fresh copy each call, safe to mutate). */
export function fixtureData(): Record<string, unknown> {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
}

const count = (n: string): FactValue => ({ status: 'ok', type: 'count', value: n });

/** Parse data (the fixture by default), compute facts and add the rule-finding facts scoring reads. */
export function factsOf(data: unknown = fixtureData(), findings: Record<string, string> = {}): { input: EvaluationInput; facts: Facts } {
  const r = safeParseEvaluationInput(data);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  const facts = computeFacts(r.value);
  const extra = { 'findings.failed.tag.identity': '0', 'findings.failed.tag.procurement': '0', ...findings };
  const values: Record<string, FactValue> = { ...facts.values };
  for (const [k, v] of Object.entries(extra)) values[k] = count(v);
  return { input: r.value, facts: { ...facts, values } };
}

/** Facts with some values replaced. */
export function withFacts(facts: Facts, values: Record<string, FactValue>): Facts {
  return { ...facts, values: { ...facts.values, ...values } };
}
