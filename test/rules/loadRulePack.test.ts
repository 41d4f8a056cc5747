import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import { CORE_RULE_PACK, loadRulePack, RulePackSchema, runRules } from '../../src/rules/index.js';
import { enyangRaw, parsePatched } from './support/cases.js';

const rule = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'my.rule',
  title: { 'zh-CN': '公务接待费不超过 1 万元', en: 'Reception at most 10k yuan' },
  severity: 'warning',
  category: 'compliance',
  check: { fact: 'threePublic.reception.actual', op: 'lte', value: '1' },
  ...over,
});
const pack = (...rules: Record<string, unknown>[]): Record<string, unknown> => ({ id: 'my.pack', version: '1.0.0', rules });
const messages = (source: unknown, locale: 'zh-CN' | 'en') => {
  const r = loadRulePack(source, { locale });
  return r.ok ? [] : r.issues.map((i) => [i.code, i.message]);
};

describe('a user adds a rule as data, without writing code', () => {
  const input = parsePatched(enyangRaw());
  const facts = computeFacts(input);

  it('from JSON text, run next to the built-in pack', () => {
    const text = JSON.stringify(
      pack(
        rule(),
        rule({
          id: 'my.travel.share',
          title: { 'zh-CN': '差旅费不超过 30 万元', en: 'Travel at most 300k yuan' },
          forEach: 'economicCodes',
          check: { fact: 'expenditure.economic.{key}.lines', op: 'lte', value: 300 },
        }),
      ),
    );
    const r = loadRulePack(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = runRules([CORE_RULE_PACK, r.value], facts, { department: input.department, fiscalYear: 2022 });
    expect(report.packs).toEqual([
      { id: 'jixiao.core', version: '1.0.0' },
      { id: 'my.pack', version: '1.0.0' },
    ]);
    const mine = report.findings.filter((f) => f.packId === 'my.pack');
    expect(mine.map((f) => [f.ruleId, f.key ?? '', f.status])).toEqual([
      ['my.rule', '', 'pass'],
      ['my.travel.share', '301', 'pass'],
      ['my.travel.share', '302', 'pass'],
      ['my.travel.share', '303', 'pass'],
      ['my.travel.share', '310', 'pass'],
    ]);
    expect(mine[0]?.message).toBe('【通过】公务接待费不超过 1 万元：“三公”经费实际支出（公务接待费） 0.80 万元 ≤ 1.00 万元。');
  });

  it('from YAML text', () => {
    const r = loadRulePack(`
id: my.pack
version: 1.0.0
rules:
  - id: my.reception.cap
    title: { zh-CN: 公务接待费不超过 0.5 万元, en: Reception at most 5k yuan }
    severity: warning
    category: compliance
    tags: [three-public]
    refs: [{ doc: 本单位公务接待管理办法, article: 第三条 }]
    check: { fact: threePublic.reception.actual, op: lte, value: "0.5" }
`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const f = runRules(r.value, facts, { locale: 'en' }).findings[0];
    expect(f).toMatchObject({ status: 'fail', severity: 'warning', tags: ['three-public'], refs: [{ doc: '本单位公务接待管理办法', article: '第三条' }] });
    expect(f?.leaves[0]).toMatchObject({ actual: '0.8', expected: '0.5', difference: '0.3', passed: false });
    expect(f?.message).toBe(
      '[warning] Reception at most 5k yuan: "three public" item actual (official reception) 0.80 万元 should be at most 0.50 万元; difference +0.30 万元.',
    );
  });

  it('round-trips the built-in pack through JSON', () => {
    const r = loadRulePack(JSON.stringify(CORE_RULE_PACK));
    expect(r.ok && r.value).toEqual(CORE_RULE_PACK);
    expect(RulePackSchema.safeParse(CORE_RULE_PACK).success).toBe(true);
  });
});

describe('a malformed rule gets a clear, located error in zh-CN and en', () => {
  it('unknown fact', () => {
    const p = pack(
      rule({
        check: {
          all: [
            { fact: 'threePublic.reception.actual', op: 'lte', value: 1 },
            { fact: 'no.such.fact', op: 'eq', value: '1' },
          ],
        },
      }),
    );
    expect(messages(p, 'zh-CN')).toEqual([['unknown_fact', 'rules[0].check.all[1].fact：未知的事实名称 no.such.fact']]);
    expect(messages(p, 'en')).toEqual([['unknown_fact', 'rules[0].check.all[1].fact: unknown fact no.such.fact']]);
  });

  it('unknown operator', () => {
    const p = pack(rule({ check: { fact: 'threePublic.reception.actual', op: 'approx', value: '1' } }));
    const ops = 'eq, lt, lte, gt, gte, between, in, isTrue, isFalse, available';
    expect(messages(p, 'zh-CN')).toEqual([['unknown_operator', `rules[0].check.op：未知的运算符 approx，可用：${ops}`]]);
    expect(messages(p, 'en')).toEqual([['unknown_operator', `rules[0].check.op: unknown operator approx; available: ${ops}`]]);
  });

  it('missing title', () => {
    const p = pack(rule({ title: undefined }));
    expect(messages(p, 'zh-CN')).toEqual([['required', 'rules[0].title：缺少必填项']]);
    expect(messages(p, 'en')).toEqual([['required', 'rules[0].title: required field is missing']]);
  });

  it('duplicate id', () => {
    const p = pack(rule(), rule());
    expect(messages(p, 'zh-CN')).toEqual([['duplicate_id', 'rules[1].id：标识重复：my.rule']]);
    expect(messages(p, 'en')).toEqual([['duplicate_id', 'rules[1].id: duplicate id my.rule']]);
  });

  it('operands that do not fit the operator or the fact', () => {
    expect(messages(pack(rule({ check: { fact: 'procurement.occurred', op: 'lt', value: '1' } })), 'en')).toEqual([
      ['invalid_operand', 'rules[0].check.op: invalid operand: operator lt compares numbers, but this fact is of type boolean'],
    ]);
    expect(messages(pack(rule({ check: { fact: 'expenditure.economic.{key}.stated', op: 'gt', value: '0' } })), 'zh-CN')).toEqual([
      ['invalid_operand', 'rules[0].check.fact：运算对象无效：事实名称 expenditure.economic.{key}.stated 使用了 {key}，但规则没有 forEach'],
    ]);
    expect(messages(pack(rule({ check: { fact: 'staff.inPost', op: 'eq', value: '1', tolerance: 'rounding' } })), 'en')[0]?.[1]).toBe(
      'rules[0].check.tolerance: invalid operand: tolerance "rounding" applies to money facts only',
    );
    expect(messages(pack(rule({ check: { fact: 'staff.inPost', op: 'between', value: ['1'] } })), 'en')[0]?.[0]).toBe('invalid_operand');
    expect(messages(pack(rule({ check: { fact: 'staff.inPost', op: 'lt', value: '1', tolerance: '1' } })), 'en')[0]?.[1]).toContain('takes no tolerance');
    expect(messages(pack(rule({ check: { fact: 'staff.inPost', op: 'isTrue', value: true } })), 'en').map((m) => m[0])).toEqual([
      'invalid_operand',
      'invalid_operand',
    ]);
    expect(messages(pack(rule({ check: { fact: 'staff.inPost', op: 'eq', value: { threshold: 'nope' } } })), 'en')[0]?.[0]).toBe('unknown_threshold');
    expect(messages(pack(rule({ check: { all: [], fact: 'x' } })), 'en').map((m) => m[0])).toEqual(['too_small', 'invalid_operand']);
    expect(messages(pack(rule({ check: { fact: 'staff.inPost' } })), 'zh-CN')).toEqual([['required', 'rules[0].check.op：缺少必填项']]);
    expect(messages(pack(rule({ check: { all: ['x'] } })), 'en')).toEqual([['invalid_type', 'rules[0].check.all[0]: expected an object, received "x"']]);
  });

  it('bad text, hostile keys and bad ids', () => {
    expect(messages('{ "id": ', 'en')[0]?.[0]).toBe('invalid_json');
    expect(messages('id: [', 'en')[0]?.[0]).toBe('invalid_yaml');
    expect(messages('{"id":"p","version":"1.0.0","rules":[],"__proto__":{}}', 'en')[0]?.[0]).toBe('forbidden_key');
    expect(messages(pack(rule({ id: 'Not A Slug' })), 'en')[0]?.[1]).toMatch(/^rules\[0\]\.id: /);
    expect(messages({ id: 'p', version: 'one', rules: [] }, 'en')[0]?.[1]).toMatch(/^version: /);
    expect(messages(pack(rule({ tags: ['Bad Tag'] })), 'en')[0]?.[1]).toMatch(/^rules\[0\]\.tags\[0\]: /);
  });
});
