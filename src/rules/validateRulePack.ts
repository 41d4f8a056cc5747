import { fromZodIssues } from '../shared/zodIssues.js';
import type { Issues, Locale, Result } from '../shared/issues.js';
import { scanInput } from '../shared/scan.js';
import { localizeOperandIssues } from './internal/reasons.js';
import { type RulePack, RulePackSchema } from './schema.js';

/**
 * Validate an already-parsed rule pack: hostile input (prototype keys, deep nesting) is rejected
 * first, then the pack goes through {@link RulePackSchema}, with located issues in zh-CN or en.
 * Reads no text, so it does not bring the YAML parser into a bundle: `evaluateDepartment` uses this
 * for its `rulePacks` option, and {@link loadRulePack} (text or object) ends here. @internal
 *
 * @param data - A plain object.
 * @param locale - Language of issue messages.
 * @returns The validated pack, or its issues.
 */
export function validateRulePack(data: unknown, locale: Locale = 'zh-CN'): Result<RulePack> {
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  const scanned = scanInput(data, lang);
  if (scanned.length > 0) return { ok: false, issues: scanned as unknown as Issues };
  const parsed = RulePackSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = localizeOperandIssues(fromZodIssues(parsed.error.issues, lang), lang);
  return { ok: false, issues: issues as unknown as Issues };
}
