import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/index.js';
import { getBuiltInSystem, type IndicatorSystem, type ScoreAssessment, type ScoreNode, type ScoreSheet, scoreSheet } from '../../src/scoring/index.js';
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

function score(
  id: string,
  data: unknown = fixtureData(),
  options: { locale?: 'zh-CN' | 'en'; assessments?: readonly ScoreAssessment[]; findings?: Record<string, string> } = {},
): ScoreSheet {
  const { input, facts } = factsOf(data, options.findings);
  return scoreSheet(system(id), facts, { assessments: options.assessments ?? input.assessments, ...(options.locale ? { locale: options.locale } : {}) });
}

describe('enyang-2023 on the seed report (恩阳区行政审批局 2022)', () => {
  const sheet = score('enyang-2023');

  it('scores 98, 优秀, with exactly the two deductions the report states', () => {
    expect([sheet.total, sheet.max, sheet.grade]).toEqual(['98', '100', { label: '优秀', min: '90', assumed: false }]);
    expect(sheet.deductions).toEqual([
      {
        indicatorId: 'management.performance.publicity-training',
        name: '宣传培训',
        path: ['综合管理', '预算绩效管理', '宣传培训'],
        points: '1',
        reason: '部门对绩效评价工作开展的宣传培训扣1分',
      },
      {
        indicatorId: 'management.performance.evaluation-quality',
        name: '绩效评价质量',
        path: ['综合管理', '预算绩效管理', '绩效评价质量'],
        points: '1',
        reason: '部门绩效评价质量情况扣1分',
      },
    ]);
    expect(sheet.notices).toBeUndefined();
  });

  it('every fact leaf earns full marks from the data, and explains it', () => {
    const factLeaves = leaves(sheet.root).filter((l) => l.method !== 'manual');
    expect(factLeaves).toHaveLength(13);
    for (const l of factLeaves) expect([l.id, l.status, l.earned]).toEqual([l.id, 'scored', l.max]);
    expect(leafOf(sheet, 'decision.budgeting.staff-control').explanation).toBe('在职人员控制率 82.35%（在职14人/编制17人），不超过100%，得满分4分');
    expect(leafOf(sheet, 'decision.budgeting.staff-control').metric).toEqual([
      { fact: 'ratio.staffControl', value: '0.8235294117647058823529411764705882352941', display: '82.35%' },
      { fact: 'staff.inPost', value: '14', display: '14人' },
      { fact: 'staff.authorized.total', value: '17', display: '17人' },
    ]);
    expect(leafOf(sheet, 'management.execution.three-public-control').explanation).toBe(
      '“三公经费”控制率 100.00%（实际0.80万元/预算0.80万元），不超过100%，得满分3分',
    );
    expect(leafOf(sheet, 'management.execution.carry-over').explanation).toContain(
      '结转结余变动率 -47.10%（年末结转结余71.08万元/上年末结转结余134.36万元），属于“≤0（结转结余未增加）”档，得3分',
    );
  });

  it('groups roll up exactly', () => {
    expect(sheet.root.map((n) => [n.id, n.earned, n.max])).toEqual([
      ['decision', '20', '20'],
      ['management', '33', '35'],
      ['performance', '45', '45'],
    ]);
  });

  it('speaks English when asked', () => {
    const en = score('enyang-2023', fixtureData(), { locale: 'en' });
    expect([en.total, en.grade.label, en.systemName]).toEqual([
      '98',
      'Excellent',
      'Enyang District 2023 department overall expenditure performance indicators (reconstructed)',
    ]);
    expect(leafOf(en, 'decision.budgeting.staff-control').explanation).toBe(
      'In-post staff control rate 82.35% (in-post 14 people / authorized 17 people): not above 100%, full marks 4',
    );
  });
});

describe('enyang-2023: changing the facts changes the score', () => {
  it('reception 0.90 of a 0.80 budget → 112.5% → −12.5 → 0 of 3', () => {
    const data = fixtureData() as { threePublicFunds: { reception: { actual: string } } };
    data.threePublicFunds.reception.actual = '0.90';
    const s = score('enyang-2023', data);
    const l = leafOf(s, 'management.execution.three-public-control');
    expect([l.earned, l.max]).toEqual(['0', '3']);
    expect(l.explanation).toBe(
      '公务接待费实际0.90万元，超出预算0.10万元，“三公经费”控制率 112.50%（实际0.90万元/预算0.80万元），超过100%共12.5个百分点，每个百分点扣1分，应扣12.5分，扣完为止，得0分',
    );
    expect(s.total).toBe('95');
    expect(s.deductions.find((d) => d.indicatorId === l.id)?.reason).toBe(l.explanation);
  });

  it('19 in post of 17 authorized → 111.76% → −5.88 → 0 of 4', () => {
    const data = fixtureData() as { department: { staffing: { actual: { civilServant: number }; actualTotal: number } } };
    data.department.staffing.actual.civilServant = 10;
    data.department.staffing.actualTotal = 55;
    const s = score('enyang-2023', data);
    const l = leafOf(s, 'decision.budgeting.staff-control');
    expect(l.earned).toBe('0');
    expect(l.explanation).toBe('在职人员控制率 111.76%（在职19人/编制17人），超过100%共11.76个百分点，每个百分点扣0.5分，应扣5.88分，扣完为止，得0分');
    expect(s.total).toBe('94');
  });

  it('a removed assessment → that leaf pending (0 for now, not a deduction), the sheet provisional', () => {
    const { input } = factsOf();
    const s = score('enyang-2023', fixtureData(), { assessments: input.assessments.filter((a) => a.indicator !== 'performance.duties.key-work') });
    const l = leafOf(s, 'performance.duties.key-work');
    expect([l.status, l.earned, l.deducted]).toEqual(['pending', '0', '8']);
    expect(l.explanation).toContain('待评');
    expect(s.deductions.find((d) => d.indicatorId === l.id)).toBeUndefined();
    expect([s.provisional, s.assessed]).toEqual([true, { points: '92', of: '100', pending: 1 }]);
    expect(s.total).toBe('90');
  });

  it('failed ledger identities deduct 1 each', () => {
    const s = score('enyang-2023', fixtureData(), { findings: { 'findings.failed.tag.identity': '2' } });
    expect(leafOf(s, 'management.execution.balance').explanation).toBe('收支勾稽关系检查未通过2项，每项扣1分，应扣2分，得2分');
    expect(s.total).toBe('96');
  });

  it('without rule findings the two finding leaves are unavailable, scored 0, and say why', () => {
    const { input, facts } = factsOf();
    const values = { ...facts.values };
    delete values['findings.failed.tag.identity'];
    delete values['findings.failed.tag.procurement'];
    const s = scoreSheet(system('enyang-2023'), { ...facts, values } as Facts, { assessments: input.assessments });
    expect(leafOf(s, 'management.execution.balance').explanation).toContain('未提供事实 findings.failed.tag.identity');
    expect(s.total).toBe('92');
  });
});

describe('mof-2013 on the seed report', () => {
  const sheet = score('mof-2013');

  it('gives its own, fully explained score', () => {
    expect([sheet.total, sheet.max, sheet.grade]).toEqual(['68', '100', { label: '中', min: '60', assumed: true }]);
    expect(sheet.root.map((n) => [n.id, n.earned, n.max])).toEqual([
      ['input', '10', '20'],
      ['process', '38', '40'],
      ['output', '20', '20'],
      ['outcome', '0', '20'],
    ]);
    for (const l of leaves(sheet.root)) expect(l.explanation, l.id).toMatch(/\S/);
    expect(sheet.notices?.every((n) => n.code === 'unknown_indicator')).toBe(true);
  });

  it('资金结余: 71.08 ≤ 134.36 → 2 of 3, then scaled by the reweighted siblings', () => {
    const l = leafOf(sheet, 'process.execution.carry-over');
    expect(l.explanation).toContain('资金结余（年末结转结余71.08万元，上年末结转结余134.36万元）：年末结转结余不超过上年末，得2分（满分3分）');
    expect(l.explanation).toContain('同级指标预算完成率、预算调整率、支付进度的分值按比例重新分配，本项满分由3分调整为6分，得分按比例折算为4分');
    expect([l.earned, l.max]).toEqual(['4', '6']);
  });

  it('reweights data the report does not give, and scores missing judgements 0', () => {
    for (const id of ['input.allocation.key-expenditure', 'process.execution.budget-adjustment', 'process.execution.payment-progress']) {
      expect([id, leafOf(sheet, id).status, leafOf(sheet, id).max]).toEqual([id, 'reweighted', '0']);
    }
    expect(leafOf(sheet, 'input.allocation.three-public-change').explanation).toContain('缺少上年“三公”经费实际数');
    expect(leafOf(sheet, 'outcome.benefits.economic').status).toBe('pending');
    expect(leafOf(sheet, 'outcome.benefits.satisfaction').explanation).toContain('同级指标均无可评分的数据或评价意见');
  });
});
