import type { Locale, Result } from '../shared/issues.js';
// The only import of the YAML reader in the rules layer: modules that validate packs they already
// hold (evaluateDepartment's `rulePacks` option) use validateRulePack, and do not bundle `yaml`.
import { readDataText, type TextFormat } from '../model/text.js';
import type { RulePack } from './schema.js';
import { validateRulePack } from './validateRulePack.js';

/**
 * Options of {@link loadRulePack}.
 *
 * @example
 * ```ts
 * import type { LoadRulePackOptions } from 'jixiao/rules';
 * const o: LoadRulePackOptions = { locale: 'en', format: 'yaml' };
 * ```
 */
export interface LoadRulePackOptions {
  /** Language of issue messages: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** Text format when a string is given; detected from the first character when omitted. */
  readonly format?: TextFormat;
}

/**
 * Load a rule pack from JSON or YAML text, or from an already-parsed object, and validate it.
 * Never throws: problems come back as located issues in zh-CN (default) or en — an unknown fact
 * (`unknown_fact`), operator (`unknown_operator`) or threshold (`unknown_threshold`), a duplicate
 * rule id (`duplicate_id`), a missing field (`required`), an operand that does not fit
 * (`invalid_operand`). Hostile input (prototype keys, deep nesting) is rejected first.
 *
 * @param source - JSON or YAML text, or a plain object.
 * @param options - Locale and format.
 * @returns The validated pack, or its issues.
 * @example
 * ```ts
 * import { loadRulePack } from 'jixiao/rules';
 * const r = loadRulePack(`
 * id: my.pack
 * version: 1.0.0
 * rules:
 *   - id: my.reception.cap
 *     title: { zh-CN: 公务接待费不超过 1 万元, en: Reception at most 10k yuan }
 *     severity: warning
 *     category: compliance
 *     check: { fact: threePublic.reception.actual, op: lte, value: "1" }
 * `, { locale: 'en' });
 * if (!r.ok) console.error(r.issues.map((i) => i.message));
 * ```
 */
export function loadRulePack(source: string | unknown, options: LoadRulePackOptions = {}): Result<RulePack> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  let data: unknown = source;
  if (typeof source === 'string') {
    const read = readDataText(source, { locale, ...(options.format ? { format: options.format } : {}) });
    if (!read.ok) return read;
    data = read.value;
  }
  return validateRulePack(data, locale);
}
