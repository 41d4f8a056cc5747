import type { Issue, Locale, PathSegment } from './issues.js';
import { makeIssue } from './makeIssue.js';

/**
 * Documented input limits (see docs/limits.md).
 *
 * @example
 * ```ts
 * import { INPUT_LIMITS, safeParseEvaluationInput } from 'jixiao/model';
 * INPUT_LIMITS.maxDepth; // 32
 * const deep = JSON.parse('['.repeat(40) + ']'.repeat(40));
 * safeParseEvaluationInput(deep); // { ok: false, issues: [{ code: 'too_deep', params: { max: 32 }, … }] }
 * ```
 */
export const INPUT_LIMITS = {
  /** Deepest nesting of objects/arrays accepted. */
  maxDepth: 32,
  /** Longest string accepted, in UTF-16 code units. */
  maxStringLength: 100_000,
  /** Most items in any one array (ledger lines included). */
  maxArrayLength: 100_000,
  /**
   * Most values (objects, arrays and scalars) in one input, counted as a tree: a value reached
   * twice (a YAML alias, a shared JS object) counts twice. A 100,000-line ledger is about 900,000.
   */
  maxNodes: 2_000_000,
} as const;

/** Keys rejected anywhere in the input: they could reach an object's prototype. @internal */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a key of {@link FORBIDDEN_KEYS}; all are 9 or 11 characters long, so the length rules out almost every key without hashing it. */
const isForbidden = (key: string): boolean => (key.length === 9 || key.length === 11) && FORBIDDEN_KEYS.has(key);

/** The state of one scan. */
interface Walk {
  visited: number;
  readonly issues: Issue[];
  /** The keys from the root to the container being walked, pushed and popped as the walk goes down and up. */
  readonly path: PathSegment[];
  readonly locale: Locale;
}

/** The path of the value at `key` of the container being walked (the root when `key` is undefined). */
const pathTo = (w: Walk, key: PathSegment | undefined): PathSegment[] => (key === undefined ? [...w.path] : [...w.path, key]);

/**
 * Check one value, `depth` deep at `key` of the container being walked (undefined for the root),
 * then its children in order: an object's forbidden keys are reported first, last key first, and
 * not looked under. False when the walk must stop: more than {@link INPUT_LIMITS}.maxNodes values,
 * or 50 issues.
 *
 * Recursive, one call per value: a value `maxDepth` deep is reported and not looked into, so the
 * recursion is at most 33 calls deep and hostile nesting cannot overflow the stack. This removes the
 * explicit stack of the walk it replaces (a frame object per container, and an `Object.keys` array
 * per object); the path is one array, pushed per container, copied only for an issue.
 */
function visit(w: Walk, v: unknown, key: PathSegment | undefined, depth: number): boolean {
  const { issues, locale } = w;
  if (++w.visited > INPUT_LIMITS.maxNodes) {
    issues.push(makeIssue('too_many_items', [], { max: INPUT_LIMITS.maxNodes, count: `> ${INPUT_LIMITS.maxNodes}` }, locale));
    return false;
  }
  if (typeof v === 'string') {
    if (v.length > INPUT_LIMITS.maxStringLength) {
      issues.push(makeIssue('string_too_long', pathTo(w, key), { max: INPUT_LIMITS.maxStringLength, length: v.length }, locale));
    }
    return true;
  }
  if (v === null || typeof v !== 'object') return true;
  if (depth >= INPUT_LIMITS.maxDepth) {
    issues.push(makeIssue('too_deep', pathTo(w, key), { max: INPUT_LIMITS.maxDepth }, locale));
    return true;
  }
  if (Array.isArray(v)) {
    if (v.length > INPUT_LIMITS.maxArrayLength) {
      issues.push(makeIssue('too_many_items', pathTo(w, key), { max: INPUT_LIMITS.maxArrayLength, count: v.length }, locale));
      return true;
    }
    if (key !== undefined) w.path.push(key);
    for (let i = 0; i < v.length; i++) {
      const child: unknown = v[i];
      if (issues.length >= 50 || !visit(w, child, i, depth + 1)) return false;
    }
  } else {
    let forbidden: string[] | undefined;
    for (const name in v) if (isForbidden(name) && Object.prototype.hasOwnProperty.call(v, name)) (forbidden ??= []).push(name);
    // Reported last key first.
    for (let k = (forbidden?.length ?? 0) - 1; k >= 0; k--) {
      const name = (forbidden as string[])[k] as string;
      issues.push(makeIssue('forbidden_key', [...pathTo(w, key), name], { key: name }, locale));
    }
    if (key !== undefined) w.path.push(key);
    // `for…in` with an own-key test visits the keys of `Object.keys` in its order, but reads each value
    // through V8's enumeration cache instead of allocating the array of keys and looking each one up.
    // (Spelled out in full: V8 folds `Object.prototype.hasOwnProperty.call` inside `for…in` into a map
    // check, not an alias of it held in a variable, nor `Object.hasOwn`: 22 → 17 µs on the fixture.)
    for (const name in v) {
      if (!Object.prototype.hasOwnProperty.call(v, name) || isForbidden(name)) continue; // the walk does not look under a forbidden key
      const child: unknown = (v as Record<string, unknown>)[name];
      if (issues.length >= 50 || !visit(w, child, name, depth + 1)) return false;
    }
  }
  if (key !== undefined) w.path.pop();
  return true;
}

/**
 * Walk raw input before validation: reject keys that could pollute prototypes, over-deep
 * nesting, over-long strings, over-long arrays, and more values in all than
 * {@link INPUT_LIMITS}.maxNodes (which bounds the walk even when shared references — YAML
 * aliases — make a small document a huge tree). Depth first, children in order; nothing deeper
 * than {@link INPUT_LIMITS}.maxDepth is looked into, so hostile depth cannot overflow the stack.
 * Stops after 50 issues. @internal
 */
export function scanInput(root: unknown, locale: Locale): Issue[] {
  const w: Walk = { visited: 0, issues: [], path: [], locale };
  visit(w, root, undefined, 0);
  return w.issues;
}
