/**
 * The ledger facts add exactly: whatever the amounts (up to 12 integer digits and 6 decimals), the
 * sums by class, code, level and nature equal the integer sums of the lines they cover, count
 * their parts, and do not depend on the order of the lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../src/facts/index.js';
import { parseEvaluationInput } from '../../src/model/index.js';
import type { EvaluationInput } from '../../src/model/schema/input.js';
import type { LedgerLine } from '../../src/model/schema/ledger.js';
import type { FactValue } from '../../src/facts/types.js';
import { enyang } from '../support/enyang.js';

/** Property runs: modest by default, more with JIXIAO_PROPERTY_RUNS=n. */
const numRuns = Number(process.env.JIXIAO_PROPERTY_RUNS ?? 100);

const base = parseEvaluationInput(enyang());
const economicCodes = [...new Set(base.ledger.expenditure.lines.map((l) => l.economic)), '302', '31002', '31013', '30217'];
const functionalCodes = [...new Set(base.ledger.expenditure.lines.map((l) => l.functional)), '2010101', '20101', '2080505'];

/** An amount in millionths and its canonical text, written from the integer. */
const textOf = (m: bigint): string => {
  const int = (m / 1_000_000n).toString();
  const frac = (m % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
};
const micros = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), fc.bigInt({ min: 0n, max: 100_000_000n }));
const line = fc.record({
  functional: fc.constantFrom(...functionalCodes),
  economic: fc.constantFrom(...economicCodes),
  m: micros,
  nature: fc.constantFrom('basic' as const, 'project' as const),
});

type Drawn = { functional: string; economic: string; m: bigint; nature: 'basic' | 'project' };

const withLines = (lines: readonly Drawn[]): EvaluationInput => ({
  ...base,
  ledger: {
    ...base.ledger,
    expenditure: {
      ...base.ledger.expenditure,
      lines: lines.map((l): LedgerLine => ({ functional: l.functional, economic: l.economic, amount: textOf(l.m) as LedgerLine['amount'], nature: l.nature })),
    },
  },
});

const money = (f: FactValue | undefined): { value: string; parts?: number } => {
  if (f?.status !== 'ok' || f.type !== 'money') throw new Error(`not a money fact: ${JSON.stringify(f)}`);
  return 'parts' in f && f.parts !== undefined ? { value: f.value, parts: f.parts } : { value: f.value };
};

const total = (ls: readonly Drawn[]) => ({ value: textOf(ls.reduce((a, l) => a + l.m, 0n)), parts: ls.length });

describe('ledger sums', () => {
  it('equal the integer sums of the lines they cover, with their parts (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
        const v = computeFacts(withLines(lines)).values;
        expect(money(v['expenditure.total.lines'])).toEqual(total(lines));
        expect(money(v['expenditure.basic.lines'])).toEqual(total(lines.filter((l) => l.nature === 'basic')));
        expect(money(v['expenditure.project.lines'])).toEqual(total(lines.filter((l) => l.nature === 'project')));
        for (const cls of new Set(lines.map((l) => l.economic.slice(0, 3)))) {
          expect(money(v[`expenditure.economic.${cls}.lines`]), cls).toEqual(total(lines.filter((l) => l.economic.startsWith(cls))));
        }
        for (const code of new Set(lines.map((l) => l.economic).filter((c) => c.length > 3))) {
          expect(money(v[`expenditure.economic.${code}.lines`]), code).toEqual(total(lines.filter((l) => l.economic === code)));
        }
        for (const level of new Set(lines.flatMap((l) => [3, 5, 7].filter((n) => l.functional.length >= n).map((n) => l.functional.slice(0, n))))) {
          expect(money(v[`expenditure.functional.${level}.lines`]), level).toEqual(total(lines.filter((l) => l.functional.startsWith(level))));
        }
        expect(money(v['expenditure.capital.lines'])).toEqual(total(lines.filter((l) => l.economic.startsWith('310'))));
        const pub = lines.filter((l) => l.nature === 'basic' && (l.economic.startsWith('302') || l.economic.startsWith('310')));
        expect(money(v['expenditure.publicExpenses.lines'])).toEqual(total(pub));
      }),
      { numRuns },
    );
  });

  it('do not depend on the order of the lines (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.integer(), (lines, seed) => {
        const shuffled = lines
          .map((l, i) => ({ l, k: (i * 7919 + seed) % 101 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.l);
        const a = computeFacts(withLines(lines));
        const b = computeFacts(withLines(shuffled));
        expect(b.values).toEqual(a.values); // same names and values (key order may differ)
        expect(b.sets).toEqual(a.sets);
      }),
      { numRuns },
    );
  });

  it('the largest capital line is the largest 310 line', () => {
    const v = computeFacts(
      withLines([
        { functional: '201', economic: '31002', m: 5_000_000n, nature: 'project' },
        { functional: '201', economic: '31013', m: 12_500_000n, nature: 'basic' },
        { functional: '201', economic: '30101', m: 99_000_000n, nature: 'basic' },
      ]),
    ).values;
    expect(money(v['expenditure.capital.maxLine'])).toEqual({ value: '12.5', parts: 1 });
    expect(computeFacts(withLines([{ functional: '201', economic: '30101', m: 1n, nature: 'basic' }])).values['expenditure.capital.maxLine']).toMatchObject({
      status: 'unavailable',
    });
  });
});
