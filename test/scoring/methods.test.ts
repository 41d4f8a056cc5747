import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/issues.js';
import { type ScoreAssessment, type ScoreNode, scoreSheet } from '../../src/scoring/index.js';
import { leaf, mkFacts, system } from './support-systems.js';

type Obj = Record<string, unknown>;
type Values = Record<string, string | boolean | null>;

/** Score one leaf as the only root of a system worth its points. */
function one(spec: Obj, values: Values, opts: { locale?: Locale; assessments?: ScoreAssessment[]; system?: Obj } = {}): ScoreNode {
  const l = leaf('x', spec.points as string, spec);
  const sheet = scoreSheet(system([l], { total: spec.points, grades: [{ label: 'g', min: '0', assumed: true }], ...opts.system }), mkFacts(values), opts);
  const n = sheet.root[0];
  if (!n) throw new Error('no node');
  return n;
}

const staff = { points: '4', method: 'linear', fact: 'ratio.staffControl', target: '100', direction: 'above', perPoint: '0.5', name: '在职人员控制率' };

describe('linear', () => {
  it('exactly at the target earns full marks', () => {
    const n = one(staff, { 'ratio.staffControl': 'r:1' });
    expect([n.earned, n.deducted, n.status]).toEqual(['4', '0', 'scored']);
    expect(n.explanation).toBe('在职人员控制率 100.00%，不超过100%，得满分4分');
  });
  it('just past the target deducts per percentage point, on the exact ratio', () => {
    expect(one({ ...staff, perPoint: '0.1' }, { 'ratio.staffControl': 'r:1.034' }).earned).toBe('3.66');
    const n = one(staff, { 'ratio.staffControl': 'r:1.02' });
    expect([n.earned, n.deducted]).toEqual(['3', '1']);
    expect(n.explanation).toBe('在职人员控制率 102.00%，超过100%共2个百分点，每个百分点扣0.5分，应扣1分，得3分');
  });
  it('rounds earned half-up to 2 decimals at the leaf only', () => {
    // 19/17 = 111.7647…% → 11.7647… points over × 0.1 = 1.17647… → 4 − 1.17647… = 2.82352… → 2.82
    expect(one({ ...staff, perPoint: '0.1' }, { 'ratio.staffControl': `r:${'1.1176470588235294117647058823529411764706'}` }).earned).toBe('2.82');
    // 0.005 exactly rounds up: 100.01% × 0.5 → 3.995 → 4
    expect(one(staff, { 'ratio.staffControl': 'r:1.0001' }).earned).toBe('4');
  });
  it('floors at 0 and says so', () => {
    const n = one(staff, { 'ratio.staffControl': 'r:1.1176470588235294117647058823529411764706' });
    expect([n.earned, n.deducted]).toEqual(['0', '4']);
    expect(n.explanation).toContain('超过100%共11.76个百分点，每个百分点扣0.5分，应扣5.88分，扣完为止，得0分');
  });
  it('direction below deducts for each point under the target', () => {
    const below = { ...staff, direction: 'below', fact: 'ratio.taskCompletion', target: '95', perPoint: '1' };
    expect(one(below, { 'ratio.taskCompletion': 'r:0.95' }).earned).toBe('4');
    expect(one(below, { 'ratio.taskCompletion': 'r:0.93' }).earned).toBe('2');
    expect(one(below, { 'ratio.taskCompletion': 'r:0.93' }).explanation).toContain('低于95%共2个百分点');
  });
  it('works on counts in their own unit', () => {
    const n = one({ ...staff, fact: 'supervision.violations', target: '1', perPoint: '1' }, { 'supervision.violations': 'c:3' });
    expect(n.earned).toBe('2');
    expect(n.explanation).toContain('超过1共2，每1扣1分');
  });
  it('explains in English', () => {
    const n = one({ ...staff, nameEn: 'Staff control' }, { 'ratio.staffControl': 'r:1.02' }, { locale: 'en' });
    expect(n.explanation).toBe('Staff control 102.00%: 2 percentage points above 100%, 0.5 per point: deduction 1; earned 3 of 4');
  });
});

const carry = { points: '3', method: 'bands', fact: 'ratio.carryOverChange', name: '结转结余控制' };
const steps = [
  { max: '0', points: '3' },
  { min: '0', max: '10', points: '2' },
  { min: '10', max: '20', points: '1' },
  { min: '20', points: '0' },
];

describe('bands', () => {
  it('lower-inclusive by default: a shared bound belongs to the upper band', () => {
    expect(one({ ...carry, bands: steps }, { 'ratio.carryOverChange': 'r:0' }).earned).toBe('2');
    expect(one({ ...carry, bands: steps }, { 'ratio.carryOverChange': 'r:0.1' }).earned).toBe('1');
    expect(one({ ...carry, bands: steps }, { 'ratio.carryOverChange': 'r:-0.0001' }).earned).toBe('3');
  });
  it('upper-inclusive when closed is upper', () => {
    const up = { ...carry, bands: steps, closed: 'upper' };
    expect(one(up, { 'ratio.carryOverChange': 'r:0' }).earned).toBe('3');
    expect(one(up, { 'ratio.carryOverChange': 'r:0.1' }).earned).toBe('2');
    expect(one(up, { 'ratio.carryOverChange': 'r:0.1000001' }).earned).toBe('1');
    expect(one(up, { 'ratio.carryOverChange': 'r:5' }).explanation).toBe('结转结余控制 500.00%，属于“>20%”档，得0分（满分3分）');
  });
  it('a value outside bounded bands earns 0 and says so', () => {
    const n = one({ ...carry, bands: [{ min: '0', max: '10', points: '3' }] }, { 'ratio.carryOverChange': 'r:-0.5' });
    expect(n.earned).toBe('0');
    expect(n.explanation).toContain('不在评分标准所列任何分档内');
  });
  it('uses band labels, and generates them for both bounds', () => {
    expect(one({ ...carry, bands: steps }, { 'ratio.carryOverChange': 'r:0.05' }).explanation).toContain('“≥0%且<10%”档');
    expect(
      one(
        {
          ...carry,
          bands: [
            { max: '0', points: '3', label: '未增加' },
            { min: '0', points: '0' },
          ],
        },
        { 'ratio.carryOverChange': 'r:-1' },
      ).explanation,
    ).toContain('“未增加”档');
  });
});

describe('ratio', () => {
  const r = { points: '4', method: 'ratio', fact: 'ratio.taskCompletion', target: '100', name: '实际完成率' };
  it('full marks at the target, capped above it', () => {
    expect(one(r, { 'ratio.taskCompletion': 'r:1' }).earned).toBe('4');
    expect(one(r, { 'ratio.taskCompletion': 'r:1.5' }).earned).toBe('4');
  });
  it('in proportion below the target, floor 0', () => {
    const n = one(r, { 'ratio.taskCompletion': 'r:0.9' });
    expect(n.earned).toBe('3.6');
    expect(n.explanation).toBe('实际完成率 90.00%，未达到目标100%，按完成比例计分：4 × 90.00% ÷ 100% = 3.6分');
    expect(one(r, { 'ratio.taskCompletion': 'r:-0.2' }).earned).toBe('0');
    expect(one({ ...r, target: '90' }, { 'ratio.taskCompletion': 'r:0.6' }).earned).toBe('2.67');
  });
});

describe('checklist', () => {
  const c = {
    points: '3',
    method: 'checklist',
    name: '资产管理',
    items: [
      { fact: 'assets.registeredInSystem', points: '1', label: '录入系统' },
      { fact: 'assets.assetCards', points: '1', label: '资产卡片' },
      { fact: 'assets.dynamicManagement', points: '1', label: '动态管理' },
    ],
  };
  const all = { 'assets.registeredInSystem': true, 'assets.assetCards': true, 'assets.dynamicManagement': true };
  it('each item met earns its points', () => {
    expect(one(c, all).explanation).toBe('资产管理：录入系统、资产卡片、动态管理均已满足，得满分3分');
    const n = one(c, { ...all, 'assets.assetCards': false });
    expect(n.earned).toBe('2');
    expect(n.explanation).toBe('资产管理：录入系统、动态管理已满足；资产卡片未满足（扣1分），得2分（满分3分）');
  });
  it('expect: false scores a false fact', () => {
    expect(one({ ...c, points: '1', items: [{ fact: 'debt.occurred', points: '1', expect: false }] }, { 'debt.occurred': false }).earned).toBe('1');
  });
  it('items without data follow the policy item by item', () => {
    const some = { ...all, 'assets.dynamicManagement': null };
    expect(one({ ...c, onUnavailable: 'zero' }, some).earned).toBe('2');
    expect(one({ ...c, onUnavailable: 'full' }, some).earned).toBe('3');
    const rw = one({ ...c, onUnavailable: 'reweight' }, { ...some, 'assets.assetCards': false });
    expect(rw.earned).toBe('1.5');
    expect(rw.explanation).toContain('其分值按比例分配至其余各项');
  });
  it('reweight with data only on 0-point items is unavailable, not NaN', () => {
    const z = {
      ...c,
      points: '2',
      onUnavailable: 'reweight',
      items: [...c.items.slice(0, 2), { fact: 'assets.dynamicManagement', points: '0', label: '动态管理' }],
    };
    const n = one(z, { 'assets.registeredInSystem': null, 'assets.assetCards': null, 'assets.dynamicManagement': true });
    expect([n.status, n.earned, n.policy]).toEqual(['unavailable', '0', 'reweight']); // a sole leaf: nowhere to pass its points
    expect(n.explanation).not.toContain('NaN');
    expect(n.explanation).toContain('无法按评分标准计算');
  });
  it('a checklist with no data at all is unavailable', () => {
    const n = one(c, { 'assets.registeredInSystem': null, 'assets.assetCards': null, 'assets.dynamicManagement': null });
    expect([n.status, n.earned, n.policy]).toEqual(['unavailable', '0', 'zero']);
  });
});

describe('perViolation', () => {
  const p = { points: '3', method: 'perViolation', facts: ['supervision.violations'], perItem: '1', metricLabel: '违规问题' };
  it('no violation, one, and a floor at 0', () => {
    expect(one(p, { 'supervision.violations': 'c:0' }).explanation).toBe('违规问题0项，得满分3分');
    expect(one(p, { 'supervision.violations': 'c:1' }).earned).toBe('2');
    const n = one(p, { 'supervision.violations': 'c:7' });
    expect(n.earned).toBe('0');
    expect(n.explanation).toBe('违规问题7项，每项扣1分，应扣7分，扣完为止，得0分');
  });
  it('sums several count facts', () => {
    const n = one(
      { ...p, facts: ['supervision.violations', 'findings.failed.tag.procurement'] },
      { 'supervision.violations': 'c:1', 'findings.failed.tag.procurement': 'c:1' },
    );
    expect(n.earned).toBe('1');
    expect(n.metric?.map((m) => m.fact)).toEqual(['supervision.violations', 'findings.failed.tag.procurement']);
  });
  it('a fact that was not supplied is unavailable, with the reason', () => {
    const n = one({ ...p, facts: ['findings.failed.tag.identity'] }, {});
    expect(n.status).toBe('unavailable');
    expect(n.explanation).toContain('未提供事实 findings.failed.tag.identity');
  });
});

describe('categorical', () => {
  const c = {
    points: '1',
    method: 'categorical',
    fact: 'debt.compliant',
    metricLabel: '债务合规',
    cases: [
      { value: true, points: '1', label: '合规' },
      { value: false, points: '0' },
    ],
  };
  it('maps booleans and text to points', () => {
    expect(one(c, { 'debt.compliant': true }).explanation).toBe('债务合规：合规，得1分（满分1分）');
    expect(one(c, { 'debt.compliant': false }).explanation).toBe('债务合规：否，得0分（满分1分）');
    const t = {
      points: '3',
      method: 'categorical',
      fact: 'carryOut.vsPrior',
      cases: [
        { value: 'none', points: '3' },
        { value: 'notAbove', points: '2' },
      ],
    };
    expect(one(t, { 'carryOut.vsPrior': 't:notAbove' }).earned).toBe('2');
    expect(one(t, { 'carryOut.vsPrior': 't:above' }).explanation).toContain('不属于评分标准所列情形，得0分');
    expect(one({ ...t, otherwise: '1' }, { 'carryOut.vsPrior': 't:above' }).earned).toBe('1');
  });
});

describe('manual', () => {
  const m = { points: '2', name: '宣传培训' };
  it('reads a deduction or a score, with its reason', () => {
    const n = one(m, {}, { assessments: [{ indicator: 'x', deduction: '1', reason: '未开展培训' }] });
    expect([n.status, n.earned, n.explanation]).toEqual(['manual', '1', '未开展培训（评价意见：扣1分），得1分（满分2分）']);
    expect(one(m, {}, { assessments: [{ indicator: 'x', score: '1.5', reason: '较好' }] }).earned).toBe('1.5');
  });
  it('clamps assessments outside 0..points and says so', () => {
    const n = one(m, {}, { assessments: [{ indicator: 'x', score: '5', reason: '很好' }] });
    expect(n.earned).toBe('2');
    expect(n.explanation).toContain('超出本项0至2分的范围，按2分计');
    expect(one(m, {}, { assessments: [{ indicator: 'x', deduction: '3', reason: '差' }] }).earned).toBe('0');
  });
  it('without an assessment the leaf is pending under the zero policy (the default), and unassessed under full', () => {
    const n = one(m, {});
    expect([n.status, n.earned, n.policy]).toEqual(['pending', '0', 'zero']);
    expect(n.explanation).toBe('待评：尚无评价意见，暂计0分（满分2分），总分与等级为暂定');
    const full = one(m, {}, { system: { unassessedPolicy: 'full' } });
    expect([full.status, full.earned, full.explanation]).toEqual(['unassessed', '2', '缺少评价意见，按体系规定计满分2分']);
    expect(one(m, {}, { locale: 'en' }).explanation).toBe('pending: no assessment yet, counted as 0 of 2 for now; the total and grade are provisional');
  });
});

describe('unavailable data', () => {
  it('follows the system policy, overridden per leaf', () => {
    expect(one(staff, { 'ratio.staffControl': null }).earned).toBe('0');
    expect(one(staff, { 'ratio.staffControl': null }, { system: { unavailablePolicy: 'full' } }).earned).toBe('4');
    const n = one({ ...staff, onUnavailable: 'full' }, { 'ratio.staffControl': null });
    expect([n.status, n.earned, n.policy]).toEqual(['unavailable', '4', 'full']);
    expect(n.explanation).toBe('在职人员控制率：缺少ratio.staffControl，无法按评分标准计算，按体系规定计满分4分');
  });
});
