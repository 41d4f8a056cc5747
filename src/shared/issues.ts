/**
 * Issues: the one closed vocabulary of what can be wrong with an input, a rule pack or an
 * indicator system. Every issue has a `code` from {@link ISSUE_CODES}, a `path` into the data
 * and a message in the locale chosen per call.
 */

/**
 * Every issue code the library can produce. Codes are public API: never renamed or reused.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'jixiao';
 * ISSUE_CODES.includes('invalid_amount'); // true
 * ISSUE_CODES.length;                     // 46
 * ```
 */
export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'unrecognized_key',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_date',
  'invalid_amount',
  'amount_too_precise',
  'amount_too_large',
  'negative_amount',
  'negative_zero',
  'unsafe_number',
  'invalid_code',
  'unknown_code',
  'code_level_mismatch',
  'duplicate_id',
  'forbidden_key',
  'too_deep',
  'string_too_long',
  'too_many_items',
  'invalid_json',
  'invalid_yaml',
  'year_mismatch',
  'unknown_fact',
  'unknown_operator',
  'invalid_operand',
  'unknown_threshold',
  'unknown_rule',
  'unknown_indicator',
  'unknown_method',
  'unknown_system',
  'points_mismatch',
  'invalid_bands',
  'cycle',
  'invalid_input',
  'invalid_spreadsheet',
  'file_too_large',
  'too_many_cells',
  'missing_column',
  'indicator_pending',
  'system_default',
  'system_scope_mismatch',
  'claim_unmatched',
  'claim_differs',
] as const;

/**
 * A code from the closed set {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import { type IssueCode, safeParseEvaluationInput } from 'jixiao';
 * const isSyntaxError = (code: IssueCode): boolean => code === 'invalid_json' || code === 'invalid_yaml';
 * const r = safeParseEvaluationInput(data);
 * if (!r.ok && r.issues.some((i) => isSyntaxError(i.code))) console.error('not JSON / YAML');
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * A locale for messages.
 *
 * @example
 * ```ts
 * import { type Locale, safeParseEvaluationInput } from 'jixiao';
 * const locale: Locale = 'en';
 * const r = safeParseEvaluationInput({}, { locale });
 * if (!r.ok) console.log(r.issues[0].message); // "report: required field is missing"
 * ```
 */
export type Locale = 'zh-CN' | 'en';

/**
 * One path segment: an object key or an array index.
 *
 * @example
 * ```ts
 * import { formatPath, type PathSegment } from 'jixiao';
 * const path: PathSegment[] = ['ledger', 'expenditure', 'lines', 3, 'amount'];
 * formatPath(path); // "ledger.expenditure.lines[3].amount"
 * ```
 */
export type PathSegment = string | number;

/**
 * One thing wrong with the data, located by `path`.
 *
 * @example
 * ```ts
 * import type { Issue } from 'jixiao';
 * const issue: Issue = {
 *   code: 'invalid_amount',
 *   path: ['ledger', 'income', 'carriedIn'],
 *   message: 'ledger.income.carriedIn：金额必须是十进制数字字符串，收到 "12,3"',
 *   params: { received: '12,3' },
 * };
 * ```
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * A non-empty list of issues.
 *
 * @example
 * ```ts
 * import { type Issues, safeParseEvaluationInput } from 'jixiao';
 * const r = safeParseEvaluationInput({});
 * if (!r.ok) {
 *   const issues: Issues = r.issues;
 *   console.log(issues[0].code, issues.length); // never empty: issues[0] always exists
 * }
 * ```
 */
export type Issues = readonly [Issue, ...Issue[]];

/**
 * A result that is either a value or a non-empty list of issues.
 *
 * @example
 * ```ts
 * import { safeParseEvaluationInput } from 'jixiao';
 * const r = safeParseEvaluationInput({});
 * if (!r.ok) console.log(r.issues.map((i) => i.path.join('.')));
 * ```
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issues };

/**
 * The one error class the library throws. It carries the issues that caused it.
 *
 * @example
 * ```ts
 * import { JixiaoError, parseEvaluationInput } from 'jixiao';
 * try { parseEvaluationInput({}); } catch (e) { if (e instanceof JixiaoError) console.log(e.issues[0].code); }
 * ```
 */
export class JixiaoError extends Error {
  /** The issues, in input order. */
  readonly issues: Issues;
  /** Always `'jixiao_error'`, for hosts that cannot use `instanceof` across realms. */
  readonly code = 'jixiao_error' as const;
  constructor(issues: Issues, locale: Locale = 'zh-CN') {
    const head = issues
      .slice(0, 5)
      .map((i) => i.message)
      .join('; ');
    const more = issues.length > 5 ? (locale === 'en' ? ` (+${issues.length - 5} more)` : `（另有 ${issues.length - 5} 项）`) : '';
    super(`[jixiao] ${head}${more}`);
    this.name = 'JixiaoError';
    this.issues = issues;
  }
}

/**
 * Format a path as `a.b[0].c` (root is `(root)`).
 *
 * @example
 * ```ts
 * import { formatPath } from 'jixiao';
 * formatPath(['ledger', 'expenditure', 'lines', 3, 'amount']); // "ledger.expenditure.lines[3].amount"
 * formatPath([]);                                              // "(root)"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/**
 * Group issues by their formatted path — a pure presenter for forms and CLIs.
 *
 * @example
 * ```ts
 * import { groupIssuesByPath, safeParseEvaluationInput } from 'jixiao';
 * const r = safeParseEvaluationInput({});
 * if (!r.ok) console.log(Object.keys(groupIssuesByPath(r.issues)));
 * ```
 */
export function groupIssuesByPath(issues: readonly Issue[]): Record<string, Issue[]> {
  const out: Record<string, Issue[]> = Object.create(null) as Record<string, Issue[]>;
  for (const i of issues) (out[formatPath(i.path)] ??= []).push(i);
  return out;
}

/**
 * One line per issue, `path: message` — for logs and terminals.
 *
 * @example
 * ```ts
 * import { summarizeIssues, safeParseEvaluationInput } from 'jixiao';
 * const r = safeParseEvaluationInput({}, { locale: 'en' });
 * if (!r.ok) console.error(summarizeIssues(r.issues));
 * ```
 */
export function summarizeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `- ${i.message}`).join('\n');
}
