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

/**
 * An array or object being walked, child by child: one per container rather than one per value.
 * The path is rebuilt from the parent chain only when an issue is reported.
 */
interface Frame {
  readonly v: object;
  /** The object's own keys but forbidden ones, or undefined for an array. */
  readonly keys: readonly string[] | undefined;
  /** Index of the next child to visit. */
  next: number;
  readonly key: PathSegment | undefined;
  readonly parent: Frame | undefined;
  readonly depth: number;
}

/** The state of one scan. */
interface Walk {
  visited: number;
  readonly issues: Issue[];
  readonly stack: Frame[];
  readonly locale: Locale;
}

/** The path of the value at `key` of `parent` (the root when both are undefined). */
function pathOf(parent: Frame | undefined, key: PathSegment | undefined): PathSegment[] {
  const path: PathSegment[] = key === undefined ? [] : [key];
  for (let cur: Frame | undefined = parent; cur?.key !== undefined; cur = cur.parent) path.push(cur.key);
  return path.reverse();
}

/**
 * Check one value, `depth` deep at `key` of `parent`, and push a frame for an array or object to walk
 * (an object's forbidden keys are reported here, last key first). False when the walk must stop.
 */
function visit(w: Walk, v: unknown, key: PathSegment | undefined, parent: Frame | undefined, depth: number): boolean {
  const { issues, locale } = w;
  if (++w.visited > INPUT_LIMITS.maxNodes) {
    issues.push(makeIssue('too_many_items', [], { max: INPUT_LIMITS.maxNodes, count: `> ${INPUT_LIMITS.maxNodes}` }, locale));
    return false;
  }
  if (typeof v === 'string') {
    if (v.length > INPUT_LIMITS.maxStringLength) {
      issues.push(makeIssue('string_too_long', pathOf(parent, key), { max: INPUT_LIMITS.maxStringLength, length: v.length }, locale));
    }
    return true;
  }
  if (v === null || typeof v !== 'object') return true;
  if (depth >= INPUT_LIMITS.maxDepth) {
    issues.push(makeIssue('too_deep', pathOf(parent, key), { max: INPUT_LIMITS.maxDepth }, locale));
    return true;
  }
  if (Array.isArray(v)) {
    if (v.length > INPUT_LIMITS.maxArrayLength) {
      issues.push(makeIssue('too_many_items', pathOf(parent, key), { max: INPUT_LIMITS.maxArrayLength, count: v.length }, locale));
      return true;
    }
    w.stack.push({ v, keys: undefined, next: 0, key, parent, depth });
    return true;
  }
  const keys = Object.keys(v);
  let forbidden = false;
  for (let k = keys.length - 1; k >= 0; k--) {
    const name = keys[k] as string;
    if (isForbidden(name)) {
      forbidden = true;
      issues.push(makeIssue('forbidden_key', [...pathOf(parent, key), name], { key: name }, locale));
    }
  }
  // The walk does not look under a forbidden key.
  w.stack.push({ v, keys: forbidden ? keys.filter((k) => !isForbidden(k)) : keys, next: 0, key, parent, depth });
  return true;
}

/**
 * Walk raw input before validation: reject keys that could pollute prototypes, over-deep
 * nesting, over-long strings, over-long arrays, and more values in all than
 * {@link INPUT_LIMITS}.maxNodes (which bounds the walk even when shared references — YAML
 * aliases — make a small document a huge tree). Iterative (depth first, children in order), so
 * hostile depth cannot overflow the stack. Stops after 50 issues. @internal
 */
export function scanInput(root: unknown, locale: Locale): Issue[] {
  const w: Walk = { visited: 0, issues: [], stack: [], locale };
  const { issues, stack } = w;
  if (!visit(w, root, undefined, undefined, 0)) return issues;
  while (stack.length > 0) {
    const f = stack[stack.length - 1] as Frame;
    const keys = f.keys;
    if (f.next >= (keys ? keys.length : (f.v as readonly unknown[]).length)) {
      stack.pop();
      continue;
    }
    const i = f.next++;
    let key: PathSegment;
    let value: unknown;
    if (keys) {
      key = keys[i] as string;
      value = (f.v as Record<string, unknown>)[key];
    } else {
      key = i;
      value = (f.v as readonly unknown[])[i];
    }
    if (issues.length >= 50 || !visit(w, value, key, f, f.depth + 1)) break;
  }
  return issues;
}
