/**
 * perViolation counts: every count fact is read as a decimal and the counts are added exactly —
 * whatever way a fact writes its number ("007", "1.0", "2.5", over 40 digits), of whichever numeric
 * fact type — and a fact without a number makes the leaf unavailable.
 */
import { describe, expect, it } from 'vitest';
import type { Facts, FactValue } from '../../src/facts/index.js';
import type { Locale } from '../../src/shared/issues.js';
import { type ScoreNode, scoreSheet } from '../../src/scoring/index.js';
import { mkFacts, system } from './support-systems.js';

const FACTS = ['supervision.violations', 'findings.failed.tag.identity', 'findings.failed.tag.procurement'];
const count = (value: string, type: 'count' | 'number' | 'ratio' = 'count'): FactValue => ({ status: 'ok', type, value });

function leaf(values: (FactValue | undefined)[], perItem = '1', locale: Locale = 'zh-CN'): ScoreNode {
  const facts = FACTS.slice(0, values.length);
  const sys = system(
    [
      {
        id: 'p',
        name: '违规',
        points: '10',
        method: 'perViolation',
        facts,
        perItem,
        standard: '每项扣分',
        provenance: { reliability: 'K', source: 'test' },
        metricLabel: '问题',
        metricLabelEn: 'issues',
      },
    ],
    { total: '10' },
  );
  const given: Record<string, FactValue> = {};
  values.forEach((v, i) => {
    if (v !== undefined) given[FACTS[i] as string] = v;
  });
  const facts_: Facts = { ...mkFacts({}), values: given };
  const n = scoreSheet(sys, facts_, { locale }).root[0];
  if (!n) throw new Error('no node');
  return n;
}

describe('perViolation counts', () => {
  it('adds the counts of several facts exactly, however each is written', () => {
    expect(leaf([count('007'), count('1.0'), count('2')]).explanation).toBe('问题10项，每项扣1分，应扣10分，扣完为止，得0分');
    const n = leaf([count('1'), count('0.5')], '2');
    expect([n.earned, n.explanation]).toEqual(['7', '问题1.5项，每项扣2分，应扣3分，得7分']);
  });

  it('counts past 2^53 and past 40 digits are exact decimals, not doubles', () => {
    // A double sum of 9007199254740993 + 1 gives 9007199254740992.
    const n = leaf([count('9007199254740993'), count('1')]);
    expect(n.earned).toBe('0');
    expect(n.explanation).toBe('问题9007199254740994项，每项扣1分，应扣9007199254740994分，扣完为止，得0分');
    expect(leaf([count(`1${'0'.repeat(44)}`)]).explanation).toContain('扣完为止');
  });

  it('no violations, or a count of zero or below, earns full marks', () => {
    expect(leaf([count('0'), count('0'), count('0')]).explanation).toBe('问题0项，得满分10分');
    expect(leaf([count('-0')]).earned).toBe('10');
    expect(leaf([count('-1')]).explanation).toBe('问题-1项，得满分10分');
    expect(leaf([count('0')], '1', 'en').explanation).toBe('issues: 0, full marks 10');
  });

  it('reads a number fact as is and a ratio fact in percent, like every threshold', () => {
    expect(leaf([count('3', 'number')]).earned).toBe('7');
    expect(leaf([count('0.02', 'ratio')]).earned).toBe('8');
  });

  it('a fact without a number (unavailable, missing, boolean) makes the leaf unavailable, naming why', () => {
    const missing = leaf([count('1'), undefined]);
    expect([missing.status, missing.earned, missing.policy]).toEqual(['unavailable', '0', 'zero']);
    expect(missing.explanation).toContain('未提供事实 findings.failed.tag.identity');
    expect(leaf([{ status: 'ok', type: 'boolean', value: true }]).status).toBe('unavailable');
    expect(leaf([{ status: 'unavailable', type: 'count', reason: '缺少', reasonEn: 'missing' }], '1', 'en').explanation).toBe(
      '违规: missing; the standard cannot be applied; scored 0 as the system provides',
    );
  });
});
