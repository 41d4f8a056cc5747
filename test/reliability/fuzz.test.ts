/**
 * Fuzzing the entry points that take untrusted data: `safeEvaluateDepartment`, `loadRulePack`,
 * `validateIndicatorSystem` and `readDataText`. Whatever comes in — arbitrary JSON, arbitrary JS
 * values (Maps, Sets, boxed values, sparse arrays, null-prototype objects, bigints, symbols-free
 * anything), or the real fixture / rule pack / indicator system with one node replaced by
 * something random — the answer is `{ ok: true, value }` or `{ ok: false, issues }` with a
 * non-empty list of issues that each have a closed code, a path and a message. Never a throw.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeEvaluateDepartment } from '../../src/evaluate.js';
import type { Result } from '../../src/shared/issues.js';
import { readDataText } from '../../src/model/text.js';
import { CORE_RULE_PACK, loadRulePack } from '../../src/rules/index.js';
import { getBuiltInSystem, validateIndicatorSystem } from '../../src/scoring/index.js';
import { enyang, enyangText, expectWellFormedIssues, type Path, prototypeSnapshot, setAt } from './support.js';

/** Call `f`, failing with the input if it throws; check the result's shape. */
function expectResult(f: () => Result<unknown>): Result<unknown> {
  let r: Result<unknown>;
  try {
    r = f();
  } catch (e) {
    throw new Error(`threw instead of returning a result: ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}`);
  }
  expect(typeof r).toBe('object');
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) expect(r.value).toBeDefined();
  else expectWellFormedIssues(r.issues);
  return r;
}

const anything = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const jsonValue = fc.json({ maxDepth: 5 }).map((t) => JSON.parse(t) as unknown);

/** Every node (containers and leaves) of a JSON-like value, with its path; the root excluded. */
function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) allPaths((value as Record<string, unknown>)[k], [...path, k], out);
  return out;
}

const protoBefore = prototypeSnapshot();

describe('arbitrary values never make the entry points throw', () => {
  test('safeEvaluateDepartment(arbitrary JSON)', () => {
    fc.assert(
      fc.property(jsonValue, (v) => void expectResult(() => safeEvaluateDepartment(v))),
      { numRuns: 300 },
    );
  });

  test('safeEvaluateDepartment(arbitrary JS value), also as the options', () => {
    fc.assert(
      fc.property(anything, anything, anything, fc.constantFrom('zh-CN', 'en', 'fr', undefined, 42), (v, system, asOf, locale) => {
        expectResult(() => safeEvaluateDepartment(v));
        expectResult(() => safeEvaluateDepartment(enyang(), { system, locale: locale as never }));
        expectResult(() => safeEvaluateDepartment(enyang(), { asOf: asOf as never }));
      }),
      { numRuns: 100 },
    );
  });

  test('loadRulePack(arbitrary JSON, arbitrary JS value, arbitrary text)', () => {
    fc.assert(
      fc.property(jsonValue, anything, fc.string({ maxLength: 200, unit: 'grapheme' }), (j, a, s) => {
        expectResult(() => loadRulePack(j));
        expectResult(() => loadRulePack(a));
        expectResult(() => loadRulePack(s));
        expectResult(() => loadRulePack(s, { format: 'json' }));
      }),
      { numRuns: 300 },
    );
  });

  test('validateIndicatorSystem(arbitrary JSON, arbitrary JS value)', () => {
    fc.assert(
      fc.property(jsonValue, anything, (j, a) => {
        expectResult(() => validateIndicatorSystem(j));
        expectResult(() => validateIndicatorSystem(a));
      }),
      { numRuns: 300 },
    );
  });

  test('readDataText(arbitrary text) in both formats, then safeEvaluateDepartment', () => {
    const yamlish = fc.stringMatching(/^([-?:&*!|>'"#%@`{}[\],\n ]|[a-z0-9]){0,120}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), yamlish), (text) => {
        for (const format of ['json', 'yaml', undefined] as const) {
          const r = expectResult(() => readDataText(text, format ? { format } : {}));
          if (r.ok) expectResult(() => safeEvaluateDepartment(r.value));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('structurally close inputs: the real thing with one node replaced', () => {
  const fixturePaths = allPaths(enyang());
  const packPaths = allPaths(structuredClone(CORE_RULE_PACK));
  const system = getBuiltInSystem('enyang-2023');
  const systemPaths = allPaths(structuredClone(system));

  const replacement = fc.oneof(
    anything,
    jsonValue,
    fc.constantFrom<unknown>(Number.NaN, Infinity, -0, '', '-0', '1e999', '0x10', null, undefined, [], {}, true, '9'.repeat(40)),
  );

  test('the Enyang fixture with one node (leaf or subtree) replaced', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fixturePaths), replacement, (path, value) => {
        const data = enyang();
        setAt(data, path, value);
        if (expectResult(() => safeEvaluateDepartment(data)).ok) valid++;
      }),
      { numRuns: 200 },
    );
    expect(valid, 'some replacements are still valid input (e.g. a label → another string)').toBeGreaterThan(0);
  });

  test('the fixture as JSON text with one character replaced or deleted', () => {
    const text = enyangText();
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 1 })), (at, ch) => {
        const mutated = text.slice(0, at) + ch + text.slice(at + 1);
        const r = expectResult(() => readDataText(mutated));
        if (r.ok) expectResult(() => safeEvaluateDepartment(r.value));
      }),
      { numRuns: 100 },
    );
  });

  test('the core rule pack with one node replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packPaths), replacement, (path, value) => {
        const pack = structuredClone(CORE_RULE_PACK) as unknown;
        setAt(pack, path, value);
        const r = expectResult(() => loadRulePack(pack));
        // A pack that loads also runs.
        if (r.ok) expectResult(() => safeEvaluateDepartment(enyang(), { coreRules: false, rulePacks: [r.value as never] }));
      }),
      { numRuns: 200 },
    );
  });

  test('the enyang-2023 indicator system with one node replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...systemPaths), replacement, (path, value) => {
        const s = structuredClone(system) as unknown;
        setAt(s, path, value);
        expectResult(() => validateIndicatorSystem(s));
        // The same system passed straight to evaluate: validated there too, then scored.
        expectResult(() => safeEvaluateDepartment(enyang(), { system: s }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('after fuzzing', () => {
  test('no prototype gained a key', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toEqual(protoBefore);
  });
});
