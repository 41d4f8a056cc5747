import { parseDocument } from 'yaml';
import type { Issues, Locale, Result } from '../shared/issues.js';
import { INPUT_LIMITS } from '../shared/scan.js';
import { findDuplicateKey } from './internal/yamlDuplicateKey.js';
import { precheckYaml } from './internal/yamlPrecheck.js';
import { makeIssue } from '../shared/makeIssue.js';

/**
 * Text formats the loaders read.
 *
 * @example
 * ```ts
 * import { readDataText, type TextFormat } from 'jixiao/model';
 * import { readFileSync } from 'node:fs';
 * const file = 'dept.yaml';
 * const format: TextFormat = file.endsWith('.json') ? 'json' : 'yaml';
 * const r = readDataText(readFileSync(file, 'utf8'), { format });
 * ```
 */
export type TextFormat = 'json' | 'yaml';

/**
 * The largest text accepted by the loaders, in characters (10 MiB of JSON is far above any department).
 *
 * @example
 * ```ts
 * import { MAX_TEXT_LENGTH, readDataText } from 'jixiao/model';
 * MAX_TEXT_LENGTH; // 20000000
 * readDataText('x'.repeat(MAX_TEXT_LENGTH + 1)); // { ok: false, issues: [{ code: 'string_too_long', … }] }
 * ```
 */
export const MAX_TEXT_LENGTH = 20_000_000;

/** YAML limits checked on the tokens before parsing (see internal/yamlPrecheck.ts). */
const YAML_LIMITS = { maxNesting: 256, maxAliases: 100 } as const;

/**
 * Read JSON or YAML text into a plain value, without throwing. The text length is capped;
 * YAML nesting and aliases are capped before parsing (no stack overflow, no "billion laughs").
 * Detects the format from the first non-blank character when `format` is omitted (`{` or `[` → JSON).
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
    const pre = precheckYaml(text, YAML_LIMITS);
    if (pre === 'too_deep') return { ok: false, issues: [makeIssue('too_deep', [], { max: INPUT_LIMITS.maxDepth }, locale)] };
    if (pre === 'too_many_aliases') {
      const detail = locale === 'en' ? `more than ${YAML_LIMITS.maxAliases} aliases` : `别名（*）超过 ${YAML_LIMITS.maxAliases} 个`;
      return { ok: false, issues: [makeIssue('invalid_yaml', [], { detail }, locale)] };
    }
    // Duplicate keys are checked by findDuplicateKey (linear) instead of `uniqueKeys` (quadratic);
    // warnings (unresolved tags …) are not printed: the host's stderr is not ours.
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, merge: false, logLevel: 'error' });
    if (doc.errors.length > 0) throw doc.errors[0];
    const duplicate = findDuplicateKey(doc.contents);
    if (duplicate !== undefined) throw new Error(`Map keys must be unique: ${JSON.stringify(duplicate)}`);
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }) as unknown };
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
    return { ok: false, issues: [makeIssue(format === 'json' ? 'invalid_json' : 'invalid_yaml', [], { detail }, locale)] as unknown as Issues };
  }
}
