/**
 * The integer count of perViolation (src/scoring/methods/perViolation.ts: small canonical counts
 * added as integers, no Decimal for a count of 0) against the frozen original, which adds every
 * count as a Decimal. Counts of every shape — canonical and not ("007", "1.0", "-0"), at and past
 * the 10^9 bound, negative, fractional, over 40 digits, of every fact type, unavailable, missing —
 * over one to three facts, both locales. Would catch a sum that is not the Decimal sum, a count
 * read that scaledValue would not read (a ratio × 100, a text, a boolean), or a changed explanation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts, FactValue } from '../../src/facts/index.js';
import { safeScoreSheet } from '../../src/scoring/index.js';
import { safeScoreSheet as oracleScoreSheet } from './oracle/scoreSheet.js';
import { mkFacts, system } from './support-systems.js';

const FACTS = ['supervision.violations', 'findings.failed.tag.identity', 'findings.failed.tag.procurement'];

const count: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 12 }).map(String), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }).map(String), weight: 2 },
  { arbitrary: fc.constantFrom('999999999', '1000000000', '007', '00', '1.0', '2.5', '0.001', '-0', '-1', '-3.5', '1e3', '', ' 1', '+1', `1${'0'.repeat(44)}`, `0.${'3'.repeat(45)}`), weight: 2 },
);

const value: fc.Arbitrary<FactValue | undefined> = fc.oneof(
  { arbitrary: count.map((v): FactValue => ({ status: 'ok', type: 'count', value: v })), weight: 8 },
  { arbitrary: fc.tuple(count, fc.constantFrom('number', 'money', 'ratio', 'text') as fc.Arbitrary<'number' | 'money' | 'ratio' | 'text'>).map(([v, type]): FactValue => ({ status: 'ok', type, value: v }) as FactValue), weight: 2 },
  { arbitrary: fc.constant<FactValue>({ status: 'ok', type: 'boolean', value: true }), weight: 1 },
  { arbitrary: fc.constant<FactValue>({ status: 'unavailable', type: 'count', reason: '缺少', reasonEn: 'missing' }), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

describe('perViolation counts', () => {
  it('scores as the frozen original for counts of every shape (property)', () => {
    let scored = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(value, { minLength: 3, maxLength: 3 }),
        fc.constantFrom('0.5', '1', '0.25', '3'),
        fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>,
        fc.boolean(),
        (n, values, perItem, locale, labelled) => {
          const sys = system(
            [{ id: 'p', name: '违规', points: '10', method: 'perViolation', facts: FACTS.slice(0, n), perItem, standard: '每项扣分', provenance: { reliability: 'K', source: 'test' }, ...(labelled ? { metricLabel: '问题', metricLabelEn: 'issues' } : {}) }],
            { total: '10' },
          );
          const facts: Facts = mkFacts({});
          const given: Record<string, FactValue> = {};
          values.forEach((v, i) => {
            if (v !== undefined) given[FACTS[i] as string] = v;
          });
          const withValues: Facts = { ...facts, values: given };
          // Junk that is no decimal at all (" 1") throws, in both.
          const outcome = (score: typeof safeScoreSheet): string => {
            try {
              const r = score(sys, withValues, { locale });
              if (r.ok) scored++;
              return JSON.stringify(r);
            } catch (e) {
              return `throws ${(e as Error).message}`;
            }
          };
          expect(outcome(safeScoreSheet)).toBe(outcome(oracleScoreSheet));
        },
      ),
      { numRuns: 1500 },
    );
    // A valid system, scored (not rejected) in most runs: the property compares scoring, not issues.
    expect(scored).toBeGreaterThan(2000);
  });
});
