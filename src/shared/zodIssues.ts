import type { z } from 'zod';
import { ISSUE_CODES, type Issue, type IssueCode, type Locale, type PathSegment } from './issues.js';
import { makeIssue } from './makeIssue.js';

const CODES = new Set<string>(ISSUE_CODES);

function describeReceived(input: unknown): string {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number') return String(input);
  return typeof input;
}

type ZodRawIssue = z.core.$ZodIssue & { input?: unknown };

/** Convert zod issues into our closed set of codes with localized, path-prefixed messages. @internal */
export function fromZodIssues(zodIssues: readonly ZodRawIssue[], locale: Locale, prefix: readonly PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...(zi.path as PathSegment[])];
    switch (zi.code) {
      case 'invalid_type':
        if (zi.input === undefined) out.push(makeIssue('required', path, {}, locale));
        else out.push(makeIssue('invalid_type', path, { expected: zi.expected, received: describeReceived(zi.input) }, locale));
        break;
      case 'invalid_value':
        out.push(makeIssue('invalid_value', path, { expected: zi.values.map((v) => String(v)).join(' | '), received: describeReceived(zi.input) }, locale));
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys) out.push(makeIssue('unrecognized_key', [...path, key], { key }, locale));
        break;
      case 'too_small':
        out.push(makeIssue('too_small', path, { minimum: String(zi.minimum) }, locale));
        break;
      case 'too_big':
        out.push(
          makeIssue(
            zi.origin === 'string' ? 'string_too_long' : zi.origin === 'array' ? 'too_many_items' : 'too_big',
            path,
            zi.origin === 'string' || zi.origin === 'array'
              ? { max: String(zi.maximum), length: typeof zi.input === 'string' ? zi.input.length : '', count: Array.isArray(zi.input) ? zi.input.length : '' }
              : { maximum: String(zi.maximum) },
            locale,
          ),
        );
        break;
      case 'invalid_format':
        out.push(makeIssue('invalid_format', path, { expected: zi.format, received: describeReceived(zi.input) }, locale));
        break;
      case 'custom': {
        const params = (zi.params ?? {}) as Record<string, string | number | boolean>;
        const code = CODES.has(zi.message) ? (zi.message as IssueCode) : 'invalid_input';
        out.push(makeIssue(code, path, code === 'invalid_input' ? { detail: zi.message, ...params } : params, locale));
        break;
      }
      case 'invalid_union': {
        const first = zi.errors[0];
        if (first && first.length > 0) out.push(...fromZodIssues(first as ZodRawIssue[], locale, path));
        else out.push(makeIssue('invalid_type', path, { expected: 'one of several shapes', received: describeReceived(zi.input) }, locale));
        break;
      }
      default:
        out.push(makeIssue('invalid_input', path, { detail: zi.message }, locale));
    }
  }
  return out;
}
