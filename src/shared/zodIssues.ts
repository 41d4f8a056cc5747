import type { z } from 'zod';
import { ISSUE_CODES, type Issue, type IssueCode, type Locale, type PathSegment } from './issues.js';
import { makeIssue } from './makeIssue.js';
import { nearest } from './suggest.js';

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

/** True when `a` and `b` have the same parent path. */
function siblings(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.slice(0, -1).every((seg, i) => seg === b[i]);
}

/**
 * A misspelled key gives zod two issues: the unknown key and the missing one it was meant to be
 * (`carriedln` beside a required `carriedIn`). Merge each such pair into one `unrecognized_key`
 * issue that suggests the missing key (path: the misspelled key, where the user has to edit).
 */
function mergeMisspelledKeys(issues: Issue[], locale: Locale): Issue[] {
  const missing = issues.filter((i) => i.code === 'required' && typeof i.path[i.path.length - 1] === 'string');
  if (missing.length === 0) return issues;
  const dropped = new Set<Issue>();
  const out = issues.map((issue) => {
    if (issue.code !== 'unrecognized_key') return issue;
    const key = String(issue.params?.key ?? '');
    const candidates = missing.filter((m) => !dropped.has(m) && siblings(m.path, issue.path));
    const known = issue.params?.suggestion;
    const suggestion =
      typeof known === 'string'
        ? known
        : nearest(
            key,
            candidates.map((m) => String(m.path[m.path.length - 1])),
          );
    if (suggestion === undefined) return issue;
    for (const m of candidates) if (m.path[m.path.length - 1] === suggestion) dropped.add(m);
    return makeIssue('unrecognized_key', issue.path, { key, suggestion }, locale);
  });
  return out.filter((i) => !dropped.has(i));
}

/**
 * The keys an object at a path of the parsed data may have, when the caller knows its schema: lets
 * an unknown key that is not next to a missing one (an optional key misspelled) still get a
 * "did you mean". @internal
 */
export type KeysAt = (path: readonly PathSegment[]) => readonly string[] | undefined;

/** Convert zod issues into our closed set of codes with localized, path-prefixed messages. @internal */
export function fromZodIssues(zodIssues: readonly ZodRawIssue[], locale: Locale, prefix: readonly PathSegment[] = [], keysAt?: KeysAt): Issue[] {
  return mergeMisspelledKeys(convert(zodIssues, locale, prefix, keysAt), locale);
}

function convert(zodIssues: readonly ZodRawIssue[], locale: Locale, prefix: readonly PathSegment[], keysAt: KeysAt | undefined): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...prefix, ...(zi.path as PathSegment[])];
    switch (zi.code) {
      case 'invalid_type':
        if (zi.input === undefined) out.push(makeIssue('required', path, {}, locale));
        else out.push(makeIssue('invalid_type', path, { expected: zi.expected, received: describeReceived(zi.input) }, locale));
        break;
      case 'invalid_value': {
        const suggestion =
          typeof zi.input === 'string'
            ? nearest(
                zi.input,
                zi.values.map((v) => String(v)),
              )
            : undefined;
        out.push(
          makeIssue(
            'invalid_value',
            path,
            {
              expected: zi.values.map((v) => String(v)).join(' | '),
              received: describeReceived(zi.input),
              ...(suggestion !== undefined ? { suggestion } : {}),
            },
            locale,
          ),
        );
        break;
      }
      case 'unrecognized_keys': {
        const known = keysAt?.(zi.path as PathSegment[]);
        for (const key of zi.keys) {
          const suggestion = known ? nearest(key, known) : undefined;
          out.push(makeIssue('unrecognized_key', [...path, key], suggestion !== undefined ? { key, suggestion } : { key }, locale));
        }
        break;
      }
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
        // A refinement that explains its rejections (model/schema/primitives.ts `explains`): its
        // message and params are worked out from the rejected input, only when it is rejected.
        const explain = zi.params?.['explain'];
        if (typeof explain === 'function') {
          const e = explain(zi.input) as { message: string; params: Record<string, string | number> };
          out.push(makeIssue(CODES.has(e.message) ? (e.message as IssueCode) : 'invalid_input', path, e.params, locale));
          break;
        }
        const params = (zi.params ?? {}) as Record<string, string | number | boolean>;
        const code = CODES.has(zi.message) ? (zi.message as IssueCode) : 'invalid_input';
        out.push(makeIssue(code, path, code === 'invalid_input' ? { detail: zi.message, ...params } : params, locale));
        break;
      }
      case 'invalid_union': {
        const first = zi.errors[0];
        if (first && first.length > 0)
          out.push(...convert(first as ZodRawIssue[], locale, path, keysAt && ((p) => keysAt([...(zi.path as PathSegment[]), ...p]))));
        else out.push(makeIssue('invalid_type', path, { expected: 'union', received: describeReceived(zi.input) }, locale));
        break;
      }
      default:
        out.push(makeIssue('invalid_input', path, { detail: zi.message }, locale));
    }
  }
  return out;
}
