import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import { CORE_RULE_PACK, type Finding, runRules } from '../../src/rules/index.js';
import { applyPatches, enyangRaw, parsePatched } from './support/cases.js';
import { makeFacts, money } from './support/facts.js';

/** An integer number of thousandths as a decimal string, e.g. 12345 → "12.345". */
function milli(n: bigint): string {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const s = `${a / 1000n}.${(a % 1000n).toString().padStart(3, '0')}`.replace(/\.?0+$/, '');
  return `${neg ? '-' : ''}${s === '' ? '0' : s}`;
}

const key = (f: Finding): string => `${f.ruleId}|${f.key ?? ''}`;
const sorted = (fs: readonly Finding[]): Finding[] => [...fs].sort((a, b) => key(a).localeCompare(key(b)));

describe('properties', () => {
  const base = enyangRaw();
  const inputs = [
    parsePatched(base),
    parsePatched(
      applyPatches(base, [{ set: { 'ledger.income.carriedIn': '135.36', 'threePublicFunds.reception.actual': '0.95', 'report.fiscalYear': 2019 } }]),
    ),
  ];

  it('rule order does not change the report (modulo order)', () => {
    const n = CORE_RULE_PACK.rules.length;
    fc.assert(
      fc.property(fc.shuffledSubarray([...CORE_RULE_PACK.rules], { minLength: n, maxLength: n }), fc.constantFrom(...inputs), (rules, input) => {
        const opts = { department: input.department, fiscalYear: input.report.fiscalYear, asOf: '2023-06-14' };
        const facts = computeFacts(input);
        const a = runRules(CORE_RULE_PACK, facts, opts);
        const b = runRules({ ...CORE_RULE_PACK, rules }, facts, opts);
        expect(sorted(b.findings)).toEqual(sorted(a.findings));
        expect(b.summary).toEqual(a.summary);
      }),
      { numRuns: 40 },
    );
  });

  const amounts = fc.array(fc.bigInt({ min: 0n, max: 10_000_000_000n }), { minLength: 1, maxLength: 60 });
  const runTotal = (stated: string, parts: readonly bigint[]) => {
    const lines = money(milli(parts.reduce((a, b) => a + b, 0n) * 10n), parts.length);
    const facts = makeFacts({ 'expenditure.total.stated': money(stated, 1), 'expenditure.total.lines': lines });
    const pack = { ...CORE_RULE_PACK, rules: CORE_RULE_PACK.rules.filter((r) => r.id === 'expenditure.total.equals-lines') };
    return runRules(pack, facts).findings[0] as Finding;
  };

  it('a stated total equal to the sum of its parts always passes, without a rounding note', () => {
    fc.assert(
      fc.property(amounts, (cents) => {
        const f = runTotal(milli(cents.reduce((a, b) => a + b, 0n) * 10n), cents);
        expect(f.status).toBe('pass');
        expect(f.note).toBeUndefined();
      }),
    );
  });

  it('a stated total off by no more than (n + 1) × 0.005 passes (as rounding up to 0.01 × √(n + 1), as a possible error beyond); by more, it fails', () => {
    fc.assert(
      fc.property(amounts, fc.bigInt({ min: -400n, max: 400n }), (cents, offCents) => {
        const sum = cents.reduce((a, b) => a + b, 0n) * 10n;
        const off = offCents * 10n;
        // The stated total and its n stated parts: n + 1 rounded terms.
        const terms = BigInt(cents.length + 1);
        const bound = 5n * terms;
        const f = runTotal(milli(sum + off), cents);
        const within = (off < 0n ? -off : off) <= bound;
        expect(f.status).toBe(within ? 'pass' : 'fail');
        // Typical rounding 0.01 × √terms: beyond it (k cents with k² > terms) a warning, not rounding.
        if (within && off !== 0n) expect(f.note).toBe(offCents * offCents > terms ? 'suspect' : 'rounding');
        expect(f.leaves[0]?.tolerance).toBe(milli(bound));
      }),
    );
  });

  it('through the public parser: 工资福利支出 stated within 0.05 of its 10 lines passes, beyond fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), (deltaCents) => {
        const stated = milli(284_820n + BigInt(deltaCents) * 10n);
        const input = parsePatched(applyPatches(base, [{ set: { 'ledger.expenditure.byEconomic[code=301].amount': stated } }]));
        const f = runRules(CORE_RULE_PACK, computeFacts(input)).findings.find(
          (x) => x.ruleId === 'expenditure.economic.stated-equals-lines' && x.key === '301',
        );
        expect(f?.status).toBe(Math.abs(deltaCents) <= 5 ? 'pass' : 'fail');
      }),
      { numRuns: 30 },
    );
  });
});
