/**
 * The one-pass parser (fastParse.ts) against its oracle, the original zod path (`parseWithZod`):
 *
 * - for valid inputs (the reference fixture, generated departments of random sizes, their 元 and
 *   allowUnknownCodes variants) the fast path must succeed and give, byte for byte, what zod gives;
 * - for randomly mutated versions of them (a key deleted, a value retyped, a malformed amount, an
 *   unknown or forbidden key, an out-of-range number, a too-long string, a shared object …) the
 *   fast path either bails or gives what zod gives; whenever zod rejects, it must have bailed;
 * - walking the zod schema itself: every key of every object shape must come out of the fast
 *   parser for an input that has them all, so a field added to the schema is never dropped.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { generateDepartment as generate } from '../../../bench/generate.mjs';
import { inferPrecision, parseWithZod, safeParseEvaluationInput } from '../parse.js';
import { buildEvaluationInputSchema, EvaluationInputSchema } from '../schema/input.js';
import { compileFastParser, type FastParseInfo, isSlug, KNOWN_PATTERNS } from './fastParse.js';
import { IdSchema } from '../schema/primitives.js';
import { fastSpecOf } from './fastSpec.js';

const generateDepartment = generate as (opts: { seed: string; lines: number }) => Record<string, unknown>;

const FIXTURE = JSON.parse(readFileSync('test/fixtures/enyang-administrative-approval-2022.json', 'utf8')) as Record<string, unknown>;

const fast = compileFastParser(EvaluationInputSchema);
/** The same parser without generated code (as under a CSP or `jitless`): every object uses the loop. */
const fastLoop = compileFastParser(EvaluationInputSchema, { generateCode: false });

/** The zod schema parse.ts uses for `data` (its unit and allowed codes). */
function oracleSchema(data: Record<string, unknown>) {
  const allow = data.allowUnknownCodes;
  if (allow === undefined && data.unit !== '元') return EvaluationInputSchema;
  const set = allow === true ? ('all' as const) : Array.isArray(allow) ? new Set(allow.filter((c): c is string => typeof c === 'string')) : new Set<string>();
  return buildEvaluationInputSchema(data.unit === '元' ? '元' : '万元', set);
}

/** Every object and array inside `v` (to check the output never aliases the input). */
function containers(v: unknown, out = new Set<object>()): Set<object> {
  if (typeof v === 'object' && v !== null && !out.has(v)) {
    out.add(v);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** JSON of `v` that survives cycles (a mutation may put an object inside itself) and shows undefined. */
function snapshot(v: unknown, ancestors: unknown[] = []): string {
  if (v === undefined) return 'undefined';
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? String(v);
  if (ancestors.includes(v)) return '[cycle]';
  const inner = [...ancestors, v];
  if (Array.isArray(v)) return `[${v.map((x) => snapshot(x, inner)).join(',')}]`;
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${snapshot((v as Record<string, unknown>)[k], inner)}`).join(',')}}`;
}

/**
 * The property every input must satisfy: the whole parse (fast path first) equals the zod path,
 * and when the fast parser does not bail, zod accepts and gives the same JSON, in new objects.
 * Returns whether the fast parser took the input.
 */
function agrees(data: unknown): boolean {
  const before = snapshot(data);
  const full = safeParseEvaluationInput(data);
  const viaZod = parseWithZod(data, 'zh-CN');
  expect(JSON.stringify(full)).toBe(JSON.stringify(viaZod));
  const en = safeParseEvaluationInput(data, { locale: 'en' });
  expect(JSON.stringify(en)).toBe(JSON.stringify(parseWithZod(data, 'en')));
  const f = fast(data);
  const g = fastLoop(data);
  expect(g === undefined).toBe(f === undefined);
  for (const out of [f, g]) {
    if (out === undefined) continue;
    const z = oracleSchema(data as Record<string, unknown>).safeParse(data);
    expect(z.success).toBe(true);
    expect(JSON.stringify(out)).toBe(JSON.stringify(z.data));
    const inputs = containers(data);
    for (const o of containers(out)) expect(inputs.has(o)).toBe(false);
  }
  expect(snapshot(data)).toBe(before); // never mutated
  return f !== undefined;
}

/** Valid inputs: the fixture, generated departments, and their 元 / allowUnknownCodes variants. */
const validInput = fc.oneof(
  fc.constant(FIXTURE),
  fc.record({ seed: fc.string({ maxLength: 8 }), lines: fc.integer({ min: 1, max: 40 }) }).map(({ seed, lines }) => generateDepartment({ seed, lines })),
);
const variant = fc.constantFrom<(d: Record<string, unknown>) => Record<string, unknown>>(
  (d) => d,
  (d) => ({ ...d, unit: '元' }),
  (d) => ({ ...d, unit: '万元' }),
  (d) => {
    const { unit: _unit, ...rest } = d;
    return rest;
  },
  (d) => ({ ...d, allowUnknownCodes: true }),
  (d) => ({ ...d, allowUnknownCodes: ['999', '30100', '2019999'] }),
  (d) => ({ ...d, unit: '元', allowUnknownCodes: [] }),
  (d) => ({ ...d, precision: 2 }),
);

describe('fast parser', () => {
  test('compiles from the input schema (a node it does not know would switch the fast path off)', () => {
    expect(() => compileFastParser(EvaluationInputSchema)).not.toThrow();
    expect(() => compileFastParser(EvaluationInputSchema, { generateCode: false })).not.toThrow();
    expect(() => compileFastParser(buildEvaluationInputSchema('元', 'all'))).not.toThrow();
  });

  test('valid inputs: the fast path takes them and gives exactly what zod gives', () => {
    fc.assert(
      fc.property(validInput, variant, (d, v) => {
        const data = v(clone(d));
        expect(agrees(data)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  test('mutated inputs: the fast path bails or agrees with zod; it never accepts what zod rejects', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(validInput, variant, fc.array(mutation, { minLength: 1, maxLength: 3 }), (d, v, ms) => {
        const data = v(clone(d));
        for (const m of ms) m(data);
        runs++;
        if (agrees(data)) taken++;
      }),
      { numRuns: 250 },
    );
    // Not vacuous: some mutations leave the input valid (a value replaced by a valid one, an
    // optional key deleted), and the fast path must take those.
    expect(taken).toBeGreaterThan(runs / 20);
  }, 300_000);

  test('the precision noted in the one pass is what inferPrecision finds by walking the raw ledger', () => {
    // Decimals anywhere under `ledger` count, not only in amounts: ids, names and labels that look
    // like decimals, numbers (元 amounts, "1.5e+21"), trailing zeros. The fast parser notes them on
    // the way; inferPrecision (the zod path's, and the original) walks the raw ledger again.
    const text = fc.oneof(
      fc.tuple(fc.nat({ max: 99999 }), fc.stringMatching(/^[0-9]{1,9}$/)).map(([i, f]) => `${i}.${f}`),
      fc.stringMatching(/^-?[0-9]{1,3}\.[0-9]{0,8}$/),
      fc.constantFrom('a1.5', '1.25', '0.000', '12.500000', 'l-1.2345678', '3.', '.5', '1e-7', '名称 1.23'),
    );
    const num = fc.oneof(
      fc.tuple(fc.nat({ max: 10_000_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000, 1_000_000)).map(([n, d]) => n / d),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1.5e21, 1e21, 1e-7, 1.5e-7, 12.5, 0.125, -0),
    );
    const replace = fc.tuple(fc.nat(), fc.oneof(text, num)).map(([i, r]) => (d: Record<string, unknown>) => {
      const ps = paths(d).filter((p) => p[0] === 'ledger');
      const [parent, key] = parentOf(d, ps[i % ps.length] as Path);
      if (typeof parent[key] === 'string' || typeof parent[key] === 'number') parent[key] = r;
    });
    let taken = 0;
    let nonZero = 0;
    let runs = 0;
    fc.assert(
      fc.property(validInput, variant, fc.array(replace, { minLength: 1, maxLength: 4 }), (d, v, ms) => {
        const data = v(clone(d));
        delete data.precision;
        for (const m of ms) m(data);
        runs++;
        for (const parse of [fast, fastLoop]) {
          const info: FastParseInfo = { ledgerDecimals: -2 };
          if (parse(data, info) === undefined) continue;
          const expected = inferPrecision(data.ledger);
          expect(info.ledgerDecimals).toBe(expected);
          if (parse === fast) taken++;
          if (expected > 2) nonZero++;
        }
        agrees(data);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: many replacements are valid (a name, a 元 amount, an amount with more decimals).
    expect(taken).toBeGreaterThan(runs / 10);
    expect(nonZero).toBeGreaterThan(runs / 40);
  }, 300_000);

  test('hostile shapes bail to the zod path', () => {
    const proto = JSON.parse(JSON.stringify(FIXTURE).replace('"report":{', '"report":{"__proto__":{"x":1},')) as unknown;
    const nullProto = Object.assign(Object.create(null) as object, clone(FIXTURE));
    class Box {
      constructor(readonly v: number) {}
    }
    const classy = { ...clone(FIXTURE), report: Object.assign(new Box(1), (FIXTURE as { report: object }).report) };
    const undef = { ...clone(FIXTURE), claimed: undefined };
    const deep = clone(FIXTURE);
    (deep.ledger as { note?: unknown }).note = JSON.parse('['.repeat(40) + ']'.repeat(40)) as unknown;
    const long = clone(FIXTURE);
    (long.report as { conclusion: string }).conclusion = 'x'.repeat(100_001);
    for (const d of [proto, classy, undef, deep, long, [], null, 'x', 1, new Date()]) {
      expect(fast(d)).toBeUndefined();
      expect(fastLoop(d)).toBeUndefined();
      agrees(d);
    }
    // A null-prototype object is an object to zod too.
    expect(agrees(nullProto)).toBe(true);
    // Shared references (YAML aliases) are fine, and the output does not share them.
    const shared = clone(FIXTURE);
    const lines = (shared.ledger as { expenditure: { lines: object[] } }).expenditure.lines;
    lines[1] = lines[0] as object;
    expect(agrees(shared)).toBe(true);
  });
});

// ───────────── mutations ─────────────

type Path = (string | number)[];

/** Paths of every value inside `v`, containers included (not the root); a cycle is not followed. */
function paths(v: unknown, at: Path = [], out: Path[] = [], ancestors: unknown[] = []): Path[] {
  if (typeof v === 'object' && v !== null && !ancestors.includes(v)) {
    for (const [k, x] of Object.entries(v)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(x, p, out, [...ancestors, v]);
    }
  }
  return out;
}

function parentOf(root: Record<string, unknown>, path: Path): [Record<string | number, unknown>, string | number] {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  return [node, path[path.length - 1] as string | number];
}

/** Replacement values: wrong types, malformed and edge-case amounts, out-of-range numbers, bad codes … */
const REPLACEMENTS: unknown[] = [
  null, undefined, true, false, 0, -0, 1, -1, 1.5, 1e10, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY, 1989, 2101,
  '', 'a', 'A-b', '0', '-0', '-0.00', '1.', '.5', '01', '1e3', ' 1', '1.2345678', '12345678901234', '-1', '-1.5', '12.50', '0.000001',
  '201', '30101', '999', '30100', '2019999', '20103', '2023-02-30', '2023-01-31', 'county', 'basic', 'project', 'self', 'stated',
  [], ['a'], {}, { x: 1 }, 'x'.repeat(501), 'x'.repeat(100_001),
];

const mutation: fc.Arbitrary<(d: Record<string, unknown>) => void> = fc.oneof(
  // delete a key (or an array item)
  fc.nat().map((i) => (d: Record<string, unknown>) => {
    const ps = paths(d);
    const [parent, key] = parentOf(d, ps[i % ps.length] as Path);
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  }),
  // retype / replace a value
  fc.tuple(fc.nat(), fc.nat({ max: REPLACEMENTS.length - 1 })).map(([i, r]) => (d: Record<string, unknown>) => {
    const ps = paths(d);
    const [parent, key] = parentOf(d, ps[i % ps.length] as Path);
    parent[key] = REPLACEMENTS[r];
  }),
  // replace a value by another value of the input (a shared reference, or a valid swap)
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (d: Record<string, unknown>) => {
    const ps = paths(d);
    const [parent, key] = parentOf(d, ps[i % ps.length] as Path);
    const [from, fromKey] = parentOf(d, ps[j % ps.length] as Path);
    parent[key] = from[fromKey];
  }),
  // an unknown or forbidden key on some object
  fc.tuple(fc.nat(), fc.constantFrom('extra', 'constructor', 'prototype', 'toString', 'notes', '__proto__')).map(([i, name]) => (d: Record<string, unknown>) => {
    const objects = [d, ...paths(d).map((p) => parentOf(d, p)).map(([o, k]) => o[k])].filter(
      (o): o is Record<string, unknown> => typeof o === 'object' && o !== null && !Array.isArray(o),
    );
    const o = objects[i % objects.length] as Record<string, unknown>;
    Object.defineProperty(o, name, { value: 1, enumerable: true, configurable: true, writable: true });
  }),
  // an amount written as a number
  fc.tuple(fc.nat(), fc.constantFrom(0, 12.5, 576.08, 1e-7, 123456789012)).map(([i, n]) => (d: Record<string, unknown>) => {
    const ps = paths(d).filter((p) => ['amount', 'total', 'carriedIn', 'actual', 'budget', 'value', 'deduction'].includes(String(p[p.length - 1])));
    if (ps.length === 0) return;
    const [parent, key] = parentOf(d, ps[i % ps.length] as Path);
    if (typeof parent[key] === 'string') parent[key] = n;
  }),
);

// ───────────── the schema's own keys ─────────────

interface Node {
  readonly _zod: { readonly def: Record<string, unknown> & { readonly type: string }; readonly values?: ReadonlySet<unknown> };
  readonly safeParse: (v: unknown) => { success: boolean };
}

/** Every key path of every object shape in the schema ("ledger.expenditure.lines[].amount"). */
function schemaKeyPaths(node: Node, at: string, out: Set<string>): Set<string> {
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      for (const [k, child] of Object.entries(def.shape as Record<string, Node>)) {
        const p = at ? `${at}.${k}` : k;
        out.add(p);
        schemaKeyPaths(child, p, out);
      }
      break;
    case 'optional':
    case 'default':
      schemaKeyPaths(def.innerType as Node, at, out);
      break;
    case 'array':
      schemaKeyPaths(def.element as Node, `${at}[]`, out);
      break;
    case 'union':
      for (const o of def.options as Node[]) schemaKeyPaths(o, at, out);
      break;
    case 'pipe':
      schemaKeyPaths(def.in as Node, at, out);
      schemaKeyPaths(def.out as Node, at, out);
      break;
  }
  return out;
}

/** Key paths present in a parsed value. */
function valueKeyPaths(v: unknown, at: string, out: Set<string>): Set<string> {
  if (Array.isArray(v)) for (const x of v) valueKeyPaths(x, `${at}[]`, out);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      const p = at ? `${at}.${k}` : k;
      out.add(p);
      valueKeyPaths(x, p, out);
    }
  }
  return out;
}

/** Leaf candidates: the first one the leaf's own schema accepts is used. */
const LEAVES: unknown[] = ['a', '2023-01-31', '201', '301', '1.5', 1, 2000, true, false];

/**
 * Valid values for `node` with every optional key present (`full`) or none (`!full`). Arrays get
 * one item, or one per way of satisfying a registered refine (so every key shows up somewhere).
 */
function sample(node: Node, full: boolean): unknown[] {
  const def = node._zod.def;
  const spec = fastSpecOf(node);
  if (def.type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(def.shape as Record<string, Node>)) {
      const t = child._zod.def.type;
      if ((t === 'optional' || t === 'default') && !full) continue;
      out[k] = sample(t === 'optional' || t === 'default' ? (child._zod.def.innerType as Node) : child, full)[0];
    }
    if (spec?.kind !== 'refine') return [out];
    // Drop one optional key at a time until the refinement holds: one sample per way.
    const ways = Object.keys(out)
      .map((k) => {
        const { [k]: _dropped, ...rest } = out;
        return rest;
      })
      .filter((o) => node.safeParse(o).success);
    return node.safeParse(out).success ? [out] : ways;
  }
  if (def.type === 'array') return [sample(def.element as Node, full)];
  if (def.type === 'optional' || def.type === 'default') return sample(def.innerType as Node, full);
  const values = node._zod.values ? [...node._zod.values] : [];
  const leaf = [...values, ...LEAVES].find((v) => node.safeParse(v).success);
  if (leaf === undefined) throw new Error(`no sample value for a ${def.type} node`);
  return [leaf];
}

describe('fast parser knows every key of the schema', () => {
  const schemaKeys = schemaKeyPaths(EvaluationInputSchema as unknown as Node, '', new Set());

  test('an input with every key: the fast parser gives every key, as zod does', () => {
    const full = sample(EvaluationInputSchema as unknown as Node, true)[0];
    const z = EvaluationInputSchema.safeParse(full);
    expect(z.success).toBe(true);
    const f = fast(full);
    expect(f).toBeDefined();
    expect(JSON.stringify(f)).toBe(JSON.stringify(z.data));
    expect(JSON.stringify(fastLoop(full))).toBe(JSON.stringify(z.data));
    const missing = [...schemaKeys].filter((k) => !valueKeyPaths(f, '', new Set()).has(k));
    expect(missing).toEqual([]);
  });

  test('an input with only the required keys: the same defaults as zod', () => {
    const minimal = sample(EvaluationInputSchema as unknown as Node, false)[0];
    const z = EvaluationInputSchema.safeParse(minimal);
    expect(z.success).toBe(true);
    expect(JSON.stringify(fast(minimal))).toBe(JSON.stringify(z.data));
    expect(JSON.stringify(fastLoop(minimal))).toBe(JSON.stringify(z.data));
  });
});

describe('hand-written pattern tests', () => {
  const ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

  test('IdSchema still uses the pattern isSlug stands for', () => {
    const checks = (IdSchema as unknown as { _zod: { def: { checks: { _zod: { def: { pattern?: RegExp } } }[] } } })._zod.def.checks;
    const pattern = checks.map((c) => c._zod.def.pattern).find((p) => p instanceof RegExp);
    expect(pattern?.source).toBe(ID.source);
    expect(KNOWN_PATTERNS.get(ID.source)).toBe(isSlug);
  });

  test('isSlug agrees with the regex (property)', () => {
    const char = fc.constantFrom(...'az09._-AZ/ \n\u00e9\u4e00@`{'.split(''), 'a', 'z', '0', '9');
    const text = fc.oneof(
      fc.array(char, { maxLength: 135 }).map((cs) => cs.join('')),
      fc.string({ maxLength: 140 }),
      fc.integer({ min: 120, max: 135 }).map((n) => 'a'.repeat(n)),
    );
    fc.assert(
      fc.property(text, (v) => {
        expect(isSlug(v)).toBe(ID.test(v));
      }),
      { numRuns: 5000 },
    );
    for (const v of ['', 'a', '0', '.a', '-a', '_a', 'a.', 'a-b_c.d', 'A', 'a\n', '\na', 'a'.repeat(128), 'a'.repeat(129)]) expect(isSlug(v)).toBe(ID.test(v));
  });
});
