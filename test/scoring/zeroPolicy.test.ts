import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/index.js';
import { D } from '../../src/model/money/decimal.js';
import {
  getBuiltInSystem,
  type IndicatorNode,
  type IndicatorSystem,
  type ScoreNode,
  type ScoreSheet,
  scoreSheet,
  validateIndicatorSystem,
  type ZeroPolicy,
} from '../../src/scoring/index.js';
import { factsOf, fixtureData } from './support.js';

const system = (id: string): IndicatorSystem => {
  const s = getBuiltInSystem(id);
  if (!s) throw new Error(`no system ${id}`);
  return s;
};
const leaves = (nodes: readonly ScoreNode[]): ScoreNode[] => nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));
const leafOf = (sheet: ScoreSheet, id: string): ScoreNode => {
  const n = leaves(sheet.root).find((l) => l.id === id);
  if (!n) throw new Error(`no leaf ${id}`);
  return n;
};
const score = (s: IndicatorSystem, facts: Facts, input: ReturnType<typeof factsOf>['input'], locale: 'zh-CN' | 'en' = 'zh-CN'): ScoreSheet =>
  scoreSheet(s, facts, { assessments: input.assessments, locale });

/** The Enyang input with every 三公 figure — budget, actual, prior-year budget and actual — at "0". */
function cleanThreePublic(): Record<string, unknown> {
  const data = fixtureData();
  const zero = { budget: '0', actual: '0', priorYearBudget: '0', priorYearActual: '0' };
  const t = data['threePublicFunds'] as Record<string, unknown>;
  for (const item of ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception']) t[item] = { ...zero };
  return data;
}

/** A copy of a system with one leaf changed. */
function withLeaf(s: IndicatorSystem, id: string, change: (leaf: Record<string, unknown>) => void): IndicatorSystem {
  const copy = structuredClone(s) as IndicatorSystem;
  const visit = (nodes: readonly IndicatorNode[]): void => {
    for (const n of nodes) {
      if ('children' in n && n.children) visit(n.children);
      else if (n.id === id) change(n as unknown as Record<string, unknown>);
    }
  };
  visit(copy.indicators as readonly IndicatorNode[]);
  return copy;
}

const CONTROL = 'management.execution.three-public-control';
const CARRY = 'management.execution.carry-over';

describe('zero policies: a zero denominator is scored by the leaf’s policy, not as missing data', () => {
  it('Enyang with every 三公 budget and actual at 0 keeps the full 三公 control-rate points and scores 98', () => {
    const { input, facts } = factsOf(cleanThreePublic());
    const sheet = score(system('enyang-2023'), facts, input);
    const leaf = leafOf(sheet, CONTROL);
    expect([leaf.earned, leaf.max, leaf.status]).toEqual(['3', '3', 'scored']);
    expect(leaf.zeroPolicy).toEqual({ case: 'zeroOverZero', outcome: 'full', source: 'FACTS §9 缺省规则', reliability: 'K', declared: true });
    expect(leaf.explanation).toContain('本指标零分母规则（分子分母均为0：计满分；依据：FACTS §9 缺省规则〔K〕）');
    expect(leaf.explanation).toContain('得满分3分');
    expect(sheet.total).toBe('98');
    expect(sheet.deductions.map((d) => d.indicatorId)).not.toContain(CONTROL);
  });

  it('mof-2013 with every 三公 figure at 0 keeps the full 三公 change-rate and control-rate points', () => {
    const { input, facts } = factsOf(cleanThreePublic());
    const sheet = score(system('mof-2013'), facts, input);
    const change = leafOf(sheet, 'input.allocation.three-public-change');
    expect(change.earned).toBe(change.max); // full marks (on the points reweighting gave it)
    expect(change.zeroPolicy?.outcome).toBe('full');
    expect(leafOf(sheet, 'process.execution.three-public-control').zeroPolicy?.case).toBe('zeroOverZero');
  });

  it('a change rate from a zero base to a non-zero value follows the leaf’s policy (zero), and says so', () => {
    const data = cleanThreePublic();
    (data['threePublicFunds'] as Record<string, Record<string, string>>)['reception']!['actual'] = '0.50';
    (data['threePublicFunds'] as Record<string, Record<string, string>>)['reception']!['budget'] = '0.80';
    const { input, facts } = factsOf(data);
    const change = leafOf(score(system('mof-2013'), facts, input), 'input.allocation.three-public-change');
    expect([change.earned, change.zeroPolicy?.case, change.zeroPolicy?.outcome]).toEqual(['0', 'zeroDenominator', 'zero']);
    expect(change.explanation).toContain('分母为0：计0分');
  });

  it('spending with a zero 三公 budget is over budget: the control rate scores 0 under the policy', () => {
    const data = cleanThreePublic();
    (data['threePublicFunds'] as Record<string, Record<string, string>>)['reception']!['actual'] = '0.50';
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), CONTROL);
    expect([leaf.earned, leaf.zeroPolicy?.case, leaf.zeroPolicy?.outcome]).toEqual(['0', 'zeroDenominator', 'zero']);
  });

  it('no prior-year carry-over: the carry-over change leaf follows its policy (岳阳: carry-out after none scores 0)', () => {
    const data = fixtureData();
    ((data['ledger'] as Record<string, unknown>)['income'] as Record<string, string>)['carriedIn'] = '0';
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), CARRY);
    expect([leaf.earned, leaf.status]).toEqual(['0', 'scored']);
    expect(leaf.zeroPolicy).toMatchObject({ case: 'zeroDenominator', outcome: 'zero', reliability: 'M', declared: true });
    expect(leaf.explanation).toContain('湖南岳阳评分表');
  });

  it('no carry-over in either year scores the carry-over change leaf full', () => {
    const data = fixtureData();
    const ledger = data['ledger'] as Record<string, Record<string, unknown>>;
    ledger['income']!['carriedIn'] = '0';
    ledger['carryOut'] = { total: '0' };
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), CARRY);
    expect([leaf.earned, leaf.zeroPolicy?.case, leaf.zeroPolicy?.outcome]).toEqual(['3', 'zeroOverZero', 'full']);
  });

  it('the policy is data: a system that declares `zero` for 0 ÷ 0 still gives 0, and the explanation names it', () => {
    const policy: ZeroPolicy = { whenZeroOverZero: 'zero', source: '某市评分表', reliability: 'O' };
    const strict = withLeaf(system('enyang-2023'), CONTROL, (l) => (l['zeroPolicy'] = policy));
    expect(validateIndicatorSystem(strict).ok).toBe(true);
    const { input, facts } = factsOf(cleanThreePublic());
    const sheet = score(strict, facts, input);
    const leaf = leafOf(sheet, CONTROL);
    expect(leaf.earned).toBe('0');
    expect(leaf.explanation).toContain('本指标零分母规则（分子分母均为0：计0分；依据：某市评分表〔O〕）');
    expect(sheet.deductions.find((d) => d.indicatorId === CONTROL)?.reason).toContain('某市评分表');
  });

  it('a leaf without zeroPolicy takes the documented default (0 ÷ 0 full, [K]) and says it is the default', () => {
    const old = withLeaf(system('enyang-2023'), CONTROL, (l) => delete l['zeroPolicy']);
    const { input, facts } = factsOf(cleanThreePublic());
    const leaf = leafOf(score(old, facts, input), CONTROL);
    expect(leaf.earned).toBe('3');
    expect(leaf.zeroPolicy).toEqual({ case: 'zeroOverZero', outcome: 'full', source: 'jixiao 缺省规则', reliability: 'K', declared: false });
    expect(leaf.explanation).toContain('缺省零分母规则');
  });

  it('`unavailable` hands a zero denominator to onUnavailable, and `not_applicable` flags N/A with full marks or reweighting', () => {
    const { input, facts } = factsOf(cleanThreePublic());
    const asMissing = withLeaf(system('enyang-2023'), CONTROL, (l) => (l['zeroPolicy'] = { whenZeroOverZero: 'unavailable', source: 'x', reliability: 'K' }));
    const missing = leafOf(score(asMissing, facts, input), CONTROL);
    expect([missing.earned, missing.status, missing.policy, missing.zeroPolicy?.outcome]).toEqual(['0', 'unavailable', 'zero', 'unavailable']);

    const na = withLeaf(system('enyang-2023'), CONTROL, (l) => (l['zeroPolicy'] = { whenZeroOverZero: 'not_applicable', source: '雨花', reliability: 'S' }));
    const naLeaf = leafOf(score(na, facts, input), CONTROL);
    expect([naLeaf.earned, naLeaf.zeroPolicy?.outcome]).toEqual(['3', 'not_applicable']);
    expect(naLeaf.explanation).toContain('不适用，按满分3分计');

    const rw = withLeaf(
      system('enyang-2023'),
      CONTROL,
      (l) => (l['zeroPolicy'] = { whenZeroOverZero: 'not_applicable', notApplicable: 'reweight', source: '雨花', reliability: 'S' }),
    );
    const rwSheet = score(rw, facts, input);
    const rwLeaf = leafOf(rwSheet, CONTROL);
    expect([rwLeaf.status, rwLeaf.max, rwLeaf.earned]).toEqual(['reweighted', '0', '0']);
    expect(rwSheet.max).toBe('100');
  });

  it('the English explanation names the policy too', () => {
    const { input, facts } = factsOf(cleanThreePublic());
    const leaf = leafOf(score(system('enyang-2023'), facts, input, 'en'), CONTROL);
    expect(leaf.explanation).toContain("full marks (3) under the indicator's zero-denominator policy (0 ÷ 0: full marks; source: FACTS §9 缺省规则 [K])");
  });

  it('a missing input is not a zero: it still follows onUnavailable', () => {
    const data = fixtureData();
    delete ((data['threePublicFunds'] as Record<string, Record<string, string>>)['reception'] as Record<string, string>)['budget'];
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), CONTROL);
    expect([leaf.earned, leaf.status, leaf.zeroPolicy]).toEqual(['0', 'unavailable', undefined]);
  });

  it('every built-in leaf that reads a ratio fact declares its zero policy, with source and reliability', () => {
    for (const id of ['enyang-2023', 'mof-2013']) {
      const visit = (nodes: readonly IndicatorNode[]): string[] =>
        nodes.flatMap((n) => {
          if ('children' in n && n.children) return visit(n.children);
          const leaf = n as unknown as { id: string; fact?: string; zeroPolicy?: ZeroPolicy };
          return leaf.fact?.startsWith('ratio.') && !leaf.zeroPolicy?.source ? [leaf.id] : [];
        });
      expect(visit(system(id).indicators as readonly IndicatorNode[]), id).toEqual([]);
    }
  });
});

describe('a 三公 control-rate deduction names the item over budget and the amount over', () => {
  const overspent = (): ReturnType<typeof factsOf> => {
    const data = fixtureData();
    (data['threePublicFunds'] as Record<string, Record<string, string>>)['reception']!['actual'] = '1.20';
    return factsOf(data);
  };

  it('zh-CN: 公务接待费实际1.20万元，超出预算0.40万元，then the rate', () => {
    const { input, facts } = overspent();
    const sheet = score(system('enyang-2023'), facts, input);
    const reason = sheet.deductions.find((d) => d.indicatorId === CONTROL)?.reason;
    expect(reason).toBe(
      '公务接待费实际1.20万元，超出预算0.40万元，“三公经费”控制率 150.00%（实际1.20万元/预算0.80万元），超过100%共50个百分点，每个百分点扣1分，应扣50分，扣完为止，得0分',
    );
  });

  it('en: names the item and the amount over', () => {
    const { input, facts } = overspent();
    const leaf = leafOf(score(system('enyang-2023'), facts, input, 'en'), CONTROL);
    expect(leaf.explanation).toMatch(/^Official reception: actual 1\.20 万元, 0\.40 万元 over budget; /);
  });

  it('mof-2013 names it too; a part within budget is not named', () => {
    const { input, facts } = overspent();
    const leaf = leafOf(score(system('mof-2013'), facts, input), 'process.execution.three-public-control');
    expect(leaf.explanation).toContain('公务接待费实际1.20万元，超出预算0.40万元');
    expect(leaf.explanation).not.toContain('公务用车');
  });

  it('spending with no budget at all (zero denominator) names the item and the whole amount as over', () => {
    const data = cleanThreePublic();
    (data['threePublicFunds'] as Record<string, Record<string, string>>)['reception']!['actual'] = '0.50';
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), CONTROL);
    expect(leaf.explanation).toMatch(/^公务接待费实际0\.50万元，超出预算0\.50万元，“三公经费”控制率：/);
  });

  it('a system naming an overrun fact that does not exist is rejected by validation', () => {
    const bad = withLeaf(
      system('enyang-2023'),
      CONTROL,
      (l) => (l['overruns'] = [{ label: 'x', actual: 'threePublic.nope.actual', budget: 'threePublic.reception.budget' }]),
    );
    const r = validateIndicatorSystem(bad);
    expect(r.ok).toBe(false);
  });

  it('a zeroPolicy on a leaf that scores no ratio fact is refused at its path, not ignored', () => {
    const policy: ZeroPolicy = { whenZeroOverZero: 'zero', whenZeroDenominator: 'zero', source: 'test', reliability: 'K' };
    const base = system('enyang-2023');
    const cases = [
      ['management.compliance.internal-control', 'checklist of controls.financial (boolean)'],
      ['management.execution.balance', 'perViolation of findings.failed.tag.identity (count)'],
      ['decision.goals.relevance', 'manual, no fact'],
    ] as const;
    for (const [id, received] of cases) {
      const r = validateIndicatorSystem(
        withLeaf(base, id, (l) => (l['zeroPolicy'] = policy)),
        { locale: 'en' },
      );
      expect(r.ok, id).toBe(false);
      if (r.ok) continue;
      const issue = r.issues.find((i) => i.path[i.path.length - 1] === 'zeroPolicy');
      expect(issue?.code, id).toBe('invalid_value');
      expect(String(issue?.params?.['received']), id).toContain(received);
    }
    // a linear leaf over a money fact cannot meet a zero denominator either
    const money = withLeaf(base, CONTROL, (l) => {
      l['fact'] = 'threePublic.total.actual';
      delete l['zeroPolicy']; // the built-in leaf declares one, for its ratio
    });
    expect(validateIndicatorSystem(money).ok).toBe(true);
    expect(validateIndicatorSystem(withLeaf(money, CONTROL, (l) => (l['zeroPolicy'] = policy))).ok).toBe(false);
    // on a ratio leaf it is accepted, as the built-in systems declare it
    expect(validateIndicatorSystem(withLeaf(base, CONTROL, (l) => (l['zeroPolicy'] = policy))).ok).toBe(true);
  });
});

describe('staff control with no quota and no staff, and the basis a change-rate leaf reads', () => {
  it('no 编制 and nobody in post: the staff control rate does not apply and keeps its points (N/A, 雨花 by analogy)', () => {
    const data = fixtureData();
    const staffing = (data['department'] as Record<string, Record<string, Record<string, number>>>)['staffing']!;
    for (const k of Object.keys(staffing['authorized']!)) staffing['authorized']![k] = 0;
    for (const k of ['civilServant', 'institution', 'logistics']) staffing['actual']![k] = 0;
    delete (staffing as Record<string, unknown>)['authorizedTotal'];
    delete (staffing as Record<string, unknown>)['actualTotal'];
    const { input, facts } = factsOf(data);
    const leaf = leafOf(score(system('enyang-2023'), facts, input), 'decision.budgeting.staff-control');
    expect([leaf.earned, leaf.zeroPolicy?.case, leaf.zeroPolicy?.outcome]).toEqual(['4', 'zeroOverZero', 'not_applicable']);
    expect(leaf.explanation).toContain('不适用，按满分4分计');
  });

  it('a leaf picks the budget basis by its fact: the same data scores differently on budgets and on actuals', () => {
    const data = fixtureData();
    const t = data['threePublicFunds'] as Record<string, Record<string, string>>;
    for (const item of ['outboundTravel', 'vehiclePurchase', 'vehicleOperation'])
      Object.assign(t[item]!, { budget: '0', priorYearBudget: '0', priorYearActual: '0' });
    Object.assign(t['reception']!, { priorYearBudget: '0.70', priorYearActual: '0.80' }); // budget 0.70 → 0.80 (+14.29%), actual 0.80 → 0.80 (0%)
    const { input, facts } = factsOf(data);
    const CHANGE = 'input.allocation.three-public-change';
    const onActuals = leafOf(score(system('mof-2013'), facts, input), CHANGE);
    const budgetBasis = withLeaf(system('mof-2013'), CHANGE, (l) => (l['fact'] = 'ratio.threePublicBudgetChange'));
    const onBudgets = leafOf(score(budgetBasis, facts, input), CHANGE);
    expect(onActuals.earned).toBe(onActuals.max);
    expect(onBudgets.metric?.[0]).toMatchObject({ fact: 'ratio.threePublicBudgetChange', display: '14.29%' });
    expect(new D(onBudgets.earned).lt(onActuals.earned)).toBe(true);
  });
});
