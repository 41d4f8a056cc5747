import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_RULE_PACK } from '../../src/rules/index.js';
import { applyPatches, CASES_DIR, enyangRaw, overallStatus, parsePatched, readCaseFiles, runCore } from './support/cases.js';

const files = readCaseFiles();
const byRule = new Map(files.map((f) => [f.rule, f]));

describe('parity: every built-in rule has fixtures where it passes and where it fails', () => {
  it.each(CORE_RULE_PACK.rules.map((r) => r.id))('%s', (id) => {
    expect(existsSync(`${CASES_DIR}${id}.json`), `missing test/fixtures/rules/${id}.json`).toBe(true);
    const statuses = new Set(byRule.get(id)?.cases.map((c) => c.expect));
    expect(statuses.has('pass'), `${id}: no passing case`).toBe(true);
    expect(statuses.has('fail'), `${id}: no failing case`).toBe(true);
  });

  it('has no fixture file for a rule that does not exist', () => {
    const ids = new Set(CORE_RULE_PACK.rules.map((r) => r.id));
    expect(files.map((f) => f.rule).filter((r) => !ids.has(r))).toEqual([]);
  });
});

describe('rule fixtures (patches of the Enyang fixture, parsed through safeParseEvaluationInput)', () => {
  const base = enyangRaw();
  const cases = files.flatMap((f) => f.cases.map((c) => ({ rule: f.rule, ...c })));
  it.each(cases.map((c) => [`${c.rule} — ${c.name}`, c] as const))('%s', (_, c) => {
    const input = parsePatched(applyPatches(base, c.patch));
    const report = runCore(input, {
      ...(c.options?.asOf ? { asOf: c.options.asOf } : {}),
      ...(c.options?.thresholds ? { thresholds: c.options.thresholds } : {}),
    });
    const findings = report.findings.filter((f) => f.ruleId === c.rule && (c.key === undefined || f.key === c.key));
    expect(findings.length, 'no finding for this rule/key').toBeGreaterThan(0);
    const status = overallStatus(findings);
    expect(status, findings.map((f) => f.message).join('\n')).toBe(c.expect);
    if (c.note !== undefined) expect(findings.some((f) => f.note === c.note)).toBe(true);
    if (c.expect === 'pass' && c.note === undefined) expect(findings.every((f) => f.note === undefined)).toBe(true);
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(0);
      if (f.status === 'not_applicable' || f.status === 'error') expect(f.message).toMatch(/：.+/);
    }
  });
});
