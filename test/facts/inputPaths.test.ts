import { describe, expect, test } from 'vitest';
import { CORE_RULE_PACK, FACT_CATALOG, evaluateDepartment, factInputPath, findFactDefinition, findingInputPaths } from '../../src/index.js';
import type { EvaluationInputData, Finding, PathSegment, RulePack } from '../../src/index.js';
import { FACT_INPUTS } from '../../src/facts/catalog.js';
import { enyang } from '../support/enyang.js';

type Data = Record<string, any>;

/** The value at `path` in `data`. */
const at = (data: unknown, path: readonly PathSegment[]): unknown => path.reduce<any>((cur, seg) => (cur == null ? undefined : cur[seg]), data);

/** A rule of our own for a stated fact no core rule compares (`income.carriedIn`): it fails when the figure is above `max`. */
const carriedInPack: RulePack = {
  ...CORE_RULE_PACK,
  id: 'test.carried-in',
  rules: [
    {
      id: 'test.carried-in.at-most',
      title: { 'zh-CN': '上年结转不超过上限', en: 'Carried-in at most the cap' },
      severity: 'error',
      category: 'consistency',
      tags: ['test'],
      refs: [],
      check: { fact: 'income.carriedIn', op: 'lte', value: '200' },
    },
  ],
};

interface Case {
  /** The stated fact a failing finding names. */
  readonly fact: string;
  /** The input field it is read from. */
  readonly path: readonly PathSegment[];
  /** Change the input so that a rule comparing the fact fails; the field ends up holding `value`. */
  readonly perturb: (d: Data) => void;
  readonly value: unknown;
}

const CASES: readonly Case[] = [
  { fact: 'income.total.stated', path: ['ledger', 'income', 'total'], perturb: (d) => (d.ledger.income.total = '600.00'), value: '600.00' },
  { fact: 'income.carriedIn', path: ['ledger', 'income', 'carriedIn'], perturb: (d) => (d.ledger.income.carriedIn = '234.36'), value: '234.36' },
  {
    fact: 'expenditure.grandTotal.stated',
    path: ['ledger', 'expenditure', 'grandTotal'],
    perturb: (d) => (d.ledger.expenditure.grandTotal = '586.08'),
    value: '586.08',
  },
  { fact: 'expenditure.total.stated', path: ['ledger', 'expenditure', 'total'], perturb: (d) => (d.ledger.expenditure.total = '999.00'), value: '999.00' },
  { fact: 'expenditure.basic.stated', path: ['ledger', 'expenditure', 'basic'], perturb: (d) => (d.ledger.expenditure.basic = '1.00'), value: '1.00' },
  { fact: 'expenditure.project.stated', path: ['ledger', 'expenditure', 'project'], perturb: (d) => (d.ledger.expenditure.project = '40.00'), value: '40.00' },
  {
    fact: 'expenditure.economic.302.stated',
    path: ['ledger', 'expenditure', 'byEconomic', 1, 'amount'],
    perturb: (d) => (d.ledger.expenditure.byEconomic[1].amount = '191.48'),
    value: '191.48',
  },
  {
    fact: 'expenditure.functional.208.stated',
    path: ['ledger', 'expenditure', 'byFunctional', 1, 'amount'],
    perturb: (d) => (d.ledger.expenditure.byFunctional[1].amount = '23.35'),
    value: '23.35',
  },
  {
    fact: 'threePublic.total.statedBudget',
    path: ['threePublicFunds', 'statedTotal', 'budget'],
    perturb: (d) => (d.threePublicFunds.statedTotal = { budget: '9.00', actual: '0.80' }),
    value: '9.00',
  },
  {
    fact: 'threePublic.total.statedActual',
    path: ['threePublicFunds', 'statedTotal', 'actual'],
    perturb: (d) => (d.threePublicFunds.statedTotal = { budget: '0.80', actual: '7.00' }),
    value: '7.00',
  },
  {
    fact: 'threePublic.reception.budget',
    path: ['threePublicFunds', 'reception', 'budget'],
    perturb: (d) => (d.threePublicFunds.reception.budget = '0.10'),
    value: '0.10',
  },
  {
    fact: 'threePublic.reception.actual',
    path: ['threePublicFunds', 'reception', 'actual'],
    perturb: (d) => (d.threePublicFunds.reception.actual = '5.00'),
    value: '5.00',
  },
  {
    fact: 'staff.authorized.stated',
    path: ['department', 'staffing', 'authorizedTotal'],
    perturb: (d) => (d.department.staffing.authorizedTotal = 18),
    value: 18,
  },
  { fact: 'staff.actual.stated', path: ['department', 'staffing', 'actualTotal'], perturb: (d) => (d.department.staffing.actualTotal = 51), value: 51 },
  {
    fact: 'staff.category.civilServant.actual',
    path: ['department', 'staffing', 'actual', 'civilServant'],
    perturb: (d) => (d.department.staffing.actual.civilServant = 7),
    value: 7,
  },
  {
    fact: 'staff.category.civilServant.authorized',
    path: ['department', 'staffing', 'authorized', 'civilServant'],
    perturb: (d) => (d.department.staffing.authorized.civilServant = 4),
    value: 4,
  },
  { fact: 'statedTotal.income-total.total', path: ['statedTotals', 2, 'total'], perturb: (d) => (d.statedTotals[2].total = '580.08'), value: '580.08' },
  { fact: 'statedCount.staff-authorized.total', path: ['statedTotals', 0, 'total'], perturb: (d) => (d.statedTotals[0].total = 19), value: 19 },
  {
    fact: 'statedTotal.expenditure-projects.total',
    path: ['ledger', 'expenditure', 'project'],
    perturb: (d) => {
      d.ledger.expenditure.projects = [
        { name: '大型修缮', amount: '26.00' },
        { name: '信息网络及软件购置更新', amount: '20.00' },
      ];
    },
    value: '48.68',
  },
];

/** Evaluate `data` and return the failing findings naming `fact` on either side of a leaf. */
function failingOn(data: Data, fact: string): Finding[] {
  const r = evaluateDepartment(data as EvaluationInputData, { asOf: '2023-06-14', rulePacks: [carriedInPack] });
  return r.rules.findings.filter((f) => f.status === 'fail' && f.leaves.some((l) => l.fact === fact || l.expectedFact === fact));
}

describe('findingInputPaths: each stated figure a failed check compared is located at its input field', () => {
  test.each(CASES.map((c) => [c.fact, c] as const))('%s', (_, c) => {
    const data = enyang();
    c.perturb(data);
    expect(at(data, c.path)).toEqual(c.value);
    const failing = failingOn(data, c.fact);
    expect(failing.length).toBeGreaterThan(0);
    for (const f of failing) {
      const paths = findingInputPaths(f, data as EvaluationInputData);
      expect(paths).toContainEqual(c.path);
      // no path twice
      expect(new Set(paths.map((p) => JSON.stringify(p))).size).toBe(paths.length);
      // every path points at a field of the input
      for (const p of paths) expect(at(data, p)).toBeDefined();
    }
    expect(factInputPath(c.fact, data as EvaluationInputData)).toEqual(c.path);
  });

  test('the paths follow the order the leaves name the facts: the stated side, then the stated side it is compared with', () => {
    const data = enyang();
    data.threePublicFunds.reception.actual = '5.00';
    const [f] = failingOn(data, 'threePublic.reception.actual').filter((x) => x.ruleId === 'three-public.item.within-budget');
    expect(f).toBeDefined();
    expect(findingInputPaths(f as Finding, data as EvaluationInputData)).toEqual([
      ['threePublicFunds', 'reception', 'actual'],
      ['threePublicFunds', 'reception', 'budget'],
    ]);
  });

  test('the parsed input (result.input) gives the same paths as the raw data', () => {
    const data = enyang();
    data.ledger.expenditure.byEconomic[1].amount = '191.48';
    const r = evaluateDepartment(data as EvaluationInputData, { asOf: '2023-06-14' });
    const failed = r.rules.findings.filter((f) => f.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(findingInputPaths(f, r.input)).toEqual(findingInputPaths(f, data as EvaluationInputData));
  });

  test('a failed finding about derived values only (sums of stated classes, computed totals) has no input path', () => {
    const data = enyang();
    data.ledger.expenditure.byFunctional[1].amount = '23.35';
    const r = evaluateDepartment(data as EvaluationInputData, { asOf: '2023-06-14' });
    const failed = (id: string): Finding => {
      const f = r.rules.findings.find((x) => x.ruleId === id && x.status === 'fail');
      if (f === undefined) throw new Error(`${id} did not fail`);
      return f;
    };
    // expenditure.total.functional vs expenditure.total.economic: both sums of the stated classes
    expect(findingInputPaths(failed('expenditure.functional-equals-economic'), data as EvaluationInputData)).toEqual([]);
    // the stated class itself is located
    expect(findingInputPaths(failed('expenditure.functional.stated-equals-lines'), data as EvaluationInputData)).toEqual([
      ['ledger', 'expenditure', 'byFunctional', 1, 'amount'],
    ]);
  });

  test('findingInputPaths and factInputPath do not change the input', () => {
    const data = enyang();
    data.ledger.income.total = '600.00';
    const r = evaluateDepartment(data as EvaluationInputData, { asOf: '2023-06-14' });
    const before = structuredClone(data);
    const inputBefore = structuredClone(r.input);
    for (const f of r.rules.findings) {
      findingInputPaths(f, data as EvaluationInputData);
      findingInputPaths(f, r.input);
    }
    factInputPath('expenditure.economic.999.stated', data as EvaluationInputData);
    expect(data).toEqual(before);
    expect(r.input).toEqual(inputBefore);
  });
});

describe('factInputPath', () => {
  test('derived, unknown and unlisted facts have no path', () => {
    const data = enyang() as EvaluationInputData;
    expect(factInputPath('income.total.computed', data)).toBeUndefined();
    expect(factInputPath('expenditure.economic.301.lines', data)).toBeUndefined();
    expect(factInputPath('ratio.staffControl', data)).toBeUndefined();
    expect(factInputPath('no.such.fact', data)).toBeUndefined();
    // a class the input does not state, a stated total it does not list
    expect(factInputPath('expenditure.economic.399.stated', data)).toBeUndefined();
    expect(factInputPath('statedTotal.no-such-id.total', data)).toBeUndefined();
  });

  test('a prior-year “三公” figure of an item is located at its field (no rule compares it alone)', () => {
    const data = enyang();
    data.threePublicFunds.reception.priorYearActual = '1.20';
    data.threePublicFunds.reception.priorYearBudget = '1.50';
    expect(factInputPath('threePublic.reception.priorYearActual', data as EvaluationInputData)).toEqual(['threePublicFunds', 'reception', 'priorYearActual']);
    expect(factInputPath('threePublic.reception.priorYearBudget', data as EvaluationInputData)).toEqual(['threePublicFunds', 'reception', 'priorYearBudget']);
  });

  test('the catalog declares the input field of each stated fact (FactDefinition.input)', () => {
    expect(findFactDefinition('income.total.stated')?.input).toBe('ledger.income.total');
    expect(findFactDefinition('expenditure.economic.301.stated')?.input).toBe('ledger.expenditure.byEconomic[code={code}].amount');
    expect(findFactDefinition('expenditure.economic.301.lines')?.input).toBeUndefined();
  });

  test('every declared input field belongs to a catalog fact, and each catalog pattern carries its own', () => {
    for (const [name, template] of Object.entries(FACT_INPUTS)) {
      const def = FACT_CATALOG.find((d) => d.name === name) ?? findFactDefinition(name);
      expect(def, name).toBeDefined();
      // a name the catalog lists itself carries the template; an exact name under a pattern (expenditure-projects) overrides it
      if (def?.name === name) expect(def.input).toBe(template);
    }
    expect(findFactDefinition('statedTotal.expenditure-projects.total')?.input).toBe('statedTotals[id={id}].total');
  });

  test('the field a left-out stated fact names is the field factInputPath returns', () => {
    const data = enyang();
    delete data.ledger.income.carriedIn;
    delete data.threePublicFunds.reception.actual;
    const r = evaluateDepartment(data as EvaluationInputData, { asOf: '2023-06-14' });
    const reason = (name: string): string => {
      const v = r.facts.values[name];
      return v?.status === 'unavailable' ? v.reason : '';
    };
    for (const name of ['income.carriedIn', 'threePublic.reception.actual']) {
      expect(reason(name)).toContain((factInputPath(name, data as EvaluationInputData) ?? []).join('.'));
    }
  });
});
