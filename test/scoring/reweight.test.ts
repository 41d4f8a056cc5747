import { describe, expect, it } from 'vitest';
import { type ScoreNode, scoreSheet } from '../../src/scoring/index.js';
import { leaf, mkFacts, node, system } from './support-systems.js';

const find = (nodes: readonly ScoreNode[], id: string): ScoreNode => {
  for (const n of nodes) {
    if (n.id === id) return n;
    if (n.children) {
      try {
        return find(n.children, id);
      } catch {
        /* keep looking */
      }
    }
  }
  throw new Error(`no node ${id}`);
};

const staff = (id: string, points: string) =>
  leaf(id, points, { name: '在职人员控制率', method: 'linear', fact: 'ratio.staffControl', target: '100', direction: 'above', perPoint: '0.5' });
const timely = (id: string, points: string, onUnavailable = 'reweight') =>
  leaf(id, points, { name: '完成及时率', method: 'ratio', fact: 'ratio.taskTimeliness', onUnavailable });

describe('reweight', () => {
  const sys = system([node('g', 10, [staff('g.a', '4'), timely('g.b', '3'), leaf('g.c', '3', { name: '人工' })])]);
  const assessments = [{ indicator: 'g.c', deduction: '0', reason: '好' }];

  it('moves a leaf’s points to its scored siblings in proportion, and explains both sides', () => {
    const s = scoreSheet(sys, mkFacts({ 'ratio.staffControl': 'r:1.02', 'ratio.taskTimeliness': null }), { assessments });
    const [a, b, c] = ['g.a', 'g.b', 'g.c'].map((id) => find(s.root, id)) as [ScoreNode, ScoreNode, ScoreNode];
    expect([b.max, b.earned, b.deducted, b.status, b.policy]).toEqual(['0', '0', '0', 'reweighted', 'reweight']);
    expect(b.explanation).toContain('本项3分按比例分配至同级指标：在职人员控制率、人工');
    // 4 + 3 × 4/7 = 5.714… and 3 + 3 × 3/7 = 4.285…: to 2 decimals by largest remainder, adding up to 10
    expect([a.max, c.max]).toEqual(['5.71', '4.29']);
    expect(a.earned).toBe('4.28'); // 3 of 4 → 3 × 5.71 ÷ 4 = 4.2825
    expect(a.explanation).toContain('同级指标完成及时率的分值按比例重新分配，本项满分由4分调整为5.71分，得分按比例折算为4.28分');
    expect(s.total).toBe('8.57');
    expect(s.max).toBe('10');
    expect(s.deductions.map((d) => [d.indicatorId, d.points])).toEqual([['g.a', '1.43']]);
  });

  it('scored-by-policy siblings (full/zero) do not receive points', () => {
    const s = scoreSheet(
      system([node('g', 10, [staff('g.a', '4'), timely('g.b', '3'), timely('g.z', '3', 'zero')])]),
      mkFacts({ 'ratio.staffControl': 'r:1', 'ratio.taskTimeliness': null }),
    );
    expect(find(s.root, 'g.a').max).toBe('7');
    expect(find(s.root, 'g.z').max).toBe('3');
    expect(s.total).toBe('7');
  });

  it('falls back to 0 when no sibling can receive, and says so', () => {
    const s = scoreSheet(system([node('g', 10, [timely('g.b', '5'), leaf('g.c', '5')])]), mkFacts({ 'ratio.taskTimeliness': null }));
    const b = find(s.root, 'g.b');
    expect([b.max, b.earned, b.status]).toEqual(['5', '0', 'unavailable']);
    expect(b.explanation).toContain('同级指标均无可评分的数据或评价意见，本项按0分计');
    expect(s.total).toBe('0');
  });

  it('a group receiving points scales its leaves and says why', () => {
    const s = scoreSheet(
      system([node('g', 6, [staff('g.a', '2'), leaf('g.c', '4')]), timely('r', '4')]),
      mkFacts({ 'ratio.staffControl': 'r:1', 'ratio.taskTimeliness': null }),
    );
    expect(find(s.root, 'g').max).toBe('10');
    expect(find(s.root, 'g.a').max).toBe('3.33');
    expect(find(s.root, 'g.c').max).toBe('6.67');
    expect(find(s.root, 'g.c').explanation).toContain('上级指标的分值经重新分配，本项满分由4分调整为6.67分');
    expect(s.total).toBe('3.33');
  });

  it('manual leaves without assessment can reweight too', () => {
    const s = scoreSheet(
      system([node('g', 10, [staff('g.a', '5'), leaf('g.c', '5', { onUnavailable: 'reweight' })])]),
      mkFacts({ 'ratio.staffControl': 'r:1' }),
    );
    expect(find(s.root, 'g.c').status).toBe('reweighted');
    expect(find(s.root, 'g.c').explanation).toContain('缺少评价意见');
    expect(s.total).toBe('10');
  });
});
