import type { Issue, Locale } from '../../shared/issues.js';
import { makeIssue } from '../../shared/makeIssue.js';
import { ruleMessages } from '../../shared/messages/rules.js';

type P = Readonly<Record<string, string | number | boolean | undefined>>;

/** A localised reason for a runtime error or an invalid operand. @internal */
export function runtimeReason(code: string, locale: Locale, params: P = {}): string {
  const reasons = ruleMessages(locale).reasons;
  return Object.prototype.hasOwnProperty.call(reasons, code) ? (reasons[code] as (p: P) => string)(params) : code;
}

/** Give `invalid_operand` issues from the schemas a localised detail built from their `reason`. @internal */
export function localizeOperandIssues(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((i) => {
    const reason = i.params?.['reason'];
    if (i.code !== 'invalid_operand' || typeof reason !== 'string') return i;
    return makeIssue('invalid_operand', i.path, { ...i.params, detail: runtimeReason(reason, locale, i.params) }, locale);
  });
}
