/**
 * The evaluate glue: the scoring facts are a new object (derived facts, then the finding counts);
 * review compares equal score strings without parsing them; review and notices walk a pre-order
 * node list (scanning it for a few claimed items) instead of a Map of every node.
 */
import fc from 'fast-check';
import { D, dec, toCanonical } from '../../src/model/money/decimal.js';
import type { EvaluationResult } from '../../src/result.js';
import type { ScoreNode } from '../../src/scoring/types.js';
import { describe, expect, it } from 'vitest';
import { computeFacts, CORE_RULE_PACK, evaluateDepartment, findingFacts, runRules } from '../../src/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';
import { enyang } from '../support/enyang.js';

describe('evaluate: the scoring facts are a new object', () => {
  it('hold the derived facts and then the finding counts, and leave the derived facts as computeFacts made them', () => {
    const data = enyang();
    const input = parseEvaluationInput(data);
    const facts = computeFacts(input);
    const before = JSON.stringify(facts);
    const rules = runRules([CORE_RULE_PACK], facts, {
      locale: 'zh-CN',
      waivers: input.waivers,
      department: input.department,
      fiscalYear: input.report.fiscalYear,
    });
    const r = evaluateDepartment(data);
    expect(r.facts.values).toEqual({ ...facts.values, ...findingFacts(rules) });
    expect(Object.keys(r.facts.values)).toEqual([...Object.keys(facts.values), ...Object.keys(findingFacts(rules))]);
    expect(Object.keys(r.facts.values).filter((k) => k.startsWith('findings.')).length).toBeGreaterThan(0);
    expect(Object.isFrozen(r.facts) && Object.isFrozen(r.facts.values)).toBe(true);
    expect(Object.getPrototypeOf(r.facts.values)).toBe(Object.prototype);
    // the same input's derived facts, computed again, are unchanged by an evaluation
    expect(JSON.stringify(computeFacts(input))).toBe(before);
    expect(Object.keys(facts.values).some((k) => k.startsWith('findings.'))).toBe(false);
  });
});

describe('evaluate: review compares claimed scores by value', () => {
  const review = (items: unknown[]) => {
    const data = enyang();
    data.claimed = { total: '98', items };
    return evaluateDepartment(data).review?.differences.map((d) => [d.indicatorId, d.claimed, d.computed]);
  };

  it('an equal score written differently is no difference; a different one is', () => {
    const base = [
      { indicator: 'management.performance.publicity-training', deduction: '1' },
      { indicator: 'management.performance.evaluation-quality', deduction: '1' },
    ];
    expect(review(base)).toEqual([]);
    expect(review([...base, { indicator: 'decision.goals.clarity', score: '4' }])).toEqual([]);
    expect(review([...base, { indicator: 'decision.goals.clarity', score: '4.00' }])).toEqual([]);
    expect(review([...base, { indicator: 'decision.goals.clarity', score: '3.5' }])).toEqual([['decision.goals.clarity', '3.5', '4']]);
    expect(review([{ indicator: 'management.performance.publicity-training', score: '0.0' }])).toEqual([
      ['management.performance.evaluation-quality', '1', '0'],
    ]);
  });
});

// ───────────── review and notices over the pre-order node list ─────────────

/** Review as evaluate computed it before: a Map of every node, a Set of the claimed ids. */
function oracleReview(r: EvaluationResult, locale: 'zh-CN' | 'en') {
  const claimed = r.input.claimed;
  if (!claimed) return undefined;
  const nodes = new Map<string, ScoreNode>();
  const flatten = (ns: readonly ScoreNode[]): void => {
    for (const n of ns) {
      nodes.set(n.id, n);
      if (n.children) flatten(n.children);
    }
  };
  flatten(r.score.root);
  const diff = (node: ScoreNode, claimedScore: string) => ({
    indicatorId: node.id,
    name: node.name,
    claimed: claimedScore,
    computed: node.earned,
    difference: toCanonical(dec(node.earned).minus(claimedScore)),
    explanation:
      locale === 'en'
        ? `claimed ${claimedScore}, data supports ${node.earned} of ${node.max}: ${node.explanation ?? ''}`
        : `自评 ${claimedScore} 分，数据支持 ${node.earned} 分（满分 ${node.max} 分）：${node.explanation ?? ''}`,
  });
  const differences = [];
  const claimedIds = new Set(claimed.items.map((c) => c.indicator));
  for (const c of claimed.items) {
    const node = nodes.get(c.indicator);
    if (!node) continue;
    const claimedScore = c.score ?? toCanonical(new D(node.max).minus(c.deduction ?? 0));
    if (!new D(claimedScore).eq(new D(node.earned))) differences.push(diff(node, claimedScore));
  }
  if (claimed.items.length > 0) {
    for (const node of nodes.values()) {
      if (node.children || claimedIds.has(node.id)) continue;
      if (!new D(node.earned).eq(new D(node.max))) differences.push(diff(node, node.max));
    }
  }
  const unmatched = claimed.items.filter((c) => !nodes.has(c.indicator)).map((c) => c.indicator);
  return {
    ...(claimed.total !== undefined ? { claimedTotal: claimed.total } : {}),
    computedTotal: r.score.total,
    ...(claimed.grade !== undefined ? { claimedGrade: claimed.grade, computedGrade: r.score.grade.label } : {}),
    differences,
    ...(unmatched.length > 0 ? { unmatched } : {}),
  };
}

describe('evaluate: review and notices walk the nodes in pre-order', () => {
  const base = evaluateDepartment(enyang());
  const ids: string[] = [];
  const walk = (ns: readonly ScoreNode[]): void => {
    for (const n of ns) {
      ids.push(n.id);
      if (n.children) walk(n.children);
    }
  };
  walk(base.score.root);
  const amount = fc.constantFrom('0', '0.5', '1', '1.00', '2', '3.5', '4', '5', '10', '-1');
  const item = fc
    .record(
      { indicator: fc.oneof(fc.constantFrom(...ids), fc.constantFrom('no.such.indicator', 'x')), score: amount, deduction: amount },
      { requiredKeys: ['indicator'] },
    )
    .filter((c) => !('score' in c && 'deduction' in c));

  it('give what the Map-based review gave, for few (scanned) and many (Map) claimed items', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 24 }),
        fc.option(amount, { nil: undefined }),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        fc.boolean(),
        (items, total, locale, asOf) => {
          const data = enyang();
          data.claimed = total === undefined ? { items } : { total, items };
          const r = evaluateDepartment(data, asOf ? { locale, asOf: '2023-06-30' } : { locale });
          expect(JSON.stringify(r.review)).toBe(JSON.stringify(oracleReview(r, locale)));
          expect(Object.keys(r)).toEqual([
            'resultVersion',
            'libraryVersion',
            'locale',
            ...(asOf ? ['asOf'] : []),
            'input',
            'facts',
            'rules',
            'system',
            'score',
            'review',
            'notices',
          ]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('without claims: no review key, and the same key order', () => {
    const data = enyang();
    delete data.claimed;
    const r = evaluateDepartment(data);
    expect(r.review).toBeUndefined();
    expect(Object.keys(r)).toEqual(['resultVersion', 'libraryVersion', 'locale', 'input', 'facts', 'rules', 'system', 'score', 'notices']);
  });
});

describe('evaluate: options without any validated option skip the general check', () => {
  it('give what the general path gives for the same options (forced by an explicit default locale)', async () => {
    const { checkOptions } = await import('../../src/evaluateOptions.js');
    const custom = { id: 'x' };
    for (const o of [
      {},
      { system: 'mof-2013' },
      { system: custom },
      { system: undefined },
      { locale: undefined, waivers: undefined },
      [],
      Object.create(null) as object,
    ]) {
      const fast = checkOptions(o);
      const general = checkOptions({ ...o, locale: 'zh-CN' });
      expect(fast).toEqual(general);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
      if (fast.ok && general.ok) expect(fast.value.system).toBe(general.value.system);
    }
    expect(checkOptions(null)).toEqual(checkOptions({ locale: 'zh-CN' }));
    expect(checkOptions(undefined)).toEqual(checkOptions({ locale: 'zh-CN' }));
    expect(checkOptions(5).ok).toBe(false);
    expect(checkOptions(() => 1).ok).toBe(false);
  });
});
