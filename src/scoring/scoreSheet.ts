import type { Facts } from '../facts/types.js';
import { JixiaoError, type Locale, type Result } from '../shared/issues.js';
import { type Dec, dec, toCanonical } from '../model/money/decimal.js';
import { isBuiltInSystem } from './builtIn/index.js';
import type { gradeFor } from './gradeFor.js';
import { indexAssessments } from './internal/assessments.js';
import { type CompiledSystem, compiledSystem } from './internal/compiled.js';
import { directNodes, type GroupOutcome } from './internal/direct.js';
import type { IndicatorSystem } from './schema/system.js';
import type { Deduction, ScoreAssessment, ScoreSheet } from './types.js';
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
  let s: IndicatorSystem;
  if (isBuiltInSystem(system)) s = system;
  else {
    const valid = validateIndicatorSystem(system, { locale });
    if (!valid.ok) return valid;
    s = valid.value;
  }
  // Everything that depends on the system alone (parsed points, labels, paths, the id index, the
  // sorted grades) is worked out once per system object: built-ins are scored on every evaluation.
  const compiled = compiledSystem(s);
  const { bySlot, notices } = indexAssessments(options.assessments ?? [], compiled.nodesById, compiled.manualSlots, locale);
  const ctx = { facts, locale, assessments: bySlot, unavailablePolicy: s.unavailablePolicy, unassessedPolicy: s.unassessedPolicy };
  const { root } = compiled;
  const deductions: Deduction[] = [];
  const built: GroupOutcome = { earned: root.points, maxes: undefined };
  const nodes = directNodes(root, root.points, ctx, deductions, [], 0, built);
  const totalDec = built.earned;
  const total = toCanonical(totalDec);
  const value: { -readonly [K in keyof ScoreSheet]: ScoreSheet[K] } = {
    systemId: s.id,
    systemVersion: s.version,
    systemName: locale === 'en' ? (s.nameEn ?? s.name) : s.name,
    total,
    max: built.maxes === undefined ? root.childSumText : toCanonical(built.maxes.reduce((a, m) => a.plus(m), dec(0))),
    grade: gradeOf(compiled, totalDec, locale),
    root: nodes,
    deductions,
  };
  if (notices.length > 0) value.notices = notices;
  return { ok: true, value };
}

/** {@link gradeFor} on the system's grades sorted once: the first band (highest `min`) at or below the total, else the lowest. */
function gradeOf(compiled: CompiledSystem, total: Dec, locale: Locale): ScoreSheet['grade'] {
  const { grades } = compiled;
  const hit = grades.find((g) => total.gte(g.min)) ?? grades[grades.length - 1];
  if (!hit) return { label: '', min: '0', assumed: true };
  const band = hit.band;
  return { label: locale === 'en' ? (band.labelEn ?? band.label) : band.label, min: band.min, assumed: band.assumed };
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
