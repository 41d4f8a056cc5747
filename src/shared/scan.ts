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

/** A value still to visit; the path is rebuilt from the parent chain only when an issue is reported. */
interface Entry {
  readonly v: unknown;
  readonly key: PathSegment | undefined;
  readonly parent: Entry | undefined;
  readonly depth: number;
}

function pathOf(e: Entry): PathSegment[] {
  const path: PathSegment[] = [];
  for (let cur: Entry | undefined = e; cur?.key !== undefined; cur = cur.parent) path.push(cur.key);
  return path.reverse();
}

/**
 * Walk raw input before validation: reject keys that could pollute prototypes, over-deep
 * nesting, over-long strings, over-long arrays, and more values in all than
 * {@link INPUT_LIMITS}.maxNodes (which bounds the walk even when shared references — YAML
 * aliases — make a small document a huge tree). Iterative, so hostile depth cannot overflow
 * the stack. Stops after 50 issues. @internal
 */
export function scanInput(root: unknown, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const stack: Entry[] = [{ v: root, key: undefined, parent: undefined, depth: 0 }];
  let visited = 0;
  while (stack.length > 0 && issues.length < 50) {
    const e = stack.pop() as Entry;
    const v = e.v;
    if (++visited > INPUT_LIMITS.maxNodes) {
      issues.push(makeIssue('too_many_items', [], { max: INPUT_LIMITS.maxNodes, count: `> ${INPUT_LIMITS.maxNodes}` }, locale));
      break;
    }
    if (typeof v === 'string') {
      if (v.length > INPUT_LIMITS.maxStringLength) {
        issues.push(makeIssue('string_too_long', pathOf(e), { max: INPUT_LIMITS.maxStringLength, length: v.length }, locale));
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (e.depth >= INPUT_LIMITS.maxDepth) {
      issues.push(makeIssue('too_deep', pathOf(e), { max: INPUT_LIMITS.maxDepth }, locale));
      continue;
    }
    const depth = e.depth + 1;
    if (Array.isArray(v)) {
      if (v.length > INPUT_LIMITS.maxArrayLength) {
        issues.push(makeIssue('too_many_items', pathOf(e), { max: INPUT_LIMITS.maxArrayLength, count: v.length }, locale));
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: e, depth });
      continue;
    }
    const keys = Object.keys(v);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(makeIssue('forbidden_key', [...pathOf(e), key], { key }, locale));
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], key, parent: e, depth });
    }
  }
  return issues;
}
