/**
 * Compiled rule packs (src/rules/internal/compiled.ts): the core pack is compiled (so its fast path
 * is what runs), a rule the compiler declines still runs — through the interpreter, with the
 * oracle's outcome — and a pack changed at the top after it was run is not served a stale
 * compiled form. The oracle test compares the compiled engine with the frozen original on
 * random packs; these cases cover what its generators never produce.
 */
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import type { Facts } from '../../src/facts/types.js';
import { compiledRules, compileRule } from '../../src/rules/internal/compiled.js';
import { CORE_RULE_PACK, type Rule, type RulePack, runRules, type RunRulesOptions } from '../../src/rules/index.js';
import { runRules as oracleRunRules } from './oracle/runRules.js';
import { enyangRaw, parsePatched } from './support/cases.js';
import { bool, count, makeFacts, missing, money } from './support/facts.js';

type Run = typeof runRules;

function outcome(run: Run, packs: RulePack | readonly RulePack[], facts: Facts, options: RunRulesOptions): string {
  try {
    return JSON.stringify(run(packs, facts, options));
  } catch (e) {
    return `throws: ${String(e)}`;
  }
}

/**
 * Same report as the oracle, on the first run and on a second, compiled one. A pack the oracle
 * throws on must throw too (the interpreter's message for a malformed condition tree has changed
 * since the oracle was frozen; the compiled engine leaves such rules to the interpreter).
 */
function expectOracle(pack: RulePack, facts: Facts, options: RunRulesOptions = {}): void {
  const want = outcome(oracleRunRules as Run, pack, facts, options);
  for (let i = 0; i < 2; i++) {
    const got = outcome(runRules, pack, facts, options);
    if (want.startsWith('throws')) expect(got).toMatch(/^throws: TypeError/);
    else expect(got).toBe(want);
  }
  if (!want.startsWith('throws')) expect(runRules(pack, facts, options)).toStrictEqual(oracleRunRules(pack, facts, options));
}

const facts = makeFacts(
  {
    'a.stated': money('10.01', 2),
    'a.lines': money('10', 3),
    'b.count': count('3'),
    'c.flag': bool(true),
    'd.missing': missing(),
    'expenditure.economic.301.stated': money('5'),
    'expenditure.economic.301.lines': money('5.004', 4),
  },
  { economicClasses: ['301'] },
);

const rule = (id: string, r: Partial<Rule>): Rule => ({ id, title: { 'zh-CN': `规则 ${id}`, en: `Rule ${id}` }, severity: 'error', category: 'compliance', refs: [], tags: ['t'], check: { fact: 'a.stated', op: 'eq', value: { fact: 'a.lines' }, tolerance: 'rounding' }, ...r });

describe('compiled packs', () => {
  it('every rule of the core pack is compiled', () => {
    for (const r of CORE_RULE_PACK.rules) expect(compileRule(r), r.id).toBeDefined();
    expect(compiledRules(CORE_RULE_PACK)?.every((c) => c !== undefined)).toBe(true);
  });

  it('the core pack on the Enyang facts, both locales: oracle output, first and second run', () => {
    const input = parsePatched(enyangRaw());
    const f = computeFacts(input);
    for (const locale of ['zh-CN', 'en'] as const) expectOracle(CORE_RULE_PACK, f, { locale, department: input.department, fiscalYear: input.report.fiscalYear, asOf: '2023-06-14' });
  });

  it('rules the compiler declines run through the interpreter with the oracle outcome', () => {
    const odd: unknown[] = [
      { check: { fact: 'b.count', op: 'gt', value: 2 } },
      { check: { fact: 'b.count', op: 'eq', value: null } },
      { check: { fact: 'b.count', op: 'eq', value: {} } },
      { check: { fact: 'b.count', op: 'in', value: ['3', 3] } },
      { check: { fact: 123, op: 'eq', value: '3' } },
      { check: { fact: 'b.count', op: 5, value: '3' } },
      { check: { fact: 'b.count', op: 'eq', value: '3', tolerance: 0 } },
      { check: { all: 'x' } },
      { check: 'x' },
      { check: null },
      { check: { fact: 'b.count', op: 'eq', value: '3' }, context: 'abc' },
      { check: { fact: 'b.count', op: 'eq', value: '3' }, context: [{ fact: 'c.flag', note: { 'zh-CN': 1, en: 2 } }] },
      { check: { fact: 'b.count', op: 'eq', value: '3' }, title: null },
      { check: { fact: 'b.count', op: 'eq', value: '3' }, severity: 'fatal' },
      { check: { fact: 'b.count', op: 'eq', value: '4' }, severity: 'fatal' },
      { check: { fact: 'b.count', op: 'eq', value: '3' }, forEach: 7 },
    ];
    for (const [i, r] of odd.entries()) {
      const made = rule(`odd.${i}`, r as Partial<Rule>);
      expect(compileRule(made), JSON.stringify(r)).toBeUndefined();
      for (const locale of ['zh-CN', 'en'] as const) expectOracle({ id: 'odd', version: '1', rules: [made, rule('ok', {})] }, facts, { locale });
    }
  });

  it('compiled shapes: keyed facts, lists, thresholds, context, when, not/any, unknown operators and tolerances', () => {
    const rules: Rule[] = [
      rule('keyed', { forEach: 'economicClasses', check: { fact: 'expenditure.economic.{key}.stated', op: 'eq', value: { fact: 'expenditure.economic.{key}.lines' }, tolerance: 'rounding' }, context: [{ fact: 'expenditure.economic.{key}.lines', note: { 'zh-CN': '明细', en: 'lines' } }, { fact: 'd.missing' }] }),
      rule('list', { check: { any: [{ fact: 'b.count', op: 'in', value: ['1', '3'] }, { fact: 'b.count', op: 'between', value: ['4', '9'] }] } }),
      rule('threshold', { check: { fact: 'b.count', op: 'lte', value: { threshold: 'disclosure.deadlineDays' } } }),
      rule('bad-threshold', { check: { fact: 'b.count', op: 'lte', value: { threshold: 'no.such' } } }),
      rule('when', { when: { not: { fact: 'c.flag', op: 'isFalse' } }, check: { fact: 'd.missing', op: 'available' } }),
      rule('when-false', { when: { fact: 'c.flag', op: 'isFalse' }, check: { fact: 'b.count', op: 'gt', value: '0' } }),
      rule('bogus', { check: { fact: 'b.count', op: 'bogus' as Rule['check'] extends { op: infer O } ? O : never } }),
      rule('no-tolerance', { check: { fact: 'b.count', op: 'lt', value: '9', tolerance: '1' } }),
      rule('bad-tolerance', { check: { fact: 'b.count', op: 'lte', value: '9', tolerance: '-1' } }),
      rule('mismatch', { check: { fact: 'c.flag', op: 'lt', value: '1' } }),
      rule('text', { check: { fact: 'b.count', op: 'eq', value: 'x' } }),
      rule('fail', { severity: 'warning', check: { fact: 'a.stated', op: 'gt', value: { fact: 'a.lines' } } }),
    ];
    for (const locale of ['zh-CN', 'en'] as const) expectOracle({ id: 'shapes', version: '1', rules }, facts, { locale, waivers: [{ rule: 'fail', reason: '说明' }] });
  });

  it('a pack changed at the top after a run is not served its stale compiled form', () => {
    const first = rule('r', {});
    const pack = { id: 'p', version: '1', rules: [first] } as { id: string; version: string; rules: Rule[] };
    expectOracle(pack, facts);
    // A new rules array.
    pack.rules = [rule('r', { check: { fact: 'b.count', op: 'eq', value: '4' } })];
    expectOracle(pack, facts);
    // A rule pushed onto the same array.
    pack.rules.push(rule('s', { check: { fact: 'b.count', op: 'gt', value: '1' } }));
    expectOracle(pack, facts);
    // A rule replaced in place, and a rule's check, when, severity and forEach replaced.
    pack.rules[0] = rule('r2', {});
    expectOracle(pack, facts);
    const mutable = pack.rules[1] as { -readonly [K in keyof Rule]: Rule[K] };
    mutable.check = { fact: 'b.count', op: 'lt', value: '1' };
    expectOracle(pack, facts);
    mutable.when = { fact: 'c.flag', op: 'isFalse' };
    expectOracle(pack, facts);
    mutable.severity = 'info';
    delete mutable.when;
    expectOracle(pack, facts);
    mutable.forEach = 'economicClasses';
    expectOracle(pack, facts);
  });
});
