/** Built-in rule data is frozen, so a pack changed in place can never change (or stale) a later run. */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_THRESHOLDS, CORE_RULE_PACK, OPERATORS, type Rule, THRESHOLD_KEYS } from '../../src/rules/index.js';
import { enyangRaw, parsePatched, runCore } from './support/cases.js';

type Mutable = { -readonly [K in keyof Rule]: Rule[K] };

describe('built-in rule data is deep-frozen', () => {
  it('CORE_RULE_PACK, its rules, leaves, titles and refs cannot be changed in place (strict mode throws)', () => {
    const rule = CORE_RULE_PACK.rules[0] as Mutable;
    expect(Object.isFrozen(CORE_RULE_PACK)).toBe(true);
    expect(() => {
      (CORE_RULE_PACK as unknown as { rules: Rule[] }).rules = [];
    }).toThrow(TypeError);
    expect(() => (CORE_RULE_PACK.rules as Rule[]).push(rule)).toThrow(TypeError);
    expect(() => {
      rule.severity = 'info';
    }).toThrow(TypeError);
    expect(() => {
      (rule.check as { value: unknown }).value = '0';
    }).toThrow(TypeError);
    expect(() => {
      (rule.title as { en: string }).en = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (rule.refs[0] as { doc: string }).doc = 'x';
    }).toThrow(TypeError);
  });

  it('an attempted change has no effect on the next run', () => {
    const input = parsePatched(enyangRaw());
    const before = runCore(input);
    try {
      ((CORE_RULE_PACK.rules[0] as Mutable).check as { op: string }).op = 'lt';
    } catch {
      // strict mode: TypeError
    }
    expect(runCore(input)).toEqual(before);
  });

  it('the built-in threshold sets, threshold keys and operators are frozen too', () => {
    expect(() => {
      (BUILT_IN_THRESHOLDS[0]?.values as Record<string, string>)['procurement.decentralizedLimit.goodsServices'] = '0';
    }).toThrow(TypeError);
    expect(() => (BUILT_IN_THRESHOLDS as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (THRESHOLD_KEYS['disclosure.deadlineDays'] as { type: string }).type = 'money';
    }).toThrow(TypeError);
    expect(() => {
      (OPERATORS.lte as { symbol: string }).symbol = '<';
    }).toThrow(TypeError);
  });
});
