/**
 * Shared helpers for the reliability suite: the Enyang fixture, the patch format of the
 * hostile-input corpus (test/fixtures/bad/*.json), value generators for what JSON cannot hold
 * or should not store (NaN, a 10 MB string, 10,000-deep nesting), deep freezing and tree walks.
 *
 * ## The patch format
 *
 * A corpus case's `input` is either a literal value, or a patch of a base document:
 *
 * ```json
 * { "base": "enyang",
 *   "set":   { "ledger.income.carriedIn": "NaN", "ledger.expenditure.lines.0.amount": { "$js": "NaN" } },
 *   "unset": ["department.name"],
 *   "push":  { "ledger.expenditure.lines": { "functional": "201", "economic": "30101", "amount": "1", "nature": "basic" } } }
 * ```
 *
 * - `base`: `"enyang"` (the Enyang fixture) or `"system:<id>"` (a built-in indicator system). A
 *   patch without `base` is not a patch: the whole `input` is the literal value.
 * - Paths are dotted; a numeric segment indexes an array. Every key is set as an OWN property
 *   (`Object.defineProperty`), so `"a.__proto__.polluted"` creates an own `__proto__` key, as
 *   `JSON.parse` does, instead of reaching `Object.prototype`. Walking a path only follows own keys.
 * - `set` creates missing intermediate objects; `unset` deletes a key (or splices an array item);
 *   `push` appends to an array (created if missing). Applied in the order set, unset, push.
 *
 * Anywhere in a value (and as a text case's `text`), a one-key object starting with `$` is a
 * generator, resolved before use:
 *
 * - `{ "$js": "NaN" | "Infinity" | "-Infinity" | "-0" | "undefined" | "1e999" }`: a JS value JSON cannot hold
 *   (`"1e999"` is the number `Infinity` reached by literal, not the string).
 * - `{ "$repeat": { "text": "a", "times": 10485760 } }`: a string of `text` repeated.
 * - `{ "$concat": [a, b, …] }`: the strings (or generators) joined.
 * - `{ "$nest": { "depth": 10000, "key": "a", "leaf": 1 } }`: `{ "a": { "a": … leaf } }` nested `depth`
 *   deep; without `key`, arrays `[[[ … leaf ]]]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ISSUE_CODES, type Issue } from '../../src/shared/issues.js';

export const FIXTURE_PATH = fileURLToPath(new URL('../../src/examples/enyang-administrative-approval-2022.json', import.meta.url));
export const BAD_DIR = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** The Enyang fixture as raw data (a fresh copy each call). */
export const enyang = (): Record<string, unknown> => JSON.parse(FIXTURE_TEXT) as Record<string, unknown>;

/** The fixture's JSON text. */
export const enyangText = (): string => FIXTURE_TEXT;

type Container = Record<string, unknown> | unknown[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Set an own property (never the `__proto__` setter). */
export function setOwn(target: Container, key: string, value: unknown): void {
  if (Array.isArray(target) && /^\d+$/.test(key)) {
    target[Number(key)] = value;
    return;
  }
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Resolve generators in a (JSON) value. */
export function resolve(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolve);
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0]?.startsWith('$') && keys[0] !== '$schema') {
    const arg = value[keys[0]] as never;
    switch (keys[0]) {
      case '$js':
        return JS_VALUES[arg as string];
      case '$repeat': {
        const { text, times } = arg as { text: string; times: number };
        return text.repeat(times);
      }
      case '$concat':
        return (arg as unknown[]).map((x) => resolve(x) as string).join('');
      case '$nest': {
        const { depth, key, leaf } = arg as { depth: number; key?: string; leaf?: unknown };
        let v: unknown = resolve(leaf ?? 1);
        for (let i = 0; i < depth; i++) {
          if (key === undefined) v = [v];
          else {
            const o: Record<string, unknown> = {};
            setOwn(o, key, v);
            v = o;
          }
        }
        return v;
      }
      default:
        throw new Error(`unknown generator ${keys[0]}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) setOwn(out, k, resolve(value[k]));
  return out;
}

const JS_VALUES: Record<string, unknown> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
  undefined,
  '1e999': 1e999,
};

function walkTo(root: Container, path: string, create: boolean): { parent: Container; last: string } {
  const segs = path.split('.');
  let cur: Container = root;
  for (const seg of segs.slice(0, -1)) {
    let next: unknown = own(cur, seg) ? (cur as Record<string, unknown>)[seg] : undefined;
    if (next === undefined || next === null) {
      if (!create) throw new Error(`patch path not found: ${path}`);
      next = {};
      setOwn(cur, seg, next);
    }
    if (typeof next !== 'object') throw new Error(`patch path goes through a scalar: ${path}`);
    cur = next as Container;
  }
  return { parent: cur, last: segs[segs.length - 1] as string };
}

/** A patch of a base document (see the module comment). */
export interface Patch {
  readonly base: string;
  readonly set?: Readonly<Record<string, unknown>>;
  readonly unset?: readonly string[];
  readonly push?: Readonly<Record<string, unknown>>;
}

/** Apply a patch to a copy of `base`. Values may hold generators. */
export function applyPatch(base: unknown, patch: Omit<Patch, 'base'>): unknown {
  const out = structuredClone(base) as Container;
  for (const [path, value] of Object.entries(patch.set ?? {})) {
    const { parent, last } = walkTo(out, path, true);
    setOwn(parent, last, resolve(value));
  }
  for (const path of patch.unset ?? []) {
    const { parent, last } = walkTo(out, path, false);
    if (Array.isArray(parent)) parent.splice(Number.parseInt(last, 10), 1);
    else delete parent[last];
  }
  for (const [path, value] of Object.entries(patch.push ?? {})) {
    const { parent, last } = walkTo(out, path, true);
    if (!own(parent, last)) setOwn(parent, last, []);
    ((parent as Record<string, unknown>)[last] as unknown[]).push(resolve(value));
  }
  return out;
}

/** Deep-freeze a value in place (objects and arrays), iteratively. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
}

/** A path into a value. */
export type Path = readonly (string | number)[];

/** Every leaf (non-container value, or an empty container) of a JSON-like value, with its path. */
export function leaves(value: unknown, path: Path = [], out: Array<{ path: Path; value: unknown }> = []): Array<{ path: Path; value: unknown }> {
  if (Array.isArray(value) && value.length > 0) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (isObject(value) && Object.keys(value).length > 0) for (const k of Object.keys(value)) leaves(value[k], [...path, k], out);
  else out.push({ path, value });
  return out;
}

/** Set the value at `path` in place. */
export function setAt(root: unknown, path: Path, value: unknown): void {
  let cur = root as Container;
  for (const seg of path.slice(0, -1)) cur = (cur as Record<string | number, unknown>)[seg] as Container;
  setOwn(cur, String(path[path.length - 1]), value);
}

/** Get the value at `path`. */
export function getAt(root: unknown, path: Path): unknown {
  let cur = root;
  for (const seg of path) cur = (cur as Record<string | number, unknown>)[seg];
  return cur;
}

const CODES = new Set<string>(ISSUE_CODES);

/** A rejected result carries a non-empty list of well-formed issues: closed code, array path, message. */
export function expectWellFormedIssues(issues: readonly Issue[] | undefined): void {
  expect(Array.isArray(issues)).toBe(true);
  expect(issues?.length).toBeGreaterThan(0);
  for (const i of issues ?? []) {
    expect(CODES.has(i.code), `issue code ${String(i.code)}`).toBe(true);
    expect(Array.isArray(i.path)).toBe(true);
    for (const seg of i.path) expect(['string', 'number']).toContain(typeof seg);
    expect(typeof i.message).toBe('string');
    expect(i.message.length).toBeGreaterThan(0);
  }
}

/** `code @ a.b[0]`, for readable comparisons. */
export const brief = (i: Pick<Issue, 'code' | 'path'>): string => `${i.code} @ ${JSON.stringify(i.path)}`;

/** Own keys of Object.prototype and friends, to detect pollution. */
export function prototypeSnapshot(): string[] {
  const protos: Array<[string, object]> = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
  ];
  return protos.flatMap(([name, p]) => Reflect.ownKeys(p).map((k) => `${name}.${String(k)}`)).sort();
}
