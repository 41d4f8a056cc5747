import type { Issue, Locale, PathSegment } from '../../issues.js';
import { makeIssue } from './zodIssues.js';

/** Documented input limits (see docs/limits.md). */
export const INPUT_LIMITS = {
  /** Deepest nesting of objects/arrays accepted. */
  maxDepth: 32,
  /** Longest string accepted, in UTF-16 code units. */
  maxStringLength: 100_000,
  /** Most items in any one array (ledger lines included). */
  maxArrayLength: 100_000,
} as const;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walk raw input before validation: reject keys that could pollute prototypes, over-deep
 * nesting, over-long strings and over-long arrays. Iterative, so hostile depth cannot
 * overflow the stack. Stops after 50 issues. @internal
 */
export function scanInput(root: unknown, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<{ v: unknown; path: PathSegment[] }> = [{ v: root, path: [] }];
  while (stack.length > 0 && issues.length < 50) {
    const { v, path } = stack.pop() as { v: unknown; path: PathSegment[] };
    if (typeof v === 'string') {
      if (v.length > INPUT_LIMITS.maxStringLength) {
        issues.push(makeIssue('string_too_long', path, { max: INPUT_LIMITS.maxStringLength, length: v.length }, locale));
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= INPUT_LIMITS.maxDepth) {
      issues.push(makeIssue('too_deep', path, { max: INPUT_LIMITS.maxDepth }, locale));
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > INPUT_LIMITS.maxArrayLength) {
        issues.push(makeIssue('too_many_items', path, { max: INPUT_LIMITS.maxArrayLength, count: v.length }, locale));
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      if (FORBIDDEN.has(key)) {
        issues.push(makeIssue('forbidden_key', [...path, key], { key }, locale));
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues;
}
