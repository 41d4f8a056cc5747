/**
 * The optimised rule engine against a frozen copy of the original one (test/rules/oracle): reports
 * must be byte-identical — findings, messages, leaves, key order, summary — and so must
 * `findingFacts`, on the rule fixtures and on random facts, options and rule packs (including
 * packs no schema would accept: unknown operators, bad tolerances, kind mismatches).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import type { FactSetName, FactValue, Facts } from '../../src/facts/types.js';
import { CORE_RULE_PACK, type Condition, findingFacts, type Leaf, type Rule, type RulePack, runRules, type RunRulesOptions, type ThresholdSet } from '../../src/rules/index.js';
import { findingFacts as oracleFindingFacts } from './oracle/findingFacts.js';
import { runRules as oracleRunRules } from './oracle/runRules.js';
import { applyPatches, enyangRaw, parsePatched, readCaseFiles } from './support/cases.js';

type Run = typeof runRules;

/** The report and its finding facts as JSON (key order included), or the error thrown. */
function outcome(run: Run, facts_: typeof findingFacts, packs: RulePack | readonly RulePack[], facts: Facts, options: RunRulesOptions): string {
  try {
    const report = run(packs, facts, options);
    return JSON.stringify({ report, facts: facts_(report) });
  } catch (e) {
    return `throws: ${String(e)}`;
  }
}

function expectSame(packs: RulePack | readonly RulePack[], facts: Facts, options: RunRulesOptions): void {
  const before = JSON.stringify({ packs, facts, options });
  const want = outcome(oracleRunRules as Run, oracleFindingFacts, packs, facts, options);
  const got = outcome(runRules, findingFacts, packs, facts, options);
  expect(got).toBe(want);
  if (!want.startsWith('throws')) {
    // Same values, including properties set to undefined (which JSON would hide).
    expect(runRules(packs, facts, options)).toStrictEqual(oracleRunRules(packs, facts, options));
  }
  expect(JSON.stringify({ packs, facts, options }), 'inputs must not be mutated').toBe(before);
}

const THRESHOLDS: ThresholdSet[] = [
  {
    id: 'test-limits',
    jurisdiction: { province: '四川', level: 'county' },
    effectiveFrom: '2020-01-01',
    values: { 'procurement.decentralizedLimit.goodsServices': '20', 'carryOver.maxRatio': '0.1', 'disclosure.deadlineDays': '30' },
    provenance: { reliability: 'O', source: 'test' },
  },
];

describe('rule fixtures: optimised engine = oracle', () => {
  const base = enyangRaw();
  const cases = readCaseFiles().flatMap((f) => f.cases.map((c) => ({ rule: f.rule, ...c })));
  it.each(cases.map((c) => [`${c.rule} — ${c.name}`, c] as const))('%s', (_, c) => {
    const input = parsePatched(applyPatches(base, c.patch));
    const facts = computeFacts(input);
    for (const locale of ['zh-CN', 'en'] as const) {
      const options: RunRulesOptions = {
        locale,
        waivers: [...input.waivers, { rule: c.rule, reason: '测试豁免', ...(c.key !== undefined ? { key: c.key } : {}) }],
        department: input.department,
        fiscalYear: input.report.fiscalYear,
        ...(c.options?.asOf ? { asOf: c.options.asOf } : {}),
        ...(c.options?.thresholds ? { thresholds: c.options.thresholds as ThresholdSet[] } : {}),
      };
      expectSame(CORE_RULE_PACK, facts, options);
      expectSame([CORE_RULE_PACK, CORE_RULE_PACK], facts, { ...options, thresholds: THRESHOLDS, asOf: '2023-06-14' });
    }
  });
});

// ---- random facts, options and packs ----

/** Fact names the core pack reads, plus a few more from the catalog and one not in it. */
const NAMES: readonly string[] = (() => {
  const out = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else {
      out.add(c.fact);
      if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) && 'fact' in c.value) out.add(c.value.fact);
    }
  };
  for (const r of CORE_RULE_PACK.rules) {
    if (r.when) walk(r.when);
    walk(r.check);
    for (const c of r.context ?? []) out.add(c.fact);
  }
  for (const n of ['ratio.staffControl', 'ratio.threePublicControl', 'disclosure.budget.delayDays', 'disclosure.{key}.published', 'not.in.catalog', 'constructor']) out.add(n);
  return [...out];
})();

const SET_KEYS: Record<FactSetName, readonly string[]> = {
  economicClasses: ['301', '302', '310'],
  economicCodes: ['301', '30212', '302', '99999'],
  functionalClasses: ['201', '208'],
  functionalCodes: ['201', '2010101', '208'],
  threePublicItems: ['outboundTravel', 'vehiclePurchase', 'vehicleOperation', 'reception'],
  disclosureKinds: ['budget', 'final_accounts', 'performance', 'three_public_funds', 'other$&'],
};

/** Exact decimals, mostly canonical, with some that are not (trailing zeros, -0). */
const decimal = fc.oneof(
  { weight: 6, arbitrary: fc.bigInt({ min: -2_000_000n, max: 2_000_000n }).chain((n) => fc.constantFrom(0, 1, 2, 3, 4).map((scale) => scaled(n, scale))) },
  { weight: 1, arbitrary: fc.constantFrom('0', '0.005', '0.01', '-0.005', '1.500', '-0', '0.0', '100', '1e3', '0.125', '-0.125', '2.675', '-2.675', '0.995', '-0.995', '9.999') },
);

function scaled(n: bigint, scale: number): string {
  const neg = n < 0n;
  const a = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const s = scale === 0 ? a : `${a.slice(0, -scale)}.${a.slice(-scale)}`.replace(/\.?0+$/, '');
  return `${neg && s !== '0' ? '-' : ''}${s}`;
}

const reason = fc.constantFrom(['缺少数据', 'no data'], ['未列明', 'not stated'], ['', '']);
const factValue: fc.Arbitrary<FactValue> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ value: decimal, parts: fc.option(fc.nat(30), { nil: undefined }) }).map(({ value, parts }): FactValue => ({ status: 'ok', type: 'money', value, ...(parts !== undefined ? { parts } : {}) })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('ratio', 'count', 'number') as fc.Arbitrary<'ratio' | 'count' | 'number'>, decimal).map(([type, value]): FactValue => ({ status: 'ok', type, value })) },
  { weight: 1, arbitrary: fc.boolean().map((value): FactValue => ({ status: 'ok', type: 'boolean', value })) },
  { weight: 1, arbitrary: fc.constantFrom('2022-03-01', '2023-01-20', 'x', '0').map((value): FactValue => ({ status: 'ok', type: 'text', value })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('money', 'ratio', 'boolean', 'text') as fc.Arbitrary<FactValue['type']>, reason).map(([type, [r, e]]): FactValue => ({ status: 'unavailable', type, reason: r, reasonEn: e })) },
);

const sets = fc.record(Object.fromEntries(Object.entries(SET_KEYS).map(([k, keys]) => [k, fc.subarray([...keys])])) as Record<FactSetName, fc.Arbitrary<string[]>>);

/** Facts for every name (every key substituted), each present with probability ~0.85. */
const facts: fc.Arbitrary<Facts> = sets.chain((s) => {
  const keys = [...new Set(Object.values(s).flat())];
  const names = NAMES.flatMap((n) => (n.includes('{key}') ? keys.map((k) => n.split('{key}').join(k)) : [n]));
  const extra = ['disclosure.budget.approvedOn', 'disclosure.budget.publishedOn', 'disclosure.finalAccounts.approvedOn', 'disclosure.finalAccounts.publishedOn'];
  return fc
    .tuple(
      fc.array(fc.option(factValue, { freq: 6, nil: undefined }), { minLength: names.length + extra.length, maxLength: names.length + extra.length }),
      fc.constantFrom('0.005', '0.5', '0.00005', '5'),
    )
    .map(([vs, halfUnit]) => {
      const values: Record<string, FactValue> = {};
      [...names, ...extra].forEach((n, i) => {
        const v = vs[i];
        if (v !== undefined) values[n] = v;
      });
      return { values, halfUnit, precision: 2, unit: '万元', sets: s } satisfies Facts;
    });
});

const OPS = ['eq', 'lt', 'lte', 'gt', 'gte', 'between', 'in', 'isTrue', 'isFalse', 'available', 'bogus'] as const;
const THRESHOLD_NAMES = ['procurement.decentralizedLimit.goodsServices', 'carryOver.maxRatio', 'disclosure.deadlineDays', 'no.such.threshold'] as const;
const scalar = fc.oneof(decimal, fc.boolean(), fc.constantFrom('x', '2022-03-01'));
const operand = fc.oneof(
  scalar,
  fc.array(scalar, { minLength: 0, maxLength: 3 }),
  fc.constantFrom(...NAMES).map((fact) => ({ fact })),
  fc.constantFrom(...THRESHOLD_NAMES).map((threshold) => ({ threshold })),
);
const leaf: fc.Arbitrary<Leaf> = fc
  .record({ fact: fc.constantFrom(...NAMES), op: fc.constantFrom(...OPS), value: fc.option(operand, { nil: undefined }), tolerance: fc.option(fc.constantFrom('rounding', '0.01', '0', '-1', 'abc', '0.5'), { nil: undefined }) })
  .map(({ fact, op, value, tolerance }) => ({ fact, op: op as Leaf['op'], ...(value !== undefined ? { value } : {}), ...(tolerance !== undefined ? { tolerance } : {}) }));
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('c').map((not) => ({ not })),
  ),
})).c;

const rule: fc.Arbitrary<Rule> = fc
  .record({
    n: fc.nat(5),
    severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Rule['severity']>,
    forEach: fc.option(fc.constantFrom(...(Object.keys(SET_KEYS) as FactSetName[]), 'noSuchSet' as FactSetName), { nil: undefined }),
    when: fc.option(condition, { nil: undefined }),
    check: condition,
    context: fc.option(fc.array(fc.record({ fact: fc.constantFrom(...NAMES), note: fc.option(fc.constant({ 'zh-CN': '说明', en: 'note' }), { nil: undefined }) }), { maxLength: 2 }), { nil: undefined }),
    tags: fc.subarray(['identity', 'three-public', 'b', 'a']),
  })
  .map(({ n, severity, forEach, when, check, context, tags }) => ({
    id: `r.${n}`,
    title: { 'zh-CN': `规则 ${n}`, en: `Rule ${n}` },
    severity,
    category: 'compliance',
    refs: [],
    tags,
    ...(forEach !== undefined ? { forEach } : {}),
    ...(when !== undefined ? { when } : {}),
    check,
    ...(context !== undefined ? { context: context.map((c) => ({ fact: c.fact, ...(c.note ? { note: c.note } : {}) })) } : {}),
  }));

const options: fc.Arbitrary<RunRulesOptions> = fc
  .record({
    locale: fc.constantFrom('zh-CN', 'en', undefined) as fc.Arbitrary<RunRulesOptions['locale']>,
    asOf: fc.option(fc.constantFrom('2023-06-14', '2022-01-01', 'bad'), { nil: undefined }),
    thresholds: fc.option(fc.constant(THRESHOLDS), { nil: undefined }),
    fiscalYear: fc.option(fc.constantFrom(2019, 2022), { nil: undefined }),
    department: fc.option(fc.constantFrom({ region: { province: '四川省', city: '巴中市', county: '恩阳区' }, level: 'county' }, { level: 'central' }, {}), { nil: undefined }),
    waivers: fc.option(fc.array(fc.record({ rule: fc.constantFrom(...CORE_RULE_PACK.rules.slice(0, 12).map((r) => r.id), 'r.1', 'r.2'), reason: fc.constantFrom('已说明', 'explained'), key: fc.option(fc.constantFrom('301', '201', 'reception'), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
  })
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RunRulesOptions)
  .map((o) => (o.waivers ? { ...o, waivers: o.waivers.map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined)) as typeof w) } : o));

describe('random inputs: optimised engine = oracle', () => {
  it('the core pack on random facts and options', () => {
    fc.assert(fc.property(facts, options, (f, o) => expectSame(CORE_RULE_PACK, f, o)), { numRuns: 300 });
  });

  it('random rule packs (schema-valid or not) on random facts and options', () => {
    const pack = fc.array(rule, { minLength: 1, maxLength: 6 }).map((rules): RulePack => ({ id: 'random.pack', version: '0.0.1', rules }));
    fc.assert(fc.property(pack, facts, options, (p, f, o) => expectSame([p, CORE_RULE_PACK], f, o)), { numRuns: 400 });
  });
});

describe('findingFacts = oracle on arbitrary findings', () => {
  it('counts by severity and tag alike, with repeated tags, waivers and rounding notes', () => {
    const finding = fc.record({
      status: fc.constantFrom('pass', 'fail', 'not_applicable', 'error'),
      severity: fc.constantFrom('error', 'warning', 'info', 'other'),
      waived: fc.option(fc.constant({ reason: 'x' }), { nil: undefined }),
      note: fc.option(fc.constant('rounding'), { nil: undefined }),
      tags: fc.array(fc.constantFrom('identity', 'three-public', 'b', 'a', 'z-z', '1'), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (fs) => {
        const findings = fs.map((f) => ({ ruleId: 'r', title: 't', category: 'compliance', message: 'm', leaves: [], refs: [], ...f }));
        const report = { findings, summary: { pass: 0, fail: 0, notApplicable: 0, error: 0, waived: 0, rounding: 0 }, packs: [] } as unknown as Parameters<typeof findingFacts>[0];
        expect(JSON.stringify(findingFacts(report))).toBe(JSON.stringify(oracleFindingFacts(report)));
      }),
      { numRuns: 1000 },
    );
  });
});
