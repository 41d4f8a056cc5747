import type { Facts } from '../facts/types.js';
import { JixiaoError, type Locale, type Result } from '../shared/issues.js';
import { SCORING_MESSAGES } from '../shared/messages/scoring.js';
import { sumOf, toCanonical } from '../model/money/decimal.js';
import { BUILT_IN_SYSTEMS } from './builtIn/index.js';
import { gradeOf } from './gradeFor.js';
import { indexAssessments } from './internal/assessments.js';
import { buildNodes } from './internal/build.js';
import { ZERO } from './internal/leaf.js';
import { type PreparedSystem, prepareSystem } from './internal/prepare.js';
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
  const prepared = preparedSystem(system, locale);
  if (!prepared.ok) return prepared;
  return { ok: true, value: scorePrepared(prepared.value, facts, options) };
}

export type { PreparedSystem } from './internal/prepare.js';

/**
 * The built-in systems (frozen, validated by the test suite) prepared once, at load: each call
 * scores the prepared form; a custom system is prepared after it has been validated.
 */
const PREPARED_BUILT_IN: ReadonlyMap<IndicatorSystem, PreparedSystem> = new Map(BUILT_IN_SYSTEMS.map((s) => [s, prepareSystem(s)]));

/**
 * A system in the form scoring executes: a built-in one as prepared at load, any other validated
 * ({@link validateIndicatorSystem}'s issues when it is not valid) and then prepared. @internal
 */
export function preparedSystem(system: IndicatorSystem | unknown, locale: Locale): Result<PreparedSystem> {
  const builtIn = PREPARED_BUILT_IN.get(system as IndicatorSystem);
  if (builtIn) return { ok: true, value: builtIn };
  const valid = validateIndicatorSystem(system, { locale });
  return valid.ok ? { ok: true, value: prepareSystem(valid.value) } : valid;
}

/** {@link scoreSheet} on a system already prepared by {@link preparedSystem} (not validated again). @internal */
export function scorePrepared(p: PreparedSystem, facts: Facts, options: ScoreOptions = {}): ScoreSheet {
  return scoreValid(p, facts, options.assessments ?? [], options.locale === 'en' ? 'en' : 'zh-CN');
}

/** Score a prepared system: resolve the tree (scoring every leaf, moving points), then build it on the system's total. */
function scoreValid(p: PreparedSystem, facts: Facts, assessments: readonly ScoreAssessment[], locale: Locale): ScoreSheet {
  const s = p.system;
  const { byId, notices } = indexAssessments(assessments, p.nodesById, locale);
  const ctx = { facts, locale, m: SCORING_MESSAGES[locale], assessments: byId, unavailablePolicy: s.unavailablePolicy, unassessedPolicy: s.unassessedPolicy };
  const deductions: Deduction[] = [];
  const built = buildNodes(resolveChildren(p.roots, ctx), p.total, true, [], locale, deductions);
  const totalDec = built.reduce((a, b) => a.plus(b.earned), ZERO);
  const total = toCanonical(totalDec);
  const root = built.map((b) => b.node);
  // The roots' maxes summed as built (not their texts read again).
  const maxDec = built.reduce((a, b) => a.plus(b.max), ZERO);
  const max = toCanonical(maxDec);
  const pending = pendingLeaves(root, []);
  return {
    systemId: s.id,
    systemVersion: s.version,
    systemName: localized(locale, s.name, s.nameEn),
    total,
    max,
    grade: gradeOf(p.grades, totalDec, locale),
    root,
    deductions,
    ...(notices.length > 0 ? { notices } : {}),
    assessed: { points: toCanonical(maxDec.minus(sumOf(pending.map((n) => n.max)))), of: max, pending: pending.length },
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
