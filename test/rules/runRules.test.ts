import { describe, expect, it } from 'vitest';
import { findingFacts, type Leaf, runRules } from '../../src/rules/index.js';
import { bool, count, makeFacts, missing, money, packOf, ratio } from './support/facts.js';

const one = (check: Leaf | object, values: Parameters<typeof makeFacts>[0], locale: 'zh-CN' | 'en' = 'en') =>
  runRules(packOf({ id: 't.rule', check: check as Leaf }), makeFacts(values), { locale }).findings[0];

describe('operators', () => {
  const v = { 'staff.inPost': count('14'), 'staff.authorized.total': count('17'), 'ratio.staffControl': ratio('0.8235'), 'procurement.occurred': bool(false) };
  it.each([
    [{ fact: 'staff.inPost', op: 'lt', value: { fact: 'staff.authorized.total' } }, 'pass'],
    [{ fact: 'staff.inPost', op: 'gt', value: { fact: 'staff.authorized.total' } }, 'fail'],
    [{ fact: 'staff.inPost', op: 'gte', value: '14' }, 'pass'],
    [{ fact: 'staff.inPost', op: 'lte', value: '13.99' }, 'fail'],
    [{ fact: 'staff.inPost', op: 'eq', value: '14.000' }, 'pass'],
    [{ fact: 'staff.inPost', op: 'eq', value: '13', tolerance: '1' }, 'pass'],
    [{ fact: 'staff.inPost', op: 'eq', value: '12', tolerance: '1' }, 'fail'],
    [{ fact: 'ratio.staffControl', op: 'between', value: ['0.8', '1'] }, 'pass'],
    [{ fact: 'ratio.staffControl', op: 'between', value: ['0.9', '1'] }, 'fail'],
    [{ fact: 'staff.inPost', op: 'in', value: ['13', '14'] }, 'pass'],
    [{ fact: 'staff.inPost', op: 'in', value: ['15'] }, 'fail'],
    [{ fact: 'procurement.occurred', op: 'isFalse' }, 'pass'],
    [{ fact: 'procurement.occurred', op: 'isTrue' }, 'fail'],
    [{ fact: 'procurement.occurred', op: 'eq', value: false }, 'pass'],
    [{ fact: 'procurement.occurred', op: 'in', value: [true] }, 'fail'],
    [{ fact: 'staff.inPost', op: 'available' }, 'pass'],
    [{ fact: 'procurement.budget', op: 'available' }, 'fail'],
  ])('%j → %s', (check, status) => {
    expect(one(check, { ...v, 'procurement.budget': missing() })?.status).toBe(status);
  });

  it('records actual, expected and the exact difference', () => {
    const f = one(
      { fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.budget' } },
      { 'threePublic.total.actual': money('0.9'), 'threePublic.total.budget': money('0.8') },
    );
    expect(f?.leaves).toEqual([
      {
        fact: 'threePublic.total.actual',
        op: 'lte',
        actual: '0.9',
        expected: '0.8',
        expectedFact: 'threePublic.total.budget',
        valueType: 'money',
        difference: '0.1',
        passed: false,
      },
    ]);
  });

  it('shows ratios as percentages with two decimals', () => {
    expect(one({ fact: 'ratio.staffControl', op: 'lte', value: '0.8' }, v)?.message).toBe(
      '[warning] Rule t.rule: in-post staff control rate 82.35% should be at most 80.00%; difference +2.35%.',
    );
  });
});

describe('a bad operand is an error, never a silent false', () => {
  it.each([
    [{ fact: 'procurement.occurred', op: 'lt', value: '1' }, 'cannot compare boolean and number'],
    [{ fact: 'staff.inPost', op: 'isTrue' }, 'operator isTrue cannot compare number'],
    [{ fact: 'staff.inPost', op: 'eq', value: 'many' }, 'cannot compare number and text'],
    [{ fact: 'staff.inPost', op: 'between', value: ['1'] }, 'cannot compare'],
    [{ fact: 'staff.inPost', op: 'lt', value: '20', tolerance: '1' }, 'takes no tolerance'],
    [{ fact: 'staff.inPost', op: 'eq', value: '20', tolerance: '-1' }, 'non-negative decimal'],
    [{ fact: 'staff.inPost', op: 'approx', value: '20' }, 'unknown operator approx'],
    [{ fact: 'staff.inPost', op: 'eq', value: { threshold: 'nope' } }, 'unknown threshold nope'],
  ])('%j', (check, reason) => {
    const f = one(check, { 'staff.inPost': count('14'), 'procurement.occurred': bool(true) });
    expect(f?.status).toBe('error');
    expect(f?.message).toContain(reason);
    expect(f?.message).toMatch(/^\[rule error\] /);
  });

  it('an error anywhere in the tree wins over pass and fail', () => {
    const f = one(
      {
        any: [
          { fact: 'staff.inPost', op: 'gt', value: '0' },
          { fact: 'procurement.occurred', op: 'lt', value: '1' },
        ],
      },
      { 'staff.inPost': count('14'), 'procurement.occurred': bool(true) },
    );
    expect(f?.status).toBe('error');
    expect(f?.leaves).toHaveLength(2);
  });

  it('reports an unknown forEach set as an error', () => {
    const r = runRules(packOf({ id: 't.set', forEach: 'nope' as never, check: { fact: 'staff.inPost', op: 'gt', value: '0' } }), makeFacts({}), {
      locale: 'en',
    });
    expect(r.findings[0]).toMatchObject({ status: 'error', message: '[rule error] Rule t.set: unknown fact set nope.' });
  });
});

describe('unavailable facts make a rule not_applicable, with the reason', () => {
  it('leaf on a missing fact', () => {
    const f = one(
      { fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.priorYearActual' } },
      { 'threePublic.total.actual': money('1'), 'threePublic.total.priorYearActual': missing() },
      'zh-CN',
    );
    expect(f).toMatchObject({ status: 'not_applicable', message: '【不适用】规则 t.rule：测试：缺少数据。' });
    expect(f?.leaves[0]).toMatchObject({ actual: '1', expected: null, reason: '测试：缺少数据', passed: false });
  });

  it('a fact absent from the data', () => {
    expect(one({ fact: 'staff.inPost', op: 'gt', value: '0' }, {})?.message).toBe('[not applicable] Rule t.rule: staff.inPost is not in the data.');
  });

  it('three-valued logic: all(false, unknown) fails, any(true, unknown) passes, all(true, unknown) is not applicable', () => {
    const v = { 'staff.inPost': count('14'), 'procurement.budget': missing() };
    const t = { fact: 'staff.inPost', op: 'gt', value: '0' };
    const f = { fact: 'staff.inPost', op: 'lt', value: '0' };
    const u = { fact: 'procurement.budget', op: 'gt', value: '0' };
    expect(one({ all: [f, u] }, v)?.status).toBe('fail');
    expect(one({ any: [t, u] }, v)?.status).toBe('pass');
    expect(one({ all: [t, u] }, v)?.status).toBe('not_applicable');
    expect(one({ any: [f, u] }, v)?.status).toBe('not_applicable');
    expect(one({ not: t }, v)?.status).toBe('fail');
    expect(one({ not: u }, v)?.status).toBe('not_applicable');
  });

  it('when: false or unknown makes the rule not applicable and says why', () => {
    const r = runRules(
      packOf({ id: 't.when', when: { fact: 'procurement.occurred', op: 'isFalse' }, check: { fact: 'staff.inPost', op: 'lt', value: '0' } }),
      makeFacts({ 'procurement.occurred': bool(true), 'staff.inPost': count('1') }),
    );
    expect(r.findings[0]).toMatchObject({ status: 'not_applicable', message: '【不适用】规则 t.when：适用条件不成立：发生政府采购：是，应为“否”。' });
    expect(r.findings[0]?.leaves[0]).toMatchObject({ stage: 'when' });
  });

  it('an empty forEach set gives one not_applicable finding', () => {
    const r = runRules(
      packOf({ id: 't.each', forEach: 'economicCodes', check: { fact: 'expenditure.economic.{key}.stated', op: 'gt', value: '0' } }),
      makeFacts({}),
      { locale: 'en' },
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ status: 'not_applicable', message: '[not applicable] Rule t.each: nothing to check (economicCodes is empty).' });
  });
});

describe('rounding', () => {
  const rule = { fact: 'expenditure.total.stated', op: 'eq', value: { fact: 'expenditure.total.lines' }, tolerance: 'rounding' };
  it('the bound is (parts of both sides) × halfUnit, and comes from the facts (issue #16, point 9)', () => {
    const f = one(rule, { 'expenditure.total.stated': money('100.02', 1), 'expenditure.total.lines': money('100', 6) });
    expect(f).toMatchObject({ status: 'pass', note: 'rounding', severity: 'info', ruleSeverity: 'warning' });
    expect(f?.leaves[0]).toMatchObject({ tolerance: '0.035', toleranceParts: 7, halfUnit: '0.005', withinRounding: true, difference: '0.02' });
    expect(f?.leaves[0]?.beyondTypicalRounding).toBeUndefined();
    const yuan = runRules(
      packOf({ id: 't', check: rule as Leaf }),
      makeFacts({ 'expenditure.total.stated': money('100.03', 1), 'expenditure.total.lines': money('100', 6) }, {}, '0.000005'),
    );
    expect(yuan.findings[0]?.status).toBe('fail');
    expect(yuan.findings[0]?.message).toContain('超出舍入误差界限 0.000035 万元（7 项 × 0.000005 万元）');
  });

  it('a difference within the bound but beyond typical rounding (0.01 × √parts) is a warning: 可能的错误 (issue #16, point 9)', () => {
    const f = one(rule, { 'expenditure.total.stated': money('100.03', 1), 'expenditure.total.lines': money('100', 6) }, 'zh-CN');
    expect(f).toMatchObject({ status: 'pass', note: 'suspect', severity: 'warning', ruleSeverity: 'warning' });
    expect(f?.leaves[0]).toMatchObject({ tolerance: '0.035', withinRounding: true, beyondTypicalRounding: true, typicalRounding: '0.02646' });
    expect(f?.message).toContain('【提示性·可能的错误】');
    expect(f?.message).toContain('虽在舍入误差界限 0.035 万元（7 项 × 0.005 万元）以内，但大于通常的舍入误差 0.02646 万元，可能的错误');
  });

  it('lte and gte allow the bound one way only', () => {
    const v = { 'expenditure.total.stated': money('100.02', 1), 'expenditure.total.lines': money('100', 6) };
    expect(one({ ...rule, op: 'lte' }, v)).toMatchObject({ status: 'pass', note: 'rounding' });
    expect(one({ ...rule, op: 'gte' }, v)).toMatchObject({ status: 'pass' });
    expect(one({ ...rule, op: 'gte' }, v)?.note).toBeUndefined();
  });

  it('an exact match has no rounding note', () => {
    expect(one(rule, { 'expenditure.total.stated': money('100', 1), 'expenditure.total.lines': money('100', 6) })?.note).toBeUndefined();
  });
});

describe('waivers', () => {
  const facts = makeFacts(
    {
      'expenditure.economic.301.stated': money('10'),
      'expenditure.economic.301.lines': money('11'),
      'expenditure.economic.302.stated': money('5'),
      'expenditure.economic.302.lines': money('6'),
    },
    { economicCodes: ['301', '302'] },
  );
  const pack = packOf({
    id: 't.each',
    forEach: 'economicCodes',
    tags: ['identity'],
    severity: 'error',
    check: { fact: 'expenditure.economic.{key}.stated', op: 'eq', value: { fact: 'expenditure.economic.{key}.lines' } },
  });

  it('a waived failure stays listed, with its reason, and is not counted', () => {
    const r = runRules(pack, facts, { waivers: [{ rule: 't.each', key: '301', reason: '年中科目调整，已报财政局备案' }] });
    expect(r.findings.map((f) => [f.key, f.status, f.waived?.reason])).toEqual([
      ['301', 'fail', '年中科目调整，已报财政局备案'],
      ['302', 'fail', undefined],
    ]);
    expect(r.findings[0]?.message).toMatch(/（已豁免：年中科目调整，已报财政局备案）$/);
    expect(r.summary).toMatchObject({ fail: 1, waived: 1 });
    expect(findingFacts(r)).toMatchObject({ 'findings.failed.severity.error': { value: '1' }, 'findings.failed.tag.identity': { value: '1' } });
  });

  it('a waiver without key covers every key; a waiver of a passing rule does nothing', () => {
    const r = runRules(pack, facts, {
      waivers: [
        { rule: 't.each', reason: 'ok' },
        { rule: 'other', reason: 'x' },
      ],
    });
    expect(r.summary).toMatchObject({ fail: 0, waived: 2 });
    expect(findingFacts(r)['findings.failed.tag.identity']).toEqual({ status: 'ok', type: 'count', value: '0' });
  });
});

describe('findingFacts', () => {
  it('counts by severity, and by tag only error/warning', () => {
    const facts = makeFacts({ 'staff.inPost': count('20') });
    const fail = (id: string, severity: 'error' | 'warning' | 'info', tags: string[]) => ({
      id,
      severity,
      tags,
      check: { fact: 'staff.inPost', op: 'lt' as const, value: '1' },
    });
    const r = runRules(packOf(fail('a', 'error', ['x']), fail('b', 'warning', ['x', 'y']), fail('c', 'info', ['y', 'z'])), facts);
    expect(findingFacts(r)).toEqual({
      'findings.failed.severity.error': count('1'),
      'findings.failed.severity.warning': count('1'),
      'findings.failed.severity.info': count('1'),
      'findings.failed.tag.x': count('2'),
      'findings.failed.tag.y': count('1'),
      'findings.failed.tag.z': count('0'),
    });
  });
});

describe('robustness', () => {
  it('never reads inherited properties as facts or sets', () => {
    expect(one({ fact: 'constructor', op: 'available' }, {})?.status).toBe('fail');
    expect(one({ fact: 'toString', op: 'gt', value: '0' }, {})?.status).toBe('not_applicable');
    const r = runRules(packOf({ id: 't.set', forEach: 'toString' as never, check: { fact: 'staff.inPost', op: 'gt', value: '0' } }), makeFacts({}));
    expect(r.findings[0]?.status).toBe('error');
  });
});

describe('packs are read afresh on every run', () => {
  it('a pack changed in place after a run gives the changed verdicts, never stale ones', () => {
    const facts = makeFacts({ 'staff.inPost': count('3'), 'procurement.occurred': bool(false) }, { economicClasses: ['301'] });
    const pack = packOf({ id: 'r', check: { fact: 'staff.inPost', op: 'eq', value: '3' } }) as { rules: Record<string, unknown>[] } & ReturnType<typeof packOf>;
    const run = () => runRules(pack, facts, { locale: 'en' }).findings.map((f) => `${f.ruleId}${f.key ? `[${f.key}]` : ''}:${f.severity}:${f.status}`);
    expect(run()).toEqual(['r:warning:pass']);
    const rule = pack.rules[0] as Record<string, unknown>;
    (rule['check'] as Record<string, unknown>)['value'] = '4'; // a leaf edited in place
    expect(run()).toEqual(['r:warning:fail']);
    rule['when'] = { fact: 'procurement.occurred', op: 'isTrue' };
    expect(run()).toEqual(['r:warning:not_applicable']);
    delete rule['when'];
    rule['severity'] = 'error';
    rule['forEach'] = 'economicClasses';
    expect(run()).toEqual(['r[301]:error:fail']);
    pack.rules.push({ ...rule, id: 's', forEach: undefined, check: { fact: 'staff.inPost', op: 'gt', value: '1' } });
    expect(run()).toEqual(['r[301]:error:fail', 's:error:pass']);
  });
});
