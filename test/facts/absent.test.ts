/**
 * Absent is not zero (issue #16 point 3): a fact the input leaves out is unavailable, its reason
 * names the field, the rules that need it are not applicable and the indicators scored on it are
 * unavailable — never a comparison with a filler 0.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateDepartment, type EvaluationResult } from '../../src/index.js';
import type { ScoreNode } from '../../src/scoring/index.js';

type Json = Record<string, unknown>;
const fixture = (): Json => JSON.parse(readFileSync(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url), 'utf8')) as Json;

/** The Enyang fixture with the field at `path` deleted. */
function without(...paths: (readonly string[])[]): Json {
  const data = fixture();
  for (const path of paths) {
    let node = data;
    for (const key of path.slice(0, -1)) node = node[key] as Json;
    delete node[path[path.length - 1] as string];
  }
  return data;
}

const leaf = (r: EvaluationResult, id: string): ScoreNode | undefined => {
  const walk = (n: ScoreNode): ScoreNode | undefined => (n.id === id ? n : n.children?.map(walk).find((x) => x !== undefined));
  return r.score.root.map(walk).find((x) => x !== undefined);
};
const finding = (r: EvaluationResult, ruleId: string) => r.rules.findings.filter((f) => f.ruleId === ruleId);

describe('absent is not zero', () => {
  it('actual staff left out: 在职人员控制率 is unavailable naming the field, not 0.00% with full marks', () => {
    const r = evaluateDepartment(without(['department', 'staffing', 'actual']));
    const f = r.facts.values['ratio.staffControl'];
    expect(f).toMatchObject({ status: 'unavailable', reason: '未填写 department.staffing.actual.civilServant' });
    expect(f?.status === 'unavailable' && f.reasonEn).toBe('not entered: department.staffing.actual.civilServant');
    const node = leaf(r, 'decision.budgeting.staff-control');
    expect(node?.status).toBe('unavailable');
    expect(node?.earned).not.toBe(node?.max);
    expect(finding(r, 'staff.in-post.within-quota').map((x) => x.status)).toEqual(['not_applicable']);
  });

  it('one category of actual staff left out names that category', () => {
    const r = evaluateDepartment(without(['department', 'staffing', 'actual', 'logistics']));
    expect(r.facts.values['staff.inPost']).toMatchObject({ status: 'unavailable', reason: '未填写 department.staffing.actual.logistics' });
  });

  it('a stated actual-staff count of 0 is still a fact (0.00%), distinct from a count left out', () => {
    const data = fixture();
    const staffing = (data.department as Json).staffing as Json;
    staffing.actual = { civilServant: 0, institution: 0, logistics: 0, purchasedService: 0 };
    delete staffing.actualTotal;
    const r = evaluateDepartment(data);
    expect(r.facts.values['ratio.staffControl']).toMatchObject({ status: 'ok', value: '0' });
  });

  it('carry-in left out: the income identities are not applicable, not failures', () => {
    const r = evaluateDepartment(without(['ledger', 'income', 'carriedIn']));
    expect(r.facts.values['income.total.computed']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.income.carriedIn' });
    for (const id of ['income.total.equals-sources', 'ledger.income-equals-expenditure', 'carry-out.derived.non-negative']) {
      const fs = finding(r, id);
      expect(
        fs.map((x) => x.status),
        id,
      ).toEqual(['not_applicable']);
      expect(fs[0]?.message, id).toContain('ledger.income.carriedIn');
    }
  });

  it('carry-out left out: the grand-total and carry-over identities are not applicable', () => {
    const r = evaluateDepartment(without(['ledger', 'carryOut']));
    expect(r.facts.values['carryOut.total']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.carryOut.total' });
    expect(finding(r, 'expenditure.grand-total.equals-computed').map((x) => x.status)).toEqual(['not_applicable']);
    expect(finding(r, 'carry-out.equals-parts').map((x) => x.status)).toEqual(['not_applicable']);
  });

  it('management answers left out: their facts name the field and their rules are not applicable', () => {
    const r = evaluateDepartment(without(['management', 'debt'], ['management', 'procurement'], ['management', 'disclosure'], ['management', 'supervision']));
    expect(r.facts.values['debt.compliant']).toMatchObject({ status: 'unavailable', reason: '未填写 management.debt.occurred' });
    expect(r.facts.values['procurement.occurred']).toMatchObject({ status: 'unavailable', reason: '未填写 management.procurement.occurred' });
    expect(r.facts.values['supervision.violations']).toMatchObject({ status: 'unavailable', reason: '未填写 management.supervision.violations' });
    expect(r.facts.values['disclosure.budget.published']).toMatchObject({ status: 'unavailable', reason: '未填写 management.disclosure.items' });
    for (const id of ['procurement.capital-above-limit-reported', 'disclosure.budget.published', 'disclosure.final-accounts.published']) {
      expect(
        finding(r, id).map((x) => x.status),
        id,
      ).toEqual(['not_applicable']);
    }
    expect(leaf(r, 'management.compliance.debt')?.status).toBe('unavailable');
  });

  it('a 三公 item left out is not read as 0: the totals and control rate name it', () => {
    const r = evaluateDepartment(without(['threePublicFunds', 'reception']));
    expect(r.facts.values['threePublic.total.actual']).toMatchObject({ status: 'unavailable', reason: '未填写 threePublicFunds.reception.actual' });
    expect(r.facts.values['ratio.threePublicControl']).toMatchObject({ status: 'unavailable' });
    expect(finding(r, 'three-public.total.within-budget').every((x) => x.status === 'not_applicable')).toBe(true);
  });

  it('an input with only a report and a department evaluates without throwing, every ledger fact unavailable', () => {
    const data = fixture();
    const r = evaluateDepartment({ report: data.report, department: { ...(data.department as Json), staffing: undefined } });
    expect(r.facts.values['income.total.computed']).toMatchObject({ status: 'unavailable', reason: '未填写 ledger.income.sources' });
    // only the reminder that no expenditure lines were given; nothing fails against a filler 0
    expect(r.rules.findings.filter((f) => f.status === 'fail' && f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});

describe('the schema has no filler defaults on facts', () => {
  it('no fact of department, ledger, threePublicFunds or management defaults to 0, false or ""', async () => {
    const { z } = await import('zod');
    const { EvaluationInputSchema } = await import('../../src/model/index.js');
    const json = z.toJSONSchema(EvaluationInputSchema, { io: 'input', unrepresentable: 'any' }) as Json;
    const fillers: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Json;
      if ('default' in n && (n.default === 0 || n.default === '0' || n.default === false || n.default === '')) fillers.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, k === 'properties' ? path : `${path}.${k}`);
    };
    const props = json.properties as Json;
    for (const key of ['department', 'ledger', 'threePublicFunds', 'management']) walk(props[key], key);
    // the one default left is a flag, not a fact: a project not marked key is not a key project
    expect(fillers).toEqual(['ledger.expenditure.projects.items.key']);
  });
});
