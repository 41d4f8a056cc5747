import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Issue, type Issues, JixiaoError } from '../shared/issues.js';
import * as z from 'zod';
import { parseEvaluationInput, safeParseEvaluationInput } from './parse.js';
import { buildEvaluationInputSchema, EvaluationInputSchema } from './schema/input.js';
import { ECONOMIC_CATALOG } from './catalog/economic.js';
import { FUNCTIONAL_CATALOG } from './catalog/functional.js';
import { classOf, isWellFormedCode, lookupCode } from './catalog/lookup.js';

/** The smallest input the schema accepts: one department, one year, every amount in 万元. */
function minimalInput(): Record<string, unknown> {
  return {
    report: { evaluationYear: 2023, fiscalYear: 2022 },
    department: {
      name: '示例县行政审批局',
      region: { province: '四川省', city: '示例市', county: '示例县' },
      level: 'county',
      kind: 'administrative',
      staffing: {
        authorized: { civilServant: 10, institution: 5, logistics: 1 },
        actual: { civilServant: 9, institution: 5, logistics: 1, purchasedService: 3 },
      },
    },
    ledger: {
      income: {
        sources: [{ kind: 'fiscal_appropriation', amount: '441.72' }],
        carriedIn: '134.36',
      },
      expenditure: {
        byEconomic: [{ code: '301', amount: '300' }],
        byFunctional: [{ code: '201', amount: '505' }],
        lines: [{ functional: '201', economic: '30101', amount: '120.5', nature: 'basic' }],
      },
      carryOut: { total: '71.08' },
    },
    threePublicFunds: {
      outboundTravel: { actual: '0' },
      vehiclePurchase: { actual: '0' },
      vehicleOperation: { actual: '3.2' },
      reception: { actual: '0.85' },
    },
    management: {
      internalControls: {},
      debt: { occurred: false },
      procurement: { occurred: false },
      assets: {},
      disclosure: {},
      supervision: {},
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Set `value` at `path` in a fresh copy of the minimal input. */
function withValue(path: readonly (string | number)[], value: unknown, base = minimalInput()): Record<string, unknown> {
  let node = base as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return base;
}

function issuesOf(data: unknown, locale?: 'zh-CN' | 'en'): Issues {
  const r = safeParseEvaluationInput(data, locale ? { locale } : {});
  if (r.ok) throw new Error('expected the input to be rejected');
  return r.issues;
}

const brief = (issues: readonly Issue[]): Array<[string, string]> => issues.map((i) => [i.code, i.path.join('.')]);

describe('safeParseEvaluationInput', () => {
  it('accepts a minimal valid input and fills in defaults', () => {
    const r = safeParseEvaluationInput(minimalInput());
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.value.unit).toBe('万元');
    expect(r.value.schemaVersion).toBe(1);
    expect(r.value.report.mode).toBe('self');
    expect(r.value.ledger.income?.carriedIn).toBe('134.36');
    // absent is not zero: a category not given stays absent (no filler 0)
    expect(r.value.department.staffing?.actual?.other).toBeUndefined();
    expect(r.value.assessments).toEqual([]);
    expect(r.value.precision).toBe(2);
  });

  it('names every missing required top-level section with code "required" (ledger, 三公 and management may be left out)', () => {
    expect(brief(issuesOf({}))).toEqual([
      ['required', 'report'],
      ['required', 'department'],
    ]);
  });

  it('writes messages in Chinese by default and in English on request', () => {
    const [zh] = issuesOf({});
    const [en] = issuesOf({}, 'en');
    expect(zh.message).toBe('report：缺少必填项');
    expect(en.message).toBe('report: required field is missing');
  });

  it('rejects a non-object root', () => {
    expect(brief(issuesOf([]))).toEqual([['invalid_type', '']]);
    expect(brief(issuesOf(null))).toEqual([['invalid_type', '']]);
  });

  it('rejects a __proto__ key from JSON.parse without polluting prototypes', () => {
    const data: unknown = JSON.parse('{"__proto__": {"polluted": "yes"}, "report": {"constructor": {"prototype": {"polluted": "yes"}}}}');
    const issues = issuesOf(data);
    expect(issues.map((i) => i.code)).toContain('forbidden_key');
    expect(brief(issues)).toEqual([
      ['forbidden_key', '__proto__'],
      ['forbidden_key', 'report.constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a 40-deep nested object with "too_deep"', () => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 40; i++) node = (node.a = {}) as Record<string, unknown>;
    const issues = issuesOf(root);
    expect(issues).toHaveLength(1);
    expect(issues[0].code).toBe('too_deep');
  });

  it('does not mutate its argument', () => {
    const valid = deepFreeze(minimalInput());
    const before = JSON.stringify(valid);
    expect(safeParseEvaluationInput(valid).ok).toBe(true);
    expect(JSON.stringify(valid)).toBe(before);

    const invalid = deepFreeze(withValue(['ledger', 'income', 'carriedIn'], '12,3'));
    const beforeInvalid = JSON.stringify(invalid);
    expect(safeParseEvaluationInput(invalid, { locale: 'en' }).ok).toBe(false);
    expect(JSON.stringify(invalid)).toBe(beforeInvalid);
  });

  it('locates an invalid amount, in both languages', () => {
    const data = withValue(['ledger', 'income', 'carriedIn'], '12,3');
    const [zh] = issuesOf(data);
    const [en] = issuesOf(data, 'en');
    for (const issue of [zh, en]) {
      expect(issue.code).toBe('invalid_amount');
      expect(issue.path).toEqual(['ledger', 'income', 'carriedIn']);
      expect(issue.message).toContain('ledger.income.carriedIn');
      expect(issue.message).toContain('"12,3"');
    }
    expect(zh.message).toMatch(/金额/);
    expect(en.message).toMatch(/amount/);
  });

  it('accepts a carry-in left out (absent is not zero) and keeps it absent', () => {
    const data = minimalInput();
    delete ((data.ledger as Record<string, Record<string, unknown>>).income as Record<string, unknown>).carriedIn;
    const r = safeParseEvaluationInput(data);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.value.ledger.income?.carriedIn).toBeUndefined();
  });

  it('reports a missing amount inside a listed part as required', () => {
    const data = minimalInput();
    delete (((data.ledger as Record<string, Record<string, unknown>>).income as Record<string, unknown[]>).sources?.[0] as Record<string, unknown>).amount;
    expect(brief(issuesOf(data))).toEqual([['required', 'ledger.income.sources.0.amount']]);
  });

  it('rejects an unknown and a malformed economic code', () => {
    const unknown = withValue(['ledger', 'expenditure', 'byEconomic', 0, 'code'], '39999');
    expect(brief(issuesOf(unknown))).toEqual([['unknown_code', 'ledger.expenditure.byEconomic.0.code']]);
    const malformed = withValue(['ledger', 'expenditure', 'byEconomic', 0, 'code'], '30A');
    expect(brief(issuesOf(malformed))).toEqual([['invalid_code', 'ledger.expenditure.byEconomic.0.code']]);
  });

  it('accepts an unknown code declared in allowUnknownCodes', () => {
    const data = withValue(['ledger', 'expenditure', 'byEconomic', 0, 'code'], '39999');
    data.allowUnknownCodes = ['39999'];
    expect(safeParseEvaluationInput(data).ok).toBe(true);
  });

  it('converts amounts written in 元 to 万元', () => {
    const data = withValue(['ledger', 'income', 'sources', 0, 'amount'], '4417200.00');
    data.unit = '元';
    withValue(['ledger', 'income', 'carriedIn'], '1343600', data);
    const r = safeParseEvaluationInput(data);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    expect(r.value.unit).toBe('元');
    expect(r.value.ledger.income?.sources?.[0]?.amount).toBe('441.72');
    expect(r.value.ledger.income?.carriedIn).toBe('134.36');
  });

  it('reports cross-field problems after the schema passes', () => {
    const data = withValue(['report', 'fiscalYear'], 2024);
    expect(brief(issuesOf(data))).toEqual([['year_mismatch', 'report.fiscalYear']]);
    expect(issuesOf(data)[0].message).toBe('report.fiscalYear：年度不符：被评价年度 2024 晚于评价年度 2023');
    expect(issuesOf(data, 'en')[0].message).toBe('report.fiscalYear: year mismatch: fiscal year 2024 is after evaluation year 2023');
  });
});

describe('parseEvaluationInput', () => {
  it('throws a JixiaoError carrying the issues', () => {
    expect(() => parseEvaluationInput({}, { locale: 'en' })).toThrow(/^\[jixiao\] report: required field is missing/);
    const error = (() => {
      try {
        parseEvaluationInput({});
      } catch (e) {
        return e;
      }
      throw new Error('expected parseEvaluationInput to throw');
    })();
    expect(error).toBeInstanceOf(JixiaoError);
    expect((error as JixiaoError).code).toBe('jixiao_error');
    expect((error as JixiaoError).issues.map((i) => i.code)).toEqual(['required', 'required']);
    expect((error as JixiaoError).message).toMatch(/^\[jixiao\] report：缺少必填项/);
  });
});

describe('duplicate ids', () => {
  it('are reported for exactly the items whose id came earlier, in order', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.nat(5), { maxLength: 150, size: 'max' }),
          fc.array(fc.nat(400), { maxLength: 150, size: 'max' }),
          // sorted lists, with repeats and with one key moved
          fc.array(fc.nat(400), { maxLength: 150, size: 'max' }).map((xs) => xs.sort((a, b) => a - b)),
          fc.tuple(fc.uniqueArray(fc.nat(400), { maxLength: 150 }), fc.nat(), fc.nat()).map(([xs, from, to]) => {
            xs.sort((a, b) => a - b);
            if (xs.length > 1) xs.splice(to % xs.length, 0, ...xs.splice(from % xs.length, 1));
            return xs;
          }),
        ),
        (ids) => {
          // zero-padded, so that numeric order is the keys' string order
          const outputs = ids.map((id) => ({ id: `o${String(id).padStart(3, '0')}`, name: '产出', value: '1' }));
          const r = safeParseEvaluationInput({ ...minimalInput(), performance: { outputs } });
          const seen = new Set<string>();
          const expected: [string, string][] = [];
          outputs.forEach((o, i) => {
            if (seen.has(o.id)) expected.push(['duplicate_id', `performance.outputs.${i}`]);
            seen.add(o.id);
          });
          if (expected.length === 0) expect(r.ok).toBe(true);
          else expect(brief(issuesOf({ ...minimalInput(), performance: { outputs } }))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('are reported the same way in lists of thousands, with and without repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2049, max: 2600 }), fc.nat(3), fc.integer(), (n, repeats, seed) => {
        // a permutation of distinct ids of varied lengths, then `repeats` earlier ids copied to later places
        const ids = Array.from({ length: n }, (_, i) => `o${(i * 7919 + seed) % 100003}${i % 3 === 0 ? 'x' : ''}`);
        for (let r = 0; r < repeats; r++) ids[n - 1 - r * 17] = ids[((seed >>> 0) % 1000) + r] as string;
        const outputs = ids.map((id) => ({ id, name: '产出', value: '1' }));
        const seen = new Set<string>();
        const expected: [string, string][] = [];
        outputs.forEach((o, i) => {
          if (seen.has(o.id)) expected.push(['duplicate_id', `performance.outputs.${i}`]);
          seen.add(o.id);
        });
        const r = safeParseEvaluationInput({ ...minimalInput(), performance: { outputs } });
        if (expected.length === 0) expect(r.ok).toBe(true);
        else expect(brief(issuesOf({ ...minimalInput(), performance: { outputs } }))).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  });
});

describe('defaults', () => {
  /** Every object and array inside `v`. */
  function containers(v: unknown, out = new Set<object>()): Set<object> {
    if (typeof v === 'object' && v !== null && !out.has(v)) {
      out.add(v);
      for (const x of Object.values(v)) containers(x, out);
    }
    return out;
  }

  it('are fresh on every call, nested arrays included', () => {
    const a = safeParseEvaluationInput(minimalInput());
    const b0 = safeParseEvaluationInput(minimalInput());
    if (!a.ok || !b0.ok) throw new Error('expected the minimal input to parse');
    // performance is absent from the minimal input: its default's arrays must not be shared.
    (a.value.performance.tasks as unknown[]).push({ id: 'x' });
    (a.value.performance.outputs as unknown[]).push({ id: 'y' });
    (a.value.assessments as unknown[]).push({ indicator: 'z' });
    const b = safeParseEvaluationInput(minimalInput());
    if (!b.ok) throw new Error('expected the minimal input to parse');
    for (const r of [b0, b]) {
      expect(r.value.performance).toEqual({ sections: [], tasks: [], outputs: [], satisfaction: [] });
      expect(r.value.assessments).toEqual([]);
    }
    // And, more generally, no object or array of one result is part of another.
    const mine = containers(a.value);
    for (const c of containers(b.value)) expect(mine.has(c)).toBe(false);
  });
});

describe('the compiled parser', () => {
  // safeParseEvaluationInput parses through z.compile(schema): zod generates one parser from the
  // schema and hands an input that fails it to its runtime parser. z.compile without `strict` hands a
  // schema it cannot model back unchanged, which would quietly lose the compiled parse; `strict`
  // makes that refusal an error, so a schema change that zod cannot compile fails here.
  it('covers the whole input schema, in both units', () => {
    for (const schema of [EvaluationInputSchema, buildEvaluationInputSchema('元')]) {
      expect(() => z.compile(schema, { strict: true })).not.toThrow();
    }
  });

  it('reports a rejected input with the same located issues on every call (the runtime parser answers)', () => {
    const data = minimalInput();
    (data.ledger as { income: { carriedIn: unknown } }).income.carriedIn = '1.2.3';
    const first = safeParseEvaluationInput(data);
    const second = safeParseEvaluationInput(data);
    expect(first.ok).toBe(false);
    expect(second).toEqual(first);
    expect(first.ok ? [] : first.issues.map((i) => i.path.join('.'))).toEqual(['ledger.income.carriedIn']);
  });
});

describe('the catalogs', () => {
  // A code the catalog has is accepted by its lookup alone, without the shape and class checks.
  it('every entry is well formed and its class is an entry too', () => {
    for (const [kind, catalog] of [
      ['economic', ECONOMIC_CATALOG],
      ['functional', FUNCTIONAL_CATALOG],
    ] as const) {
      for (const { code } of catalog) {
        expect(isWellFormedCode(kind, code), code).toBe(true);
        expect(lookupCode(kind, classOf(code)), code).toBeDefined();
      }
    }
  });
});
