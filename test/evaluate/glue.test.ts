/**
 * The evaluate glue's shortcuts against what they replace: the scoring facts are built in place
 * (derived facts, then the finding counts) instead of by `{ ...facts.values, ...findingFacts(rules) }`,
 * and review compares equal score strings without parsing them.
 */
import { describe, expect, it } from 'vitest';
import { computeFacts, CORE_RULE_PACK, evaluateDepartment, findingFacts, runRules } from '../../src/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';
import { enyang } from '../support/enyang.js';

/** The scoring facts as evaluate built them before: a copy of the facts with the finding counts spread in. */
function spreadScoringFacts(data: unknown, waivers: readonly never[] = []) {
  const input = parseEvaluationInput(data);
  const facts = computeFacts(input);
  const rules = runRules([CORE_RULE_PACK], facts, { locale: 'zh-CN', waivers: [...input.waivers, ...waivers], department: input.department, fiscalYear: input.report.fiscalYear });
  return { ...facts, values: { ...facts.values, ...findingFacts(rules) } };
}

describe('evaluate: scoring facts built in place', () => {
  it('equal the spread of the facts and the finding counts, in the same key order', () => {
    for (const data of [enyang(), { ...enyang(), waivers: [] }]) {
      const r = evaluateDepartment(data);
      expect(JSON.stringify(r.facts)).toBe(JSON.stringify(spreadScoringFacts(data)));
      expect(Object.keys(r.facts.values)).toEqual(Object.keys(spreadScoringFacts(data).values));
    }
  });

  it('are an ordinary object, as the spread made them (computeFacts alone keeps a null prototype)', () => {
    const r = evaluateDepartment(enyang());
    expect(Object.getPrototypeOf(r.facts.values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(computeFacts(parseEvaluationInput(enyang())).values)).toBe(null);
    expect(Object.keys(r.facts.values).filter((k) => k.startsWith('findings.')).length).toBeGreaterThan(0);
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
    expect(review([{ indicator: 'management.performance.publicity-training', score: '0.0' }])).toEqual([['management.performance.evaluation-quality', '1', '0']]);
  });
});
