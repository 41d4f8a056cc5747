/**
 * The scoring engine against a frozen copy of its original, straightforward implementation
 * (test/scoring/oracle/, copied before the per-system precomputation and allocation cuts of the
 * perf work). Every sheet — nodes, explanations, deductions, notices, key order — must be
 * byte-identical, for the built-in systems and for random systems exercising every method, policy
 * and reweighting shape, in both locales. Also checks that a cached, precompiled system never leaks
 * state between calls: a caller scribbling on one result must not change the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/index.js';
import { BUILT_IN_SYSTEMS, type IndicatorSystem, type ScoreAssessment, safeScoreSheet, validateIndicatorSystem } from '../../src/scoring/index.js';
import { arbitraryAssessments, arbitraryFacts, type Locale, locale, systemArb } from './arbitraries.js';
import { safeScoreSheet as oracleScoreSheet } from './oracle/scoreSheet.js';
import { factsOf } from './support.js';
import { mkFacts } from './support-systems.js';

type Obj = Record<string, unknown>;

const same = (system: unknown, facts: Facts, options: { locale: Locale; assessments: ScoreAssessment[] }): void => {
  const expected = JSON.stringify(oracleScoreSheet(system, facts, options));
  const first = safeScoreSheet(system, facts, options);
  expect(JSON.stringify(first)).toBe(expected);
  // Scribble on the first result: nothing of it may be shared with the next one.
  scribble(first);
  expect(JSON.stringify(safeScoreSheet(system, facts, options))).toBe(expected);
};

function scribble(v: unknown): void {
  if (Array.isArray(v)) {
    v.forEach(scribble);
    v.push('x');
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      scribble(x);
      if (typeof x === 'string') (v as Obj)[k] = `${x}!`;
    }
  }
}

describe('scoreSheet matches the original implementation', () => {
  it.each(BUILT_IN_SYSTEMS.map((s) => [s.id, s] as const))('%s on the fixture, both locales', (_id, s) => {
    const { input, facts } = factsOf();
    for (const l of ['zh-CN', 'en'] as const) same(s, facts, { locale: l, assessments: [...input.assessments] });
  });

  it.each(BUILT_IN_SYSTEMS.map((s) => [s.id, s] as const))('%s on random facts and assessments (property)', (_id, s) => {
    const copy = structuredClone(s) as IndicatorSystem;
    fc.assert(
      fc.property(arbitraryFacts(s.indicators), arbitraryAssessments(s.indicators), locale, fc.boolean(), (facts, assessments, l, cloned) => {
        same(cloned ? copy : s, facts, { locale: l, assessments });
      }),
      { numRuns: 120 },
    );
  });

  it('random systems with every method, policy and reweighting shape (property)', () => {
    fc.assert(
      fc.property(
        systemArb.chain((sys) => fc.tuple(fc.constant(sys), arbitraryFacts(sys.indicators as Obj[]), arbitraryAssessments(sys.indicators as Obj[]), locale)),
        ([sys, facts, assessments, l]) => {
          const valid = validateIndicatorSystem(sys);
          if (!valid.ok) return; // the odd random band layout the validator rejects; its issues are compared below
          same(sys, facts, { locale: l, assessments });
          same(valid.value, facts, { locale: l, assessments });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random systems are mostly valid (the property above is not vacuous)', () => {
    const valid = fc.sample(systemArb, 200).filter((s) => validateIndicatorSystem(s).ok).length;
    expect(valid).toBeGreaterThan(150);
  });

  it('invalid systems give the same issues', () => {
    const bad = [{ id: 'x' }, null, 42, { ...(BUILT_IN_SYSTEMS[0] as unknown as Obj), total: '99' }];
    for (const b of bad) for (const l of ['zh-CN', 'en'] as const) same(b, mkFacts({}), { locale: l, assessments: [] });
  });
});
