import { describe, expect, it } from 'vitest';
import { evaluateDepartment, evaluateMany, safeEvaluateDepartment, type ScoreNode } from '../../src/index.js';
import { enyang } from '../support/enyang.js';

function leaf(nodes: readonly ScoreNode[], id: string): ScoreNode {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = n.children ? leafOrUndefined(n.children, id) : undefined;
    if (found) return found;
  }
  throw new Error(`no node ${id}`);
}
function leafOrUndefined(nodes: readonly ScoreNode[], id: string): ScoreNode | undefined {
  try {
    return leaf(nodes, id);
  } catch {
    return undefined;
  }
}

describe('evaluateDepartment on the Enyang reference fixture', () => {
  const result = evaluateDepartment(enyang());

  it('reproduces 98 points, 优秀, with exactly the two deductions of the report', () => {
    expect(result.score.total).toBe('98');
    expect(result.score.grade.label).toBe('优秀');
    expect(result.score.deductions.map((d) => [d.name, d.points, d.reason])).toEqual([
      ['宣传培训', '1', '部门对绩效评价工作开展的宣传培训扣1分'],
      ['绩效评价质量', '1', '部门绩效评价质量情况扣1分'],
    ]);
  });

  it('explains each quantitative item by the fixture numbers', () => {
    const staff = leaf(result.score.root, 'decision.budgeting.staff-control');
    expect(staff.earned).toBe(staff.max);
    expect(staff.explanation).toContain('82.35%');
    const tp = leaf(result.score.root, 'management.execution.three-public-control');
    expect(tp.earned).toBe(tp.max);
    expect(tp.explanation).toContain('100.00%');
    const carry = leaf(result.score.root, 'management.execution.carry-over');
    expect(carry.explanation).toContain('-47.10%');
  });

  it('reports the 0.02万元 class differences as rounding, with the bound', () => {
    const rounding = result.rules.findings.filter((f) => f.note === 'rounding');
    expect(rounding.map((f) => f.key).sort()).toEqual(['301', '302']);
    expect(rounding[0]?.message).toContain('0.05');
    expect(result.rules.summary.fail).toBe(0);
  });

  it('is review-clean: the claimed 98 matches what the data supports', () => {
    expect(result.review?.claimedTotal).toBe('98');
    expect(result.review?.differences).toEqual([]);
  });

  it('is plain data: serialisable and deterministic', () => {
    const again = evaluateDepartment(enyang());
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('changed facts change the result, with reasons', () => {
  it('公务接待 above budget loses the 三公 control points and breaks the ledger match', () => {
    const data = enyang();
    data.threePublicFunds.reception.actual = '0.90';
    const r = evaluateDepartment(data);
    const tp = leaf(r.score.root, 'management.execution.three-public-control');
    expect(tp.earned).toBe('0');
    expect(tp.explanation).toContain('112.50%');
    const failed = r.rules.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId);
    expect(failed).toContain('three-public.item.within-budget');
    expect(Number(r.score.total)).toBeLessThan(98);
    expect(r.score.deductions.some((d) => d.name.includes('三公'))).toBe(true);
  });

  it('在职 staff above 编制 loses the staff-control points', () => {
    const data = enyang();
    data.department.staffing.actual.civilServant = 10; // 19 in post of 17 authorised
    const r = evaluateDepartment(data);
    const staff = leaf(r.score.root, 'decision.budgeting.staff-control');
    expect(staff.explanation).toContain('111.76%');
    expect(staff.earned).toBe('0');
    expect(r.score.total).toBe('94');
  });

  it('an income identity broken by 1.00万元 fails the rule and costs the accuracy item a point', () => {
    const data = enyang();
    data.ledger.income.total = '577.08';
    const r = evaluateDepartment(data);
    const failed = r.rules.findings.filter((f) => f.status === 'fail');
    expect(failed.map((f) => f.ruleId)).toContain('income.total.equals-sources');
    expect(failed[0]?.leaves[0]?.difference).toBe('1');
    const balance = leaf(r.score.root, 'management.execution.balance');
    expect(balance.deducted).toBe('1');
    expect(r.score.total).toBe('97');
  });

  it('a removed assessment leaves that item pending: 0 for now, the total provisional, assessed 92 of 100', () => {
    const data = enyang();
    data.assessments = data.assessments.filter((a: { indicator: string }) => a.indicator !== 'performance.duties.key-work');
    const r = evaluateDepartment(data);
    const kw = leaf(r.score.root, 'performance.duties.key-work');
    expect(kw.earned).toBe('0');
    expect(kw.status).toBe('pending');
    expect(r.score.total).toBe('90');
    expect([r.score.provisional, r.score.assessed]).toEqual([true, { points: '92', of: '100', pending: 1 }]);
    expect(r.score.deductions.map((d) => d.indicatorId)).not.toContain('performance.duties.key-work');
    expect(r.notices.filter((n) => n.code === 'indicator_pending').map((n) => n.path)).toEqual([['score', 'performance.duties.key-work']]);
    expect(r.review?.differences.map((d) => d.indicatorId)).toEqual(['performance.duties.key-work']);
  });

  it('under mof-2013 the same facts give their own explained score', () => {
    const r = evaluateDepartment(enyang(), { system: 'mof-2013' });
    expect(r.score.systemId).toBe('mof-2013');
    const carry = r.score.deductions.find((d) => d.name === '资金结余');
    expect(carry?.reason).toContain('71.08');
    for (const d of r.score.deductions) expect(d.reason.length).toBeGreaterThan(5);
  });
});

describe('options, errors and batches', () => {
  it('returns located issues instead of throwing, in both languages', () => {
    const data = enyang();
    data.ledger.income.carriedIn = '12,3';
    const zh = safeEvaluateDepartment(data);
    const en = safeEvaluateDepartment(data, { locale: 'en' });
    expect(zh.ok || en.ok).toBe(false);
    if (zh.ok || en.ok) return;
    expect(zh.issues[0]).toMatchObject({ code: 'invalid_amount', path: ['ledger', 'income', 'carriedIn'] });
    expect(zh.issues[0]?.message).toMatch(/金额/);
    expect(en.issues[0]?.message).toMatch(/amount/);
    expect(() => evaluateDepartment(data)).toThrow(/ledger\.income\.carriedIn/);
  });

  it('rejects an unknown system id and a bad as-of date', () => {
    const a = safeEvaluateDepartment(enyang(), { system: 'nope' });
    expect(a.ok ? null : a.issues[0]?.code).toBe('unknown_system');
    const b = safeEvaluateDepartment(enyang(), { asOf: '2023-13-45x' });
    expect(b.ok ? null : b.issues[0]?.code).toBe('invalid_date');
  });

  it('messages follow the locale', () => {
    const r = evaluateDepartment(enyang(), { locale: 'en' });
    expect(r.locale).toBe('en');
    expect(leaf(r.score.root, 'decision.budgeting.staff-control').explanation).toMatch(/[a-z]{4}/);
  });

  it('evaluateMany ranks, counts grades and names the most-failed rules; a bad department is skipped', () => {
    const good = enyang();
    const worse = enyang();
    worse.department.name = '某局';
    worse.ledger.income.total = '577.08';
    const broken = { department: { name: '坏数据局' } };
    const { entries, summary } = evaluateMany([good, broken, worse]);
    expect(entries.map((e) => e.ok)).toEqual([true, false, true]);
    expect(summary.ranking.map((r) => [r.rank, r.name, r.total])).toEqual([
      [1, '巴中市恩阳区行政审批局', '98'],
      [2, '某局', '97'],
    ]);
    expect(summary.gradeDistribution).toEqual({ 优秀: 2 });
    expect(summary.mostFailedRules[0]).toMatchObject({ ruleId: 'income.total.equals-sources', departments: 1 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]?.name).toBe('坏数据局');
  });
});

describe('options are validated like input', () => {
  it.each([
    [{ rulePacks: [{}] }, ['options', 'rulePacks', 0]],
    [{ waivers: {} }, ['options', 'waivers']],
    [{ thresholds: [1] }, ['options', 'thresholds', 0]],
    [{ asOf: '2023-02-30' }, ['options', 'asOf']],
    [{ locale: 'fr' }, ['options', 'locale']],
    [{ coreRules: 'no' }, ['options', 'coreRules']],
  ])('%j gives a located issue, not a TypeError', (options, path) => {
    const r = safeEvaluateDepartment(enyang(), options as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path.slice(0, path.length)).toEqual(path);
  });

  it('null options mean defaults; a non-object is an issue', () => {
    expect(safeEvaluateDepartment(enyang(), null as never).ok).toBe(true);
    const r = safeEvaluateDepartment(enyang(), 5 as never);
    expect(r.ok ? null : r.issues[0]?.path).toEqual(['options']);
  });

  it('a waiver passed as an option keeps the finding visible as waived', () => {
    const data = enyang();
    data.ledger.income.total = '577.08';
    const r = evaluateDepartment(data, { waivers: [{ rule: 'income.total.equals-sources', reason: '报告笔误，已核实' }] });
    const f = r.rules.findings.find((x) => x.ruleId === 'income.total.equals-sources');
    expect(f?.status).toBe('fail');
    expect(f?.waived?.reason).toBe('报告笔误，已核实');
    expect(r.score.total).toBe('98');
  });
});
