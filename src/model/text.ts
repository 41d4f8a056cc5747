import { parse as parseYaml } from 'yaml';
import type { Issues, Locale, Result } from '../issues.js';
import { makeIssue } from './internal/zodIssues.js';

/** Text formats the loaders read. */
export type TextFormat = 'json' | 'yaml';

/** The largest text accepted by the loaders, in characters (10 MiB of JSON is far above any department). */
export const MAX_TEXT_LENGTH = 20_000_000;

/**
 * Read JSON or YAML text into a plain value, without throwing. YAML aliases are capped
 * (no "billion laughs"), and the text length is capped. Detects the format from the first
 * non-blank character when `format` is omitted (`{` or `[` → JSON).
 *
 * @example
 * ```ts
 * import { readDataText } from 'jixiao/model';
 * const r = readDataText('unit: 万元\n', { format: 'yaml' });
 * if (r.ok) console.log(r.value);
 * ```
 */
export function readDataText(text: string, options: { readonly format?: TextFormat; readonly locale?: Locale } = {}): Result<unknown> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, issues: [makeIssue('string_too_long', [], { max: MAX_TEXT_LENGTH, length: text.length }, locale)] as unknown as Issues };
  }
  const format = options.format ?? (/^\s*[[{]/.test(text) ? 'json' : 'yaml');
  try {
    if (format === 'json') return { ok: true, value: JSON.parse(text) as unknown };
    const value = parseYaml(text, { maxAliasCount: 100, prettyErrors: false, uniqueKeys: true, merge: false }) as unknown;
    return { ok: true, value };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
    return { ok: false, issues: [makeIssue(format === 'json' ? 'invalid_json' : 'invalid_yaml', [], { detail }, locale)] as unknown as Issues };
  }
}
