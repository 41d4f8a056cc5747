import type { Facts } from '../facts/types.js';
import { JixiaoError, type Locale, type Result } from '../shared/issues.js';
import { SCORING_MESSAGES } from '../shared/messages/scoring.js';
import { dec, sumOf, toCanonical } from '../model/money/decimal.js';
import { isBuiltInSystem } from './builtIn/index.js';
import { gradeFor } from './gradeFor.js';
import { indexAssessments } from './internal/assessments.js';
import { buildNodes } from './internal/build.js';
import { localized } from './internal/present.js';
import { resolveChildren } from './internal/resolve.js';
import type { IndicatorSystem } from './schema/system.js';
import type { Deduction, ScoreAssessment, ScoreNode, ScoreSheet } from './types.js';
import { validateIndicatorSystem } from './validateIndicatorSystem.js';

/**
 * Options for {@link scoreSheet}.
 *
 * @example
 * ```ts
 * import type { ScoreOptions } from 'jixiao/scoring';
 * const options: ScoreOptions = { locale: 'en', assessments: [{ indicator: 'management.performance.publicity-training', deduction: '1', reason: '未开展宣传培训' }] };
 * ```
 */
export interface ScoreOptions {
  /** Language of names, standards and explanations: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** Evaluators' assessments of manual indicators, by indicator id (an input's `assessments`). */
  readonly assessments?: readonly ScoreAssessment[];
}

/**
 * Score an indicator system against a department's facts without throwing: like
 * {@link scoreSheet}, but an invalid system gives `{ ok: false, issues }`.
 *
 * @param system - A built-in system or any system data (validated here).
 * @param facts - From `computeFacts`, plus any rule-finding facts (`findings.failed.tag.*`).
 * @param options - Locale and assessments.
 * @returns The score sheet, or the system's issues.
 * @example
 * ```ts
 * import { safeScoreSheet } from 'jixiao/scoring';
 * const r = safeScoreSheet(JSON.parse(systemJson), facts, { locale: 'en' });
 * if (r.ok) console.log(r.value.total); else console.error(r.issues);
 * ```
 */
export function safeScoreSheet(system: IndicatorSystem | unknown, facts: Facts, options: ScoreOptions = {}): Result<ScoreSheet> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const valid = isBuiltInSystem(system) ? { ok: true as const, value: system } : validateIndicatorSystem(system, { locale });
  if (!valid.ok) return valid;
  return { ok: true, value: scoreValid(valid.value, facts, options.assessments ?? [], locale) };
}

/** Score a valid system: resolve the tree (scoring every leaf, moving points), then build it on the system's total. */
function scoreValid(s: IndicatorSystem, facts: Facts, assessments: readonly ScoreAssessment[], locale: Locale): ScoreSheet {
  const { byId, notices } = indexAssessments(assessments, s.indicators, locale);
  const ctx = { facts, locale, m: SCORING_MESSAGES[locale], assessments: byId, unavailablePolicy: s.unavailablePolicy, unassessedPolicy: s.unassessedPolicy };
  const deductions: Deduction[] = [];
  const built = buildNodes(resolveChildren(s.indicators, ctx), dec(s.total), [], locale, deductions);
  const total = toCanonical(built.reduce((a, b) => a.plus(b.earned), dec(0)));
  const root = built.map((b) => b.node);
  const max = toCanonical(sumOf(root.map((n) => n.max)));
  const pending = pendingLeaves(root, []);
  return {
    systemId: s.id,
    systemVersion: s.version,
    systemName: localized(locale, s.name, s.nameEn),
    total,
    max,
    grade: gradeFor(s.grades, total, locale),
    root,
    deductions,
    ...(notices.length > 0 ? { notices } : {}),
    assessed: { points: toCanonical(dec(max).minus(sumOf(pending.map((n) => n.max)))), of: max, pending: pending.length },
    provisional: pending.length > 0,
  };
}

/** The pending leaves of a scored tree, in tree order. */
function pendingLeaves(nodes: readonly ScoreNode[], out: ScoreNode[]): ScoreNode[] {
  for (const n of nodes) {
    if (n.children) pendingLeaves(n.children, out);
    else if (n.status === 'pending') out.push(n);
  }
  return out;
}

/**
 * Score an indicator system against a department's facts: every leaf by its method (linear,
 * bands, ratio, checklist, perViolation, categorical, manual), unavailable data and missing
 * assessments by the system's policies (full, zero, reweight), earned points rounded half-up to
 * 2 decimals at the leaf, totals rolled up exactly, and the grade from the system's bands. Every
 * leaf says what it read, the standard applied and why it lost points; `deductions` lists every
 * leaf that lost points with its reason (for manual leaves, the assessment's reason).
 *
 * @param system - A built-in system or any system data (validated here; the flat form is accepted).
 * @param facts - From `computeFacts`, plus any rule-finding facts (`findings.failed.tag.*`).
 * @param options - Locale and assessments.
 * @returns The score sheet.
 * @throws {@link JixiaoError} when the system is invalid.
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput } from 'jixiao';
 * import { getBuiltInSystem, scoreSheet } from 'jixiao/scoring';
 * const input = parseEvaluationInput(data);
 * const facts = computeFacts(input);
 * const sheet = scoreSheet(getBuiltInSystem('enyang-2023')!, facts, { assessments: input.assessments });
 * sheet.total;       // "98"
 * sheet.grade.label; // "优秀"
 * sheet.deductions.map((d) => `${d.name} −${d.points}：${d.reason}`);
 * ```
 */
export function scoreSheet(system: IndicatorSystem | unknown, facts: Facts, options: ScoreOptions = {}): ScoreSheet {
  const r = safeScoreSheet(system, facts, options);
  if (!r.ok) throw new JixiaoError(r.issues, options.locale === 'en' ? 'en' : 'zh-CN');
  return r.value;
}
