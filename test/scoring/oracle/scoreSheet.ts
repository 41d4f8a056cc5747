/**
 * Frozen copy of the scoring engine as it was before the perf work (issue #7), kept as the oracle
 * for test/scoring/oracle.test.ts: the optimised engine must produce byte-identical sheets. Do not
 * optimise or "fix" this copy; change it only together with a deliberate change of the output.
 */
import type { Facts } from '../../../src/facts/types.js';
import { JixiaoError, type Locale, type Result } from '../../../src/shared/issues.js';
import { D, sumOf, toCanonical, dec } from '../../../src/model/money/decimal.js';
import { isBuiltInSystem } from '../../../src/scoring/builtIn/index.js';
import { gradeFor } from './gradeFor.js';
import { indexAssessments } from './internal/assessments.js';
import { buildNodes } from './internal/build.js';
import { resolveNodes } from './internal/resolve.js';
import type { IndicatorSystem } from '../../../src/scoring/schema/system.js';
import type { ScoreAssessment, ScoreSheet } from '../../../src/scoring/types.js';
import { validateIndicatorSystem } from '../../../src/scoring/validateIndicatorSystem.js';

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
  const valid: Result<IndicatorSystem> = isBuiltInSystem(system) ? { ok: true, value: system } : validateIndicatorSystem(system, { locale });
  if (!valid.ok) return valid;
  const s = valid.value;
  const { byId, notices } = indexAssessments(options.assessments ?? [], s.indicators, locale);
  const ctx = { facts, locale, assessments: byId, unavailablePolicy: s.unavailablePolicy, unassessedPolicy: s.unassessedPolicy };
  const resolved = resolveNodes(s.indicators, ctx);
  const { nodes, deductions } = buildNodes(resolved, dec(s.total), [], locale);
  const total = toCanonical(sumOf(nodes.map((n) => n.earned)));
  return {
    ok: true,
    value: {
      systemId: s.id,
      systemVersion: s.version,
      systemName: locale === 'en' ? (s.nameEn ?? s.name) : s.name,
      total,
      max: toCanonical(sumOf(nodes.map((n) => n.max))),
      grade: gradeFor(s.grades, total, locale),
      root: nodes,
      deductions,
      ...(notices.length > 0 ? { notices } : {}),
    },
  };
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
