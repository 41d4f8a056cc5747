/**
 * A one-pass parser for input that is already valid — the common case — beside the zod schema.
 *
 * Why: zod runs its per-node machinery (payloads, issue arrays, pipes, checks, catch-all key
 * handling) for every value, and `scanInput` walked the whole input once more before it; together
 * they were about a third of an evaluation. This parser walks the input once, checks what the
 * schema checks, and builds the same value zod builds: the same keys in shape order, the same
 * defaults (read from the schema's own `defaultValue`), the same canonical amounts, new objects
 * and arrays. It never reports anything: on any value it is not certain about it returns
 * `undefined`, and `safeParseEvaluationInput` runs `scanInput` and zod exactly as before, so every
 * rejection (codes, paths, messages, locales) comes from the original path.
 *
 * The parser is compiled from the zod schema itself (`EvaluationInputSchema`), not written by
 * hand, so a field added to the schema is parsed here too. What zod cannot describe — the amount
 * transform, the decimal transform, the code and date refinements, the assessment refine — is
 * registered next to the schema with a {@link FastSpec}; a schema node this compiler does not know
 * (another transform, a custom check, a catch-all, a new zod node type) makes compilation throw, so
 * the fast path switches itself off and the test in fastParse.test.ts fails.
 *
 * The same compiled parser serves every `unit` and `allowUnknownCodes`: the schemas built for them
 * differ from `EvaluationInputSchema` only in how amounts and codes are read, and those come from
 * the call's context. Property tests (fastParse.test.ts) compare the output with zod's, for valid,
 * mutated, 元 and allowUnknownCodes inputs.
 *
 * It also stands in for `scanInput` when it succeeds: it accepts only keys of the schema (none
 * forbidden, checked when compiling), only strings and arrays within the input limits, nesting no
 * deeper than the schema's (checked when compiling), and it counts values like `scanInput` does.
 *
 * @internal
 */
import * as z from 'zod';
import { codeProblem, isValidDate } from '../schema/primitives.js';
import { canonicalWanYuanText, type MoneyUnit, readMoney } from '../money/money.js';
import { type FastSpec, fastSpecOf } from './fastSpec.js';
import { FORBIDDEN_KEYS, INPUT_LIMITS } from '../../shared/scan.js';

/** Returned by a node parser when the fast path is not certain; the zod path then runs. */
const BAIL: unique symbol = Symbol('bail');
type Bail = typeof BAIL;

/**
 * What amounts and codes depend on, the count of values seen (as `scanInput` counts them), and the
 * most decimals written in any value under `ledger` (see {@link noteDecimals}).
 */
interface Ctx {
  readonly unit: MoneyUnit;
  readonly allowUnknown: ReadonlySet<string> | 'all';
  nodes: number;
  decimals: number;
}

/**
 * What a successful fast parse also learned about the input, for `safeParseEvaluationInput`.
 * @internal
 */
export interface FastParseInfo {
  /**
   * The reporting precision `inferPrecision` would infer from the raw `ledger`: the most decimals
   * written in any string or number under it, at most 6; -1 when the input is too large for the
   * two to be certain to agree (then the caller walks the ledger itself).
   */
  ledgerDecimals: number;
}

/** `inferPrecision`'s test for a string amount (parse.ts); kept identical. */
const DECIMAL_TEXT = /^-?\d+\.\d+$/;

/** `inferPrecision` stops after this many values (parse.ts); above it the fast path defers to it. */
const PRECISION_BUDGET = 1_000_000;

/**
 * Record the decimals written in one raw value under `ledger`, exactly as `inferPrecision`
 * (parse.ts) counts them. Why here: the reporting precision used to be a second walk over the whole
 * raw ledger after parsing it; every raw scalar under `ledger` passes through a leaf parser once, so
 * the one pass can take the same maximum on the way (a value noted in a union option that then
 * fails is still a raw value under `ledger`, so it counts for `inferPrecision` too).
 * fastParse.test.ts checks the two agree, including for decimals hidden in ids, names and numbers.
 */
function noteDecimals(v: unknown, ctx: Ctx): void {
  if (typeof v === 'string') {
    const dot = v.indexOf('.');
    if (dot > 0 && v.length - dot - 1 > ctx.decimals && DECIMAL_TEXT.test(v)) ctx.decimals = v.length - dot - 1;
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    // `String(v).split('.')[1]`: an integer below 1e21 prints without a '.', larger ones may not ("1.5e+21").
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return;
    const s = String(v);
    const dot = s.indexOf('.');
    if (dot >= 0 && s.length - dot - 1 > ctx.decimals) ctx.decimals = s.length - dot - 1;
  }
}

/** Wrap the parser of a scalar under `ledger` so that it notes the raw value's decimals. */
function noting(parse: NodeParser): NodeParser {
  const noted: NodeParser = (v, ctx) => {
    noteDecimals(v, ctx);
    return parse(v, ctx);
  };
  const test = INLINE_TEST.get(parse);
  // Inline, a string without a '.' after its first character (most ids and names) skips the call.
  if (test !== undefined) INLINE_TEST.set(noted, `((typeof x === "string" && x.indexOf(".") <= 0) || N(x, ctx), ${test})`);
  return noted;
}

/** Parse one present (not undefined) value, or bail. */
type NodeParser = (value: unknown, ctx: Ctx) => unknown;

/** Minimal view of a zod schema node: `_zod.def` is zod 4's public definition object. */
interface ZodLike {
  readonly _zod: { readonly def: ZodDef; readonly values?: ReadonlySet<unknown> };
}
interface ZodCheck {
  readonly _zod: { readonly def: { readonly check: string; readonly [k: string]: unknown } };
}
interface ZodDef {
  readonly type: string;
  readonly checks?: readonly ZodCheck[];
  readonly [k: string]: unknown;
}

const REQUIRED = 0;
const OPTIONAL = 1;
const DEFAULTED = 2;

interface Field {
  readonly key: string;
  readonly mode: typeof REQUIRED | typeof OPTIONAL | typeof DEFAULTED;
  readonly parse: NodeParser;
  /** For DEFAULTED: the zod default node, whose `defaultValue` getter gives zod's own fresh copy. */
  readonly defaults: ZodDef | undefined;
}

class Unsupported extends Error {}

function unsupported(path: readonly string[], what: string): never {
  throw new Unsupported(`fast parser: ${what} at ${path.join('.') || '(root)'}`);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** The checks of a node, by kind; any kind not listed in `allowed` is unsupported. */
function checksOf(def: ZodDef, allowed: readonly string[], path: readonly string[]): ZodCheck['_zod']['def'][] {
  const out = (def.checks ?? []).map((c) => c._zod.def);
  for (const c of out) if (!allowed.includes(c.check)) unsupported(path, `check "${c.check}" on a ${def.type}`);
  return out;
}

/**
 * `IdSchema`'s pattern `^[a-z0-9][a-z0-9._-]{0,127}$` as a loop over char codes. Every line, task,
 * output and assessment has an id; calling into the regex engine for each was a visible share of
 * parsing, and the loop is several times cheaper on such short strings. fastParse.test.ts checks
 * it against the regex. @internal
 */
export function isSlug(v: string): boolean {
  const n = v.length;
  if (n < 1 || n > 128) return false;
  let c = v.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  for (let i = 1; i < n; i++) {
    c = v.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 45)) return false;
  }
  return true;
}

/** Hand-written tests for regex patterns (by source, no flags) the schema uses on many values. @internal */
export const KNOWN_PATTERNS: ReadonlyMap<string, (v: string) => boolean> = new Map([['^[a-z0-9][a-z0-9._-]{0,127}$', isSlug]]);

function compileString(def: ZodDef, path: readonly string[]): NodeParser {
  let min = 0;
  // Never accept a string `scanInput` would reject, whatever the schema allows.
  let max: number = INPUT_LIMITS.maxStringLength;
  const patterns: RegExp[] = [];
  for (const c of checksOf(def, ['min_length', 'max_length', 'string_format'], path)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum as number);
    else if (c.check === 'max_length') max = Math.min(max, c.maximum as number);
    else {
      const pattern = c.pattern as RegExp | undefined;
      if (c.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) unsupported(path, `string format "${String(c.format)}"`);
      patterns.push(pattern);
    }
  }
  const [pattern, ...more] = patterns;
  if (more.length > 0) unsupported(path, 'more than one pattern');
  if (pattern) {
    const known = pattern.flags === '' ? KNOWN_PATTERNS.get(pattern.source) : undefined;
    if (known) return (v) => (typeof v === 'string' && v.length >= min && v.length <= max && known(v) ? v : BAIL);
    return (v) => (typeof v === 'string' && v.length >= min && v.length <= max && pattern.test(v) ? v : BAIL);
  }
  return withInlineTest(
    (v) => (typeof v === 'string' && v.length >= min && v.length <= max ? v : BAIL),
    `typeof x === "string" && x.length >= ${bound(min)} && x.length <= ${bound(max)}`,
  );
}

function compileNumber(def: ZodDef, path: readonly string[]): NodeParser {
  let int = false;
  if (def.check === 'number_format') {
    if (def.format !== 'safeint') unsupported(path, `number format "${String(def.format)}"`);
    int = true;
  }
  let lo = -Infinity;
  let hi = Infinity;
  for (const c of checksOf(def, ['greater_than', 'less_than'], path)) {
    if (c.inclusive !== true) unsupported(path, 'an exclusive bound');
    if (c.check === 'greater_than') lo = Math.max(lo, c.value as number);
    else hi = Math.min(hi, c.value as number);
  }
  if (int) {
    return withInlineTest(
      (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= lo && v <= hi ? v : BAIL),
      `typeof x === "number" && Number.isSafeInteger(x) && x >= ${bound(lo)} && x <= ${bound(hi)}`,
    );
  }
  return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : BAIL);
}

/** The parser for a node registered with a {@link FastSpec}. */
function compileSpec(spec: FastSpec, node: ZodLike, path: readonly string[], depth: number): NodeParser {
  const def = node._zod.def;
  switch (spec.kind) {
    case 'money': {
      const out = def.out as ZodLike | undefined;
      if (def.type !== 'pipe' || (def.in as ZodLike)._zod.def.type !== 'unknown' || out?._zod.def.type !== 'transform') unsupported(path, 'a money spec on another node');
      const allowNegative = spec.allowNegative;
      if (path[0] === LEDGER) {
        // Under `ledger` (most amounts), noting the decimals here rather than through `noting`'s
        // extra call: a string canonicalWanYuanText accepts is `-?digits(.digits)?`, so it matches
        // inferPrecision's DECIMAL_TEXT exactly when it has a '.', and the decimals are what follows.
        return (v, ctx) => {
          if (typeof v === 'string' && ctx.unit === '万元') {
            const y = canonicalWanYuanText(v, allowNegative);
            if (y === undefined) return BAIL;
            const dot = v.indexOf('.');
            if (dot > 0 && v.length - dot - 1 > ctx.decimals) ctx.decimals = v.length - dot - 1;
            return y;
          }
          noteDecimals(v, ctx);
          const r = readMoney(v, { unit: ctx.unit, allowNegative });
          return r.ok ? r.value : BAIL;
        };
      }
      return (v, ctx) => {
        if (typeof v === 'string' && ctx.unit === '万元') return canonicalWanYuanText(v, allowNegative) ?? BAIL;
        const r = readMoney(v, { unit: ctx.unit, allowNegative });
        return r.ok ? r.value : BAIL;
      };
    }
    case 'decimal':
      if (def.type !== 'pipe') unsupported(path, 'a decimal spec on another node');
      return (v) => {
        if (typeof v === 'string') return canonicalWanYuanText(v, true) ?? BAIL;
        if (typeof v !== 'number') return BAIL;
        const r = readMoney(v, { unit: '万元', allowNegative: true });
        return r.ok ? r.value : BAIL;
      };
    case 'code': {
      if (def.type !== 'string') unsupported(path, 'a code spec on another node');
      checksOf(def, ['custom'], path);
      const catalog = spec.catalog;
      return (v, ctx) => (typeof v === 'string' && codeProblem(catalog, v, ctx.allowUnknown) === undefined ? v : BAIL);
    }
    case 'date':
      if (def.type !== 'string') unsupported(path, 'a date spec on another node');
      checksOf(def, ['custom'], path);
      return (v) => (typeof v === 'string' && isValidDate(v) ? v : BAIL);
    case 'refine': {
      if (def.type !== 'object' || checksOf(def, ['custom'], path).length !== 1) unsupported(path, 'a refine spec on another node');
      const predicate = spec.predicate as (value: unknown) => boolean;
      const parseObject = compileObject(def, path, depth, true);
      return (v, ctx) => {
        const out = parseObject(v, ctx);
        return out !== BAIL && predicate(out) ? out : BAIL;
      };
    }
  }
}

/**
 * For a leaf that keeps the value unchanged: a JS expression over `x`, true when the leaf accepts `x`.
 * Object parsers inline it instead of calling the leaf's parser (most values are such leaves).
 */
const INLINE_TEST = new WeakMap<NodeParser, string>();

function withInlineTest(parser: NodeParser, test: string): NodeParser {
  INLINE_TEST.set(parser, test);
  return parser;
}

const bound = (n: number): string => (Number.isFinite(n) ? String(n) : n > 0 ? 'Infinity' : '-Infinity');

/**
 * `refined`: the object's one custom check is a registered refine, applied by the caller.
 *
 * Every object schema gets a generated parser (`new Function`), the way zod's own JIT does it: a
 * shared loop over the keys makes every property read and write a megamorphic keyed access, which
 * was most of the fast path's cost. Only the schema's own keys (as JSON string literals) and
 * numeric bounds go into the source. This once applied only to objects inside arrays, on the
 * theory that a generated function for an object met once per input (report, department, ledger …)
 * costs more to compile than it saves; but the parsers are compiled once per process and called on
 * every input, and with the shared loop those ~20 objects cost as much as all the ledger lines
 * (bench/instructions.mjs parse). Where zod itself does not generate code
 * (`z.config({ jitless: true })`, a CSP), every object uses the loop.
 */
function compileObject(def: ZodDef, path: readonly string[], depth: number, refined = false): NodeParser {
  if (depth >= INPUT_LIMITS.maxDepth) unsupported(path, 'nesting deeper than INPUT_LIMITS.maxDepth');
  const catchall = def.catchall as ZodLike | undefined;
  if (catchall?._zod.def.type !== 'never') unsupported(path, 'an object that is not strict');
  if (!refined) checksOf(def, [], path);
  const shape = def.shape as Record<string, ZodLike>;
  if (Object.getOwnPropertySymbols(shape).length > 0) unsupported(path, 'a symbol key');
  const fields: Field[] = Object.keys(shape).map((key) => {
    // Only keys that cannot reach a prototype: the parser reads them as plain properties.
    if (FORBIDDEN_KEYS.has(key) || key in Object.prototype) unsupported([...path, key], 'a key inherited from Object.prototype');
    const at = [...path, key];
    const node = shape[key] as ZodLike;
    const d = node._zod.def;
    if (d.type === 'optional' || d.type === 'default') {
      const inner = d.innerType as ZodLike;
      const innerType = inner._zod.def.type;
      if (innerType === 'optional' || innerType === 'default') unsupported(at, `${d.type} of ${innerType}`);
      return { key, mode: d.type === 'optional' ? OPTIONAL : DEFAULTED, parse: compileNode(inner, at, depth + 1), defaults: d.type === 'default' ? d : undefined };
    }
    return { key, mode: REQUIRED, parse: compileNode(node, at, depth + 1), defaults: undefined };
  });
  return generateCode && path.includes('[]') ? generatedObjectParser(fields) : loopObjectParser(fields);
}

/** The generic parser of an object: one loop over the schema's keys. */
function loopObjectParser(fields: readonly Field[]): NodeParser {
  const count = fields.length;
  return (v, ctx) => {
    if (!isPlainObject(v)) return BAIL;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < count; i++) {
      const f = fields[i] as Field;
      const x = v[f.key];
      if (x === undefined) {
        // Absent: bail when required, zod's own default when defaulted (its getter returns a fresh
        // shallow copy, as zod does), nothing when optional. A key present with the value undefined
        // is caught by the key count below.
        if (f.mode === REQUIRED) return BAIL;
        if (f.mode === DEFAULTED) out[f.key] = (f.defaults as ZodDef).defaultValue;
        continue;
      }
      const y = f.parse(x, ctx);
      if (y === BAIL) return BAIL;
      out[f.key] = y;
      present++;
    }
    // Every enumerable key (own or inherited) must be one just read with a value: otherwise there is
    // an unknown key, or a key whose value is undefined, which zod treats in ways not worth copying.
    let keys = 0;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    for (const _key in v) keys++;
    if (keys !== present) return BAIL;
    ctx.nodes += present;
    return out;
  };
}

/** The generated parser of an object: the same steps as {@link loopObjectParser}, unrolled. */
function generatedObjectParser(fields: readonly Field[]): NodeParser {
  const code: string[] = ['if (!isPlainObject(v)) return BAIL;', 'const out = {};', 'let x, y, present = 0;'];
  fields.forEach((f, i) => {
    const k = JSON.stringify(f.key);
    const test = INLINE_TEST.get(f.parse);
    const take = test !== undefined ? `if (!(${test})) return BAIL; out[${k}] = x;` : `y = P[${i}](x, ctx); if (y === BAIL) return BAIL; out[${k}] = y;`;
    const absent = f.mode === REQUIRED ? 'return BAIL;' : f.mode === DEFAULTED ? `out[${k}] = D[${i}].defaultValue;` : '';
    code.push(`x = v[${k}]; if (x === undefined) { ${absent} } else { ${take} present++; }`);
  });
  code.push('let keys = 0; for (const _ in v) keys++;', 'if (keys !== present) return BAIL;', 'ctx.nodes += present;', 'return out;');
  const factory = new Function('P', 'D', 'BAIL', 'isPlainObject', 'N', `return function parseObject(v, ctx) {\n${code.join('\n')}\n};`) as (...a: unknown[]) => unknown;
  return factory(
    fields.map((f) => f.parse),
    fields.map((f) => f.defaults),
    BAIL,
    isPlainObject,
    noteDecimals,
  ) as NodeParser;
}

/**
 * Whether the compilation under way may generate code: as zod decides for its own JIT (not under
 * `z.config({ jitless: true })`, nor where a CSP forbids `new Function`). Without it every object
 * uses the loop parser: slower, still one pass.
 */
let generateCode = false;

function compileArray(def: ZodDef, path: readonly string[], depth: number): NodeParser {
  if (depth >= INPUT_LIMITS.maxDepth) unsupported(path, 'nesting deeper than INPUT_LIMITS.maxDepth');
  let max: number = INPUT_LIMITS.maxArrayLength;
  let min = 0;
  for (const c of checksOf(def, ['max_length', 'min_length'], path)) {
    if (c.check === 'max_length') max = Math.min(max, c.maximum as number);
    else min = Math.max(min, c.minimum as number);
  }
  const element = def.element as ZodLike;
  const et = element._zod.def.type;
  if (et === 'optional' || et === 'default') unsupported(path, `an array of ${et}`);
  const parseElement = compileNode(element, [...path, '[]'], depth + 1);
  return (v, ctx) => {
    if (!Array.isArray(v)) return BAIL;
    const n = v.length;
    if (n > max || n < min) return BAIL;
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const y = parseElement(v[i], ctx);
      if (y === BAIL) return BAIL;
      out.push(y);
    }
    ctx.nodes += n;
    return out;
  };
}

/** The root key whose raw values `inferPrecision` reads (parse.ts). */
const LEDGER = 'ledger';

/**
 * Compile one schema node into a parser; throws {@link Unsupported} for anything not understood.
 * Scalars under `ledger` also note their decimals ({@link noteDecimals}).
 */
function compileNode(node: ZodLike, path: readonly string[], depth: number): NodeParser {
  const parse = compileAnyNode(node, path, depth);
  if (path[0] !== LEDGER) return parse;
  const spec = fastSpecOf(node);
  const def = node._zod.def;
  // Containers pass their scalars on; amounts note their own decimals (compileSpec). A value these
  // leaves accept never has decimals to note: a boolean, a safe integer (below 1e21, printed
  // without a '.'), or an enum value without any (checked here); a value they reject either makes
  // the whole parse bail or is accepted, and noted, by another option of a union.
  if (spec?.kind === 'refine' || spec?.kind === 'money' || def.type === 'object' || def.type === 'array' || def.type === 'union') return parse;
  if (def.type === 'boolean' || (def.type === 'number' && def.check === 'number_format' && def.format === 'safeint')) return parse;
  if ((def.type === 'enum' || def.type === 'literal') && spec === undefined) {
    const probe: Ctx = { unit: '万元', allowUnknown: 'all', nodes: 0, decimals: 0 };
    for (const value of node._zod.values ?? []) noteDecimals(value, probe);
    if (probe.decimals === 0) return parse;
  }
  return noting(parse);
}

function compileAnyNode(node: ZodLike, path: readonly string[], depth: number): NodeParser {
  const spec = fastSpecOf(node);
  if (spec !== undefined) return compileSpec(spec, node, path, depth);
  const def = node._zod.def;
  switch (def.type) {
    case 'object':
      return compileObject(def, path, depth);
    case 'array':
      return compileArray(def, path, depth);
    case 'string':
      return compileString(def, path);
    case 'number':
      return compileNumber(def, path);
    case 'boolean':
      checksOf(def, [], path);
      return withInlineTest((v) => (typeof v === 'boolean' ? v : BAIL), 'typeof x === "boolean"');
    case 'enum':
    case 'literal': {
      checksOf(def, [], path);
      const values = node._zod.values;
      if (!values || [...values].some((x) => typeof x === 'string' && x.length > INPUT_LIMITS.maxStringLength)) unsupported(path, `a ${def.type} without values`);
      return (v) => (values.has(v) ? v : BAIL);
    }
    case 'union': {
      checksOf(def, [], path);
      // zod takes the first option that succeeds; every option parser here is exact for present
      // values (it bails only where zod fails), so trying them in order picks the same option.
      const options = (def.options as ZodLike[]).map((o, i) => compileNode(o, [...path, `|${i}`], depth));
      return (v, ctx) => {
        for (const option of options) {
          const y = option(v, ctx);
          if (y !== BAIL) return y;
        }
        return BAIL;
      };
    }
    default:
      return unsupported(path, `a ${def.type} node`);
  }
}

/**
 * Compile the fast parser for an evaluation-input schema. Throws when the schema has a node the
 * fast parser does not understand (see the module comment). `generateCode: false` makes every
 * object use the loop parser (what happens where code generation is not allowed; tests check both).
 * @internal
 */
export function compileFastParser(schema: object, options: { readonly generateCode?: boolean } = {}): (data: unknown, info?: FastParseInfo) => unknown {
  const root = schema as ZodLike;
  if (root._zod.def.type !== 'object') unsupported([], 'a root that is not an object');
  generateCode = options.generateCode ?? z.core.util.allowsEval.value;
  let parseRoot: NodeParser;
  try {
    parseRoot = compileNode(root, [], 0);
  } finally {
    generateCode = false;
  }
  return (data, info) => {
    if (!isPlainObject(data)) return undefined;
    const unit = data.unit;
    if (unit !== undefined && unit !== '万元' && unit !== '元') return undefined;
    const allow = data.allowUnknownCodes;
    // The same set safeParseEvaluationInput builds for zod's codes.
    const allowUnknown = allow === undefined ? NONE : allow === true ? ('all' as const) : Array.isArray(allow) ? new Set(allow.filter((c): c is string => typeof c === 'string')) : undefined;
    if (allowUnknown === undefined) return undefined;
    const ctx: Ctx = { unit: unit === '元' ? '元' : '万元', allowUnknown, nodes: 1, decimals: 0 };
    const out = parseRoot(data, ctx);
    if (out === BAIL || ctx.nodes > INPUT_LIMITS.maxNodes) return undefined;
    // Every raw value under `ledger` was noted; `inferPrecision` sees them all too unless the input
    // has more values than its budget (`ctx.nodes` counts the whole input, the ledger included).
    if (info) info.ledgerDecimals = ctx.nodes <= PRECISION_BUDGET ? Math.min(ctx.decimals, 6) : -1;
    return out;
  };
}

const NONE: ReadonlySet<string> = new Set();

export { Unsupported as FastParserUnsupported };
