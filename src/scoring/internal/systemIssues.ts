import type { z } from 'zod';
import type { Issue, Locale, PathSegment } from '../../shared/issues.js';
import { fromZodIssues } from '../../shared/zodIssues.js';
import { makeIssue } from '../../shared/makeIssue.js';

type RawIssue = z.core.$ZodIssue & { input?: unknown; discriminator?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How an unknown method is shown: never JSON.stringify or String on arbitrary data (a bigint or a null-prototype object throws). */
const describeMethod = (m: unknown): string =>
  typeof m === 'string'
    ? JSON.stringify(m.slice(0, 40))
    : typeof m === 'number' || typeof m === 'boolean'
      ? String(m)
      : m === null
        ? 'null'
        : Array.isArray(m)
          ? 'array'
          : typeof m;

/**
 * Map zod issues of an indicator system to our closed codes: a leaf whose `method` is not one of
 * the scoring methods gives `unknown_method` at its `method`; everything else maps as for inputs. @internal
 */
export function mapSystemIssues(issues: readonly RawIssue[], locale: Locale): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    if (zi.code === 'invalid_union' && zi.discriminator === 'method') {
      const path = zi.path as PathSegment[];
      const input = zi.input;
      const method = isRecord(input) ? input.method : input;
      out.push(makeIssue('unknown_method', path[path.length - 1] === 'method' ? path : [...path, 'method'], { method: describeMethod(method) }, locale));
      continue;
    }
    out.push(...fromZodIssues([zi], locale));
  }
  return out;
}
