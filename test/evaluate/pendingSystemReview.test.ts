// Issue #16 points 4, 5 and 8: unassessed indicators are pending, the indicator system's choice is
// visible (and its scope checked), and every claim of a self-evaluation is matched or reported.
import { describe, expect, it } from 'vitest';
import { evaluateDepartment, getBuiltInSystem, ISSUE_CODES, safeEvaluateDepartment } from '../../src/index.js';
import { enyang } from '../support/enyang.js';

const codes = (r: { notices: readonly { code: string }[] }): string[] => r.notices.map((n) => n.code);

describe('unassessed indicators are pending, not failures (#16.4)', () => {
  it('without any assessment: no deduction for a missing opinion, the total provisional, assessed X of Y points, own notice codes', () => {
    const data = enyang();
    delete data.assessments;
    delete data.claimed;
    const r = evaluateDepartment(data);
    expect(r.score.provisional).toBe(true);
    // The 18 manual leaves of enyang-2023 are pending; the 39 points assessed are the other leaves' (all earned here).
    expect(r.score.assessed?.pending).toBe(18);
    expect(r.score.assessed?.of).toBe('100');
    expect([r.score.assessed?.points, r.score.total]).toEqual(['39', '39']);
    expect(r.score.deductions.some((d) => d.reason.includes('缺少评价意见'))).toBe(false);
    expect(r.score.deductions.some((d) => d.reason.includes('待评'))).toBe(false);
    const pending = r.notices.filter((n) => n.code === 'indicator_pending');
    expect(pending).toHaveLength(18);
    expect(pending[0]?.message).toContain('待评');
    expect(r.notices.filter((n) => n.code === 'invalid_input' && n.message.includes('评价意见'))).toEqual([]);
  });

  it('in English the notice says pending', () => {
    const data = enyang();
    data.assessments = data.assessments.filter((a: { indicator: string }) => a.indicator !== 'performance.duties.key-work');
    const r = evaluateDepartment(data, { locale: 'en' });
    expect(r.notices.find((n) => n.code === 'indicator_pending')?.message).toContain('pending');
  });

  it('the Enyang reference has every assessment: nothing pending, not provisional, still 98', () => {
    const r = evaluateDepartment(enyang());
    expect([r.score.total, r.score.grade.label, r.score.provisional, r.score.assessed]).toEqual([
      '98',
      '优秀',
      false,
      { points: '100', of: '100', pending: 0 },
    ]);
    expect(codes(r)).not.toContain('indicator_pending');
  });

  it('the new codes are part of the closed vocabulary', () => {
    for (const c of ['indicator_pending', 'system_default', 'system_scope_mismatch', 'claim_unmatched', 'claim_differs']) expect(ISSUE_CODES).toContain(c);
  });
});

describe('the indicator system is chosen visibly (#16.5)', () => {
  it('the default is said in the result, with a system_default notice', () => {
    const r = evaluateDepartment(enyang());
    expect(r.system).toEqual({ id: 'enyang-2023', name: r.score.systemName, chosenBy: 'default', reason: '未指定评价指标体系，缺省选用 enyang-2023' });
    expect(r.notices.filter((n) => n.code === 'system_default').map((n) => n.path)).toEqual([['options', 'system']]);
    // Enyang itself is inside enyang-2023's scope.
    expect(codes(r)).not.toContain('system_scope_mismatch');
  });

  it('a system given in the options is not the default: no notice, chosenBy option', () => {
    const r = evaluateDepartment(enyang(), { system: 'enyang-2023', locale: 'en' });
    expect([r.system?.chosenBy, r.system?.reason]).toEqual(['option', 'enyang-2023 was given in the options']);
    expect(codes(r)).not.toContain('system_default');
  });

  it('a department of another region, year and level gets one scope warning each, located', () => {
    const data = enyang();
    data.department.region = { province: '湖南省', city: '岳阳市', county: '平江县' };
    data.department.level = 'municipal';
    data.report.fiscalYear = 2021;
    data.report.evaluationYear = 2022;
    const r = evaluateDepartment(data);
    const scope = r.notices.filter((n) => n.code === 'system_scope_mismatch');
    expect(scope.map((n) => n.path)).toEqual([
      ['department', 'region'],
      ['report', 'fiscalYear'],
      ['department', 'level'],
    ]);
    expect(scope[0]?.message).toContain('四川省巴中市恩阳区');
    expect(scope[0]?.message).toContain('湖南省岳阳市平江县');
  });

  it('systems carry their scope as data; mof-2013 is national (no scope warning for anyone)', () => {
    expect(getBuiltInSystem('enyang-2023')?.scope?.regions).toEqual([{ province: '四川省', city: '巴中市', county: '恩阳区' }]);
    expect(getBuiltInSystem('enyang-2023')?.scope?.fiscalYears).toEqual([2022]);
    const data = enyang();
    data.department.region = { province: '湖南省' };
    const r = evaluateDepartment(data, { system: 'mof-2013' });
    expect(codes(r)).not.toContain('system_scope_mismatch');
  });
});

describe('review mode: every claim is matched or reported (#16.8)', () => {
  it('a claimed score for an indicator the system does not have is reported at its path', () => {
    const data = enyang();
    data.claimed.items.push({ indicator: 'management.no-such-indicator', deduction: '2', reason: '?' });
    const r = evaluateDepartment(data);
    const n = r.notices.find((x) => x.code === 'claim_unmatched');
    expect(n?.path).toEqual(['claimed', 'items', 2, 'indicator']);
    expect(n?.message).toContain('management.no-such-indicator');
    expect(r.review?.unmatched).toEqual(['management.no-such-indicator']);
  });

  it('a claimed grade is compared: a different one is claim_differs, an unknown one claim_unmatched', () => {
    const data = enyang();
    data.claimed.grade = '良好';
    const r = evaluateDepartment(data);
    expect([r.review?.claimedGrade, r.review?.computedGrade]).toEqual(['良好', '优秀']);
    expect(r.notices.filter((n) => n.code === 'claim_differs').map((n) => n.path)).toEqual([['claimed', 'grade']]);
    data.claimed.grade = '甲等';
    expect(
      evaluateDepartment(data)
        .notices.filter((n) => n.code === 'claim_unmatched')
        .map((n) => n.path),
    ).toEqual([['claimed', 'grade']]);
  });

  it('a claimed total that differs is a located notice; the Enyang claims all match', () => {
    const data = enyang();
    data.claimed.total = '99';
    expect(
      evaluateDepartment(data)
        .notices.filter((n) => n.code === 'claim_differs')
        .map((n) => n.path),
    ).toEqual([['claimed', 'total']]);
    const ok = evaluateDepartment(enyang());
    expect(codes(ok).filter((c) => c.startsWith('claim_'))).toEqual([]);
    expect(ok.review?.unmatched).toBeUndefined();
  });
});

describe('a custom system carries its scope through validation', () => {
  it('a system object with a scope: the scope is kept and checked; a bad scope is a located issue', () => {
    const base = getBuiltInSystem('mof-2013');
    const custom = { ...base, id: 'hunan-2023', scope: { regions: [{ province: '湖南省' }], fiscalYears: [2023] } };
    const r = evaluateDepartment(enyang(), { system: custom });
    expect(r.system?.chosenBy).toBe('option');
    expect(r.notices.filter((n) => n.code === 'system_scope_mismatch').map((n) => n.path)).toEqual([
      ['department', 'region'],
      ['report', 'fiscalYear'],
    ]);
    const bad = safeEvaluateDepartment(enyang(), { system: { ...custom, scope: { levels: ['galactic'] } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0].path.slice(0, 4)).toEqual(['options', 'system', 'scope', 'levels']);
  });
});
