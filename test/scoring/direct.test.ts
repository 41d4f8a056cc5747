/**
 * The one-walk path of scoreSheet (src/scoring/internal/direct.ts) against the two-pass path it
 * short-cuts (resolveChildren, then buildNodes): same nodes, deductions, earned total and maxes,
 * for the built-in systems on random facts and for random systems of every method, policy and
 * reweighting shape. Would catch a wrong max, a wrong running sum of earned points (the prefix
 * sums), a deduction out of tree order, or a group that moves points not handed to the two-pass path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts/index.js';
import type { Locale } from '../../src/shared/issues.js';
import { toCanonical } from '../../src/model/money/decimal.js';
import { BUILT_IN_SYSTEMS, type IndicatorSystem, type ScoreAssessment, validateIndicatorSystem } from '../../src/scoring/index.js';
import { indexAssessments } from '../../src/scoring/internal/assessments.js';
import { buildNodes } from '../../src/scoring/internal/build.js';
import { compiledSystem } from '../../src/scoring/internal/compiled.js';
import { directNodes, type GroupOutcome } from '../../src/scoring/internal/direct.js';
import type { LeafContext } from '../../src/scoring/internal/leaf.js';
import { resolveChildren } from '../../src/scoring/internal/resolve.js';
import type { Deduction } from '../../src/scoring/types.js';
import { arbitraryAssessments, arbitraryFacts, locale, systemArb } from './arbitraries.js';
import { factsOf } from './support.js';

type Obj = Record<string, unknown>;

function context(s: IndicatorSystem, facts: Facts, assessments: readonly ScoreAssessment[], l: Locale): LeafContext {
  const c = compiledSystem(s);
  const { bySlot } = indexAssessments(assessments, c.nodesById, c.manualSlots, l);
  return { facts, locale: l, assessments: bySlot, unavailablePolicy: s.unavailablePolicy, unassessedPolicy: s.unassessedPolicy };
}

function twoPass(s: IndicatorSystem, ctx: LeafContext): string {
  const { root } = compiledSystem(s);
  const deductions: Deduction[] = [];
  const r = resolveChildren(root, ctx);
  const b = buildNodes(root, r.children, r.unweighted, root.points, ctx.locale, deductions);
  return JSON.stringify({ nodes: b.nodes, deductions, earned: toCanonical(b.earned), maxes: b.maxes?.map(toCanonical) });
}

function direct(s: IndicatorSystem, ctx: LeafContext): string {
  const { root } = compiledSystem(s);
  const deductions: Deduction[] = [];
  const out: GroupOutcome = { earned: root.points, maxes: undefined };
  const nodes = directNodes(root, root.points, ctx, deductions, [], 0, out);
  return JSON.stringify({ nodes, deductions, earned: toCanonical(out.earned), maxes: out.maxes?.map(toCanonical) });
}

describe('directNodes matches resolveChildren + buildNodes', () => {
  it.each(BUILT_IN_SYSTEMS.map((s) => [s.id, s] as const))('%s on the fixture', (_id, s) => {
    const { input, facts } = factsOf();
    for (const l of ['zh-CN', 'en'] as const) {
      const ctx = context(s, facts, input.assessments, l);
      expect(direct(s, ctx)).toBe(twoPass(s, ctx));
    }
  });

  it.each(BUILT_IN_SYSTEMS.map((s) => [s.id, s] as const))('%s on random facts and assessments (property)', (_id, s) => {
    fc.assert(
      fc.property(arbitraryFacts(s.indicators), arbitraryAssessments(s.indicators), locale, (facts, assessments, l) => {
        const ctx = context(s, facts, assessments, l);
        expect(direct(s, ctx)).toBe(twoPass(s, ctx));
      }),
      { numRuns: 150 },
    );
  });

  it('random systems with every method, policy and reweighting shape (property)', () => {
    fc.assert(
      fc.property(
        systemArb.chain((sys) => fc.tuple(fc.constant(sys), arbitraryFacts(sys.indicators as Obj[]), arbitraryAssessments(sys.indicators as Obj[]), locale)),
        ([sys, facts, assessments, l]) => {
          const valid = validateIndicatorSystem(sys);
          if (!valid.ok) return;
          const ctx = context(valid.value, facts, assessments, l);
          expect(direct(valid.value, ctx)).toBe(twoPass(valid.value, ctx));
        },
      ),
      { numRuns: 400 },
    );
  });
});
