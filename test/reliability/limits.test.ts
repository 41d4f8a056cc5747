/**
 * Both sides of every documented input limit (docs/limits.md): exactly at the limit is accepted,
 * one past is rejected with the documented issue code and path.
 *
 * The 100,000-line ledger is evaluated in full (`safeEvaluateDepartment`, about 5 s on a 2-core
 * machine); the 100,001-line ledger is rejected by the pre-walk before any parsing.
 */
import { describe, expect, test } from 'vitest';
import { safeEvaluateDepartment } from '../../src/evaluate.js';
import type { Issue, Result } from '../../src/shared/issues.js';
import { INPUT_LIMITS, MAX_TEXT_LENGTH, safeParseEvaluationInput } from '../../src/model/index.js';
import { readDataText } from '../../src/model/text.js';
import { loadRulePack } from '../../src/rules/index.js';
import { brief, enyang, setAt } from './support.js';

const issuesOf = (r: Result<unknown>): string[] => (r.ok ? [] : r.issues.map(brief));
const codes = (r: Result<unknown>): string[] => (r.ok ? [] : r.issues.map((i: Issue) => i.code));

test('the documented limits are these numbers (docs/limits.md states them)', () => {
  expect(INPUT_LIMITS).toEqual({ maxDepth: 32, maxStringLength: 100_000, maxArrayLength: 100_000, maxNodes: 2_000_000 });
  expect(MAX_TEXT_LENGTH).toBe(20_000_000);
});

describe('ledger lines: 100,000', () => {
  const withLines = (n: number): Record<string, unknown> => {
    const data = enyang();
    const ledger = data.ledger as { expenditure: { lines: Array<Record<string, unknown>> } };
    const lines = ledger.expenditure.lines;
    ledger.expenditure.lines = Array.from({ length: n }, (_, i) => ({ ...lines[i % lines.length], id: `l-${i}` }));
    return data;
  };

  test('100,000 lines evaluate', { timeout: 60_000 }, () => {
    const start = performance.now();
    const r = safeEvaluateDepartment(withLines(100_000));
    const ms = performance.now() - start;
    expect(issuesOf(r)).toEqual([]);
    expect(r.ok && r.value.input.ledger.expenditure.lines.length).toBe(100_000);
    expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(30_000);
  });

  test('100,001 lines are rejected before parsing, quickly', () => {
    const start = performance.now();
    const r = safeEvaluateDepartment(withLines(100_001));
    expect(issuesOf(r)).toEqual([brief({ code: 'too_many_items', path: ['ledger', 'expenditure', 'lines'] })]);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('string length: 100,000 UTF-16 code units', () => {
  test('a 100,000-character description is accepted, 100,001 is not', () => {
    const at = enyang();
    setAt(at, ['department', 'functions'], '职'.repeat(100_000));
    expect(issuesOf(safeEvaluateDepartment(at))).toEqual([]);
    const past = enyang();
    setAt(past, ['department', 'functions'], '职'.repeat(100_001));
    expect(issuesOf(safeEvaluateDepartment(past))).toEqual([brief({ code: 'string_too_long', path: ['department', 'functions'] })]);
  });

  test('labels are shorter: a 500-character name is accepted, 501 is not', () => {
    const at = enyang();
    setAt(at, ['department', 'name'], '局'.repeat(500));
    expect(issuesOf(safeEvaluateDepartment(at))).toEqual([]);
    const past = enyang();
    setAt(past, ['department', 'name'], '局'.repeat(501));
    expect(issuesOf(safeEvaluateDepartment(past))).toEqual([brief({ code: 'string_too_long', path: ['department', 'name'] })]);
  });
});

describe('nesting: 32 levels of objects and arrays', () => {
  /** A rule pack whose check is `k` nested `not`s: containers nest 4 + k deep (pack, rules, rule, check, nots…). */
  const pack = (k: number): unknown => {
    let check: unknown = { fact: 'threePublic.reception.actual', op: 'lte', value: '1' };
    for (let i = 0; i < k; i++) check = { not: check };
    return {
      id: 'deep.pack',
      version: '1.0.0',
      rules: [{ id: 'deep.rule', title: { 'zh-CN': '深', en: 'Deep' }, severity: 'info', category: 'compliance', check }],
    };
  };

  test('32 nested containers load; 33 are rejected at the 33rd', () => {
    expect(issuesOf(loadRulePack(pack(28)))).toEqual([]); // 4 + 28 = 32
    expect(issuesOf(loadRulePack(pack(29)))).toEqual([brief({ code: 'too_deep', path: ['rules', 0, 'check', ...Array<string>(29).fill('not')] })]);
  });

  test('in an evaluation input: depth is counted from the root the same way', () => {
    const nest = (depth: number): unknown => {
      let v: unknown = 'x';
      for (let i = 0; i < depth; i++) v = [v];
      return v;
    };
    // problems (depth 1) holds arrays: 30 more levels keep every container within 32.
    const at = enyang();
    setAt(at, ['problems'], nest(31));
    expect(codes(safeParseEvaluationInput(at))).not.toContain('too_deep');
    const past = enyang();
    setAt(past, ['problems'], nest(32));
    expect(issuesOf(safeParseEvaluationInput(past))).toEqual([brief({ code: 'too_deep', path: ['problems', ...Array<number>(31).fill(0)] })]);
  });
});

describe('cycles (possible only in JS objects): refused as too deep, never looped on', () => {
  test('an object that contains itself, and an array that contains itself', () => {
    const obj = enyang() as Record<string, Record<string, unknown>>;
    (obj.department as Record<string, unknown>).self = obj;
    const r = safeEvaluateDepartment(obj);
    expect(r.ok).toBe(false);
    expect(new Set(codes(r))).toEqual(new Set(['too_deep']));
    const arr = enyang();
    const problems: unknown[] = [];
    problems.push(problems);
    arr.problems = problems;
    expect(issuesOf(safeEvaluateDepartment(arr))).toEqual([brief({ code: 'too_deep', path: ['problems', ...Array<number>(31).fill(0)] })]);
  });
});

describe('values in all: 2,000,000 (shared references count each time they are reached)', () => {
  /** {junk: 27 references to one array of n strings, …extra}: 2 + 27 × (1 + n) values, plus extras. */
  const dag = (n: number, extra: number): Record<string, unknown> => {
    const inner = Array.from({ length: n }, () => 'x');
    const out: Record<string, unknown> = { junk: Array.from({ length: 27 }, () => inner) };
    for (let i = 0; i < extra; i++) out[`e${i}`] = i;
    return out;
  };

  test('exactly 2,000,000 values pass the walk (the schema then rejects the shape); 2,000,001 stop it', () => {
    const at = safeParseEvaluationInput(dag(74_073, 0)); // 2 + 27 × 74,074 = 2,000,000
    expect(codes(at)).not.toContain('too_many_items');
    expect(codes(at)).toContain('unrecognized_key');
    expect(issuesOf(safeParseEvaluationInput(dag(74_073, 1)))).toEqual([brief({ code: 'too_many_items', path: [] })]);
  });

  test('a YAML alias fan-out: a 200 KB text that would be a 2.5-million-value tree is stopped', { timeout: 30_000 }, () => {
    const text = `problems: &a [${'x, '.repeat(25_000)}x]\nsuggestions: [${Array<string>(99).fill('*a').join(', ')}]\n`;
    const start = performance.now();
    const read = readDataText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(issuesOf(safeEvaluateDepartment(read.value))).toEqual([brief({ code: 'too_many_items', path: [] })]);
    expect(performance.now() - start, 'the yaml parser itself takes ~1–2 s on this text').toBeLessThan(10_000);
  });
});

describe('text: 20,000,000 characters (readDataText)', () => {
  test('exactly 20,000,000 characters are read; 20,000,001 are not', () => {
    const at = `{}${' '.repeat(MAX_TEXT_LENGTH - 2)}`;
    expect(readDataText(at)).toEqual({ ok: true, value: {} });
    expect(issuesOf(readDataText(`${at} `))).toEqual([brief({ code: 'string_too_long', path: [] })]);
  });
});

describe('YAML before parsing: nesting estimate 256, aliases 100', () => {
  test('256 nested flow collections are read (then rejected as too deep by the walk), 257 are refused by the reader', () => {
    const flow = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    const at = readDataText(flow(256), { format: 'yaml' });
    expect(at.ok).toBe(true);
    if (at.ok) expect(codes(safeEvaluateDepartment(at.value))).toEqual(['too_deep']);
    expect(issuesOf(readDataText(flow(257), { format: 'yaml' }))).toEqual([brief({ code: 'too_deep', path: [] })]);
  });

  test('100 aliases are read, 101 are refused', () => {
    const pairs = (n: number): string => Array.from({ length: n }, (_, i) => `- &a${i} x\n- *a${i}\n`).join('');
    const at = readDataText(pairs(100), { format: 'yaml' });
    expect(at.ok && (at.value as unknown[]).length).toBe(200);
    expect(issuesOf(readDataText(pairs(101), { format: 'yaml' }))).toEqual([brief({ code: 'invalid_yaml', path: [] })]);
  });
});

describe('amounts: integer digits and decimals per unit', () => {
  const carried = (value: unknown, unit?: '元'): Result<unknown> => {
    const data = enyang();
    if (unit) data.unit = unit;
    setAt(data, ['ledger', 'income', 'carriedIn'], value);
    return safeParseEvaluationInput(data);
  };
  const rejected = (code: string): string[] => [brief({ code: code as Issue['code'], path: ['ledger', 'income', 'carriedIn'] })];

  test.each([
    ['万元: 12 integer digits', '999999999999', undefined, '1000000000000', 'amount_too_large'],
    ['万元: 6 decimals', '0.000001', undefined, '0.0000001', 'amount_too_precise'],
    ['元: 16 integer digits', '9999999999999999', '元', '10000000000000000', 'amount_too_large'],
    ['元: 2 decimals', '0.01', '元', '0.001', 'amount_too_precise'],
    ['a JSON number: 15 significant digits', 123456789.123456, undefined, 1234567890.123456, 'unsafe_number'],
  ] as const)('%s', (_name, ok, unit, bad, code) => {
    expect(issuesOf(carried(ok, unit))).toEqual([]);
    expect(issuesOf(carried(bad, unit))).toEqual(rejected(code));
  });
});
