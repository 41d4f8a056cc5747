/**
 * Properties of a whole evaluation (fast-check), each on the Enyang fixture perturbed at random:
 *
 * - identity: a stated total equal to the sum of its parts always passes its identity rule; one
 *   off by more than the rounding bound (parts × half a unit of the stated precision) always fails;
 * - bounds: every node of the score tree earns within [0, max], adds up, and the total is within
 *   [0, system max], for randomly perturbed inputs under both built-in systems;
 * - monotonicity: lowering a "lower is better" ratio (三公 spending against budget, in-post staff
 *   against the quota) never lowers that indicator's score, nor (rules aside) the total;
 * - rule order: shuffling the rules of the core pack changes no finding, summary or score;
 * - determinism and purity: the same input twice gives deep-equal results with identical JSON, and a
 *   deep-frozen input (and options) evaluates fine and is unchanged afterwards.
 *
 * An evaluation takes ~60 ms, so runs are kept between 15 and 60 per property.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateDepartment, safeEvaluateDepartment } from '../../src/evaluate.js';
import { renderHtml, renderMarkdown } from '../../src/render/index.js';
import type { EvaluationResult } from '../../src/result.js';
import { CORE_RULE_PACK, type Finding } from '../../src/rules/index.js';
import { getBuiltInSystem } from '../../src/scoring/index.js';
import type { ScoreNode } from '../../src/scoring/types.js';
import Decimal from 'decimal.js';
import { deepFreeze, enyang, expectWellFormedIssues, leaves, type Path, setAt } from './support.js';

/** An integer count of fen (0.01 元 … here 0.01 万元 at the fixture's precision) as a decimal string. */
const fen = (n: bigint): string => {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const s = `${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
  return `${neg ? '-' : ''}${s}`;
};

const SYSTEMS = ['enyang-2023', 'mof-2013'] as const;

/** All nodes of a score tree, parents before children. */
function nodes(root: readonly ScoreNode[], out: ScoreNode[] = []): ScoreNode[] {
  for (const n of root) {
    out.push(n);
    if (n.children) nodes(n.children, out);
  }
  return out;
}

const leafById = (r: EvaluationResult, id: string): ScoreNode => {
  const n = nodes(r.score.root).find((x) => x.id === id);
  if (!n) throw new Error(`no indicator ${id}`);
  return n;
};

const D = (s: string): Decimal => new Decimal(s);

/** Every node earns within [0, max], deducted = max − earned, groups add up, total within [0, system max]. */
function expectScoreInvariants(r: EvaluationResult): void {
  const sheet = r.score;
  for (const n of nodes(sheet.root)) {
    expect(D(n.earned).gte(0), `${n.id} earned ${n.earned} ≥ 0`).toBe(true);
    expect(D(n.earned).lte(n.max), `${n.id} earned ${n.earned} ≤ max ${n.max}`).toBe(true);
    expect(D(n.deducted).eq(D(n.max).minus(n.earned)), `${n.id} deducted`).toBe(true);
    if (n.children && n.children.length > 0) {
      const sum = (k: 'earned' | 'max'): Decimal => n.children!.reduce((a, c) => a.plus(c[k]), new Decimal(0));
      expect(sum('earned').eq(n.earned), `${n.id}: children's earned add up`).toBe(true);
      expect(sum('max').eq(n.max), `${n.id}: children's max add up`).toBe(true);
    }
  }
  expect(sheet.root.reduce((a, n) => a.plus(n.earned), new Decimal(0)).eq(sheet.total)).toBe(true);
  expect(D(sheet.total).gte(0) && D(sheet.total).lte(sheet.max)).toBe(true);
  expect(D(sheet.max).eq(getBuiltInSystem(sheet.systemId)?.total ?? sheet.max)).toBe(true);
}

describe('identity rules through evaluateDepartment: income.total vs sources + carried in', () => {
  const parts = fc.array(fc.bigInt({ min: 0n, max: 10_000_000n }), { minLength: 1, maxLength: 5 });
  const carried = fc.bigInt({ min: 0n, max: 10_000_000n });

  /** The fixture with these income sources (in fen) and this stated total. */
  function withIncome(sources: readonly bigint[], carriedIn: bigint, total: string): Record<string, unknown> {
    const data = enyang();
    setAt(
      data,
      ['ledger', 'income', 'sources'],
      sources.map((a, i) => ({ kind: 'other', name: `来源${i}`, amount: fen(a) })),
    );
    setAt(data, ['ledger', 'income', 'carriedIn'], fen(carriedIn));
    setAt(data, ['ledger', 'income', 'total'], total);
    return data;
  }
  const finding = (r: EvaluationResult): Finding => r.rules.findings.find((f) => f.ruleId === 'income.total.equals-sources') as Finding;

  test('a stated total equal to the sum of its parts always passes, with no rounding note', () => {
    fc.assert(
      fc.property(parts, carried, (sources, c) => {
        const sum = sources.reduce((a, b) => a + b, c);
        const f = finding(evaluateDepartment(withIncome(sources, c, fen(sum))));
        expect(f.status).toBe('pass');
        expect(f.note).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });

  test('one off by more than (parts + 1) × 0.005 always fails; within it, passes (as rounding up to 0.01 × √terms, as a possible error beyond)', () => {
    fc.assert(
      fc.property(
        parts,
        carried,
        fc.bigInt({ min: -50n, max: 50n }).filter((x) => x !== 0n),
        (sources, c, off) => {
          const sum = sources.reduce((a, b) => a + b, c) + 1000n; // keep the stated total positive
          const data = withIncome(sources, c + 1000n, fen(sum + off));
          // The stated total and the n = sources + 1 amounts it is compared with: n + 1 rounded terms.
          const terms = BigInt(sources.length + 2);
          const f = finding(evaluateDepartment(data));
          // bound = terms × 0.005 万元 = terms/2 fen: |off| fen is within it when 2·|off| ≤ terms.
          const within = 2n * (off < 0n ? -off : off) <= terms;
          expect(f.status).toBe(within ? 'pass' : 'fail');
          // Typical rounding 0.01 万元 × √terms (issue #16, point 9): beyond it a warning, not rounding.
          if (within) expect(f.note).toBe(off * off > terms ? 'suspect' : 'rounding');
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Paths of every leaf of the fixture, by kind. */
const base = enyang();
const all = leaves(base);
const moneyPaths = all
  .filter(
    ({ path, value }) => typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) && ['ledger', 'threePublicFunds', 'management'].includes(String(path[0])),
  )
  .filter(({ path }) => !['code', 'functional', 'economic'].includes(String(path.at(-1))))
  .map((l) => l.path);
const countPaths = all
  .filter(({ value }) => typeof value === 'number' && Number.isInteger(value))
  .map((l) => l.path)
  .filter((p) => !String(p.at(-1)).endsWith('Year') && p.at(-1) !== 'year' && p.at(-1) !== 'schemaVersion');
const boolPaths = all.filter(({ value }) => typeof value === 'boolean').map((l) => l.path);

/** A random change to one leaf of the fixture. */
const mutation: fc.Arbitrary<{ path: Path; value: unknown }> = fc.oneof(
  fc.record({ path: fc.constantFrom(...moneyPaths), value: fc.bigInt({ min: 0n, max: 1_000_000n }).map(fen) }),
  fc.record({ path: fc.constantFrom(...countPaths), value: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ path: fc.constantFrom(...boolPaths), value: fc.boolean() }),
);

describe('scores stay within [0, max] at every node', () => {
  test('for randomly perturbed fixtures, under both built-in systems', () => {
    let valid = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.constantFrom(...SYSTEMS), (changes, system) => {
        const data = enyang();
        for (const c of changes) setAt(data, c.path, c.value);
        const r = safeEvaluateDepartment(data, { system });
        runs++;
        if (!r.ok) {
          expectWellFormedIssues(r.issues); // e.g. 11 tasks completed on time of 10 completed
          return;
        }
        valid++;
        expectScoreInvariants(r.value);
      }),
      { numRuns: 60 },
    );
    expect(valid / runs, 'most perturbations stay valid input').toBeGreaterThan(0.8);
  });

  test('the fixture itself: 98 points, and the same invariants', () => {
    const r = evaluateDepartment(enyang());
    expect(r.score.total).toBe('98');
    expectScoreInvariants(r);
  });
});

describe('monotonicity: lowering a "lower is better" ratio never lowers the score', () => {
  /** Leaves whose standard is linear with direction "above" (deduct above target): lower is better. */
  const lowerIsBetter = (system: string, fact: string): string[] => {
    const out: string[] = [];
    const walk = (ns: readonly unknown[]): void => {
      for (const n of ns as Array<Record<string, unknown>>) {
        if (n.method === 'linear' && n.direction === 'above' && n.fact === fact) out.push(n.id as string);
        if (Array.isArray(n.children)) walk(n.children);
      }
    };
    walk(getBuiltInSystem(system)?.indicators ?? []);
    return out;
  };

  /** Evaluate with and without core rules (rules can add identity findings that cost points elsewhere). */
  const both = (data: unknown, system: string): [EvaluationResult, EvaluationResult] => [
    evaluateDepartment(data, { system }),
    evaluateDepartment(data, { system, coreRules: false }),
  ];

  function expectNotLower(lo: [EvaluationResult, EvaluationResult], hi: [EvaluationResult, EvaluationResult], ids: readonly string[]): void {
    for (const id of ids) {
      expect(D(leafById(lo[0], id).earned).gte(leafById(hi[0], id).earned), `${id}: lower ratio scores at least as much`).toBe(true);
    }
    // Without the rule pack, nothing else moves: the total is monotone too.
    expect(D(lo[1].score.total).gte(hi[1].score.total), 'total (no rules)').toBe(true);
  }

  test('三公 reception spending against its budget (ratio.threePublicControl)', () => {
    for (const s of SYSTEMS) expect(lowerIsBetter(s, 'ratio.threePublicControl').length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000n }),
        fc.bigInt({ min: 0n, max: 20_000n }),
        fc.bigInt({ min: 0n, max: 20_000n }),
        fc.constantFrom(...SYSTEMS),
        (budget, x, y, system) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const at = (actual: bigint): [EvaluationResult, EvaluationResult] => {
            const data = enyang();
            setAt(data, ['threePublicFunds', 'reception', 'budget'], fen(budget));
            setAt(data, ['threePublicFunds', 'reception', 'actual'], fen(actual));
            return both(data, system);
          };
          expectNotLower(at(lo), at(hi), lowerIsBetter(system, 'ratio.threePublicControl'));
        },
      ),
      { numRuns: 20 },
    );
  });

  test('in-post staff against the authorized quota (ratio.staffControl)', () => {
    for (const s of SYSTEMS) expect(lowerIsBetter(s, 'ratio.staffControl').length).toBeGreaterThan(0);
    const staff = fc.record({
      civilServant: fc.integer({ min: 0, max: 30 }),
      institution: fc.integer({ min: 0, max: 30 }),
      logistics: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(
        staff,
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('civilServant', 'institution', 'logistics'),
        fc.constantFrom(...SYSTEMS),
        (actual, cut, kind, system) => {
          const at = (a: Record<string, number>): [EvaluationResult, EvaluationResult] => {
            const data = enyang();
            for (const [k, v] of Object.entries(a)) setAt(data, ['department', 'staffing', 'actual', k], v);
            return both(data, system);
          };
          const lowered = { ...actual, [kind]: Math.max(0, actual[kind] - cut) };
          expectNotLower(at(lowered), at(actual), lowerIsBetter(system, 'ratio.staffControl'));
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('rule order does not change the report', () => {
  const key = (f: Finding): string => `${f.ruleId}|${f.key ?? ''}`;
  const sorted = (fs: readonly Finding[]): Finding[] => [...fs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  test('shuffling the core pack (passed as a rule pack) changes no finding, summary or score', () => {
    const n = CORE_RULE_PACK.rules.length;
    const inputs = [
      enyang(),
      (() => {
        const d = enyang();
        setAt(d, ['ledger', 'income', 'carriedIn'], '135.36');
        setAt(d, ['threePublicFunds', 'reception', 'actual'], '0.95');
        setAt(d, ['department', 'staffing', 'actualTotal'], 51);
        return d;
      })(),
    ];
    const reference = inputs.map((d) => evaluateDepartment(d, { asOf: '2023-06-14' }));
    expect(reference[1]?.rules.summary.fail).toBeGreaterThan(0); // the second input has failures to reorder
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...CORE_RULE_PACK.rules], { minLength: n, maxLength: n }),
        fc.integer({ min: 0, max: inputs.length - 1 }),
        (rules, i) => {
          const ref = reference[i] as EvaluationResult;
          const r = evaluateDepartment(inputs[i], { asOf: '2023-06-14', coreRules: false, rulePacks: [{ ...CORE_RULE_PACK, rules }] });
          expect(sorted(r.rules.findings)).toEqual(sorted(ref.rules.findings));
          expect(r.rules.summary).toEqual(ref.rules.summary);
          expect(r.score).toEqual(ref.score);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('determinism and purity', () => {
  test('the same input twice gives deep-equal results and identical JSON', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 6 }),
        fc.constantFrom(...SYSTEMS),
        fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>,
        (changes, system, locale) => {
          const data = enyang();
          for (const c of changes) setAt(data, c.path, c.value);
          const a = safeEvaluateDepartment(data, { system, locale, asOf: '2023-06-14' });
          const b = safeEvaluateDepartment(structuredClone(data), { system, locale, asOf: '2023-06-14' });
          expect(b).toEqual(a);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 20 },
    );
  });

  test('a deep-frozen input and options evaluate fine and are not changed', () => {
    const data = enyang();
    const before = structuredClone(data);
    const options = {
      system: structuredClone(getBuiltInSystem('mof-2013')),
      rulePacks: [structuredClone(CORE_RULE_PACK)],
      waivers: [{ rule: 'income.total.equals-sources', reason: '测试豁免' }],
      asOf: '2023-06-14',
    };
    const optionsBefore = structuredClone(options);
    deepFreeze(data);
    deepFreeze(options);
    const r = safeEvaluateDepartment(data, options);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(data).toEqual(before);
    expect(options).toEqual(optionsBefore);
    expect(evaluateDepartment(data).score.total).toBe('98');
  });

  test('random perturbations, deep-frozen: never mutated, never a TypeError from writing to a frozen object', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (changes) => {
        const data = enyang();
        for (const c of changes) setAt(data, c.path, c.value);
        const before = structuredClone(data);
        deepFreeze(data);
        safeEvaluateDepartment(data);
        expect(data).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });

  test('rendering does not mutate the result either', () => {
    const r = evaluateDepartment(enyang());
    const before = structuredClone(r);
    deepFreeze(r);
    const md = renderMarkdown(r);
    const html = renderHtml(r);
    expect(r).toEqual(before);
    expect(renderMarkdown(r)).toBe(md);
    expect(renderHtml(r)).toBe(html);
  });
});
