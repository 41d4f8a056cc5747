import type { Facts } from '../facts/types.js';
import type { Locale } from '../shared/issues.js';
import { contextFacts } from './internal/contextFacts.js';
import type { EvalContext } from './internal/evaluateLeaf.js';
import { evaluateRuleAllKeys } from './internal/evaluateRule.js';
import { waivedSuffix } from './internal/findingMessage.js';
import { type ResolveThresholdOptions, resolveThreshold, type ThresholdResolution, type ThresholdScope } from './resolveThreshold.js';
import type { Rule, RulePack } from './schema.js';
import type { ThresholdKey, ThresholdSet } from './thresholds.js';
import type { Finding, RuleReport } from './types.js';

/**
 * A waiver: accept a failed finding of `rule` (on `key` only, when given) for a written reason.
 *
 * @example
 * ```ts
 * import type { RuleWaiver } from 'jixiao/rules';
 * const w: RuleWaiver = { rule: 'expenditure.economic.stated-equals-lines', key: '301', reason: '已报财政局说明' };
 * ```
 */
export interface RuleWaiver {
  /** The rule id. */
  readonly rule: string;
  /** Why the finding is accepted. */
  readonly reason: string;
  /** Only this key of an iterating rule (e.g. economic class `301`). */
  readonly key?: string | undefined;
}

/**
 * Options of {@link runRules}. Nothing is read from the environment: pass what you need.
 *
 * @example
 * ```ts
 * import type { RunRulesOptions } from 'jixiao/rules';
 * const o: RunRulesOptions = { locale: 'en', asOf: '2023-06-14', fiscalYear: 2022 };
 * ```
 */
export interface RunRulesOptions {
  /** Message language: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** Waivers, usually `input.waivers`. */
  readonly waivers?: readonly RuleWaiver[];
  /** The as-of date (YYYY-MM-DD) for deadline rules. The clock is never read. */
  readonly asOf?: string;
  /** Extra threshold sets; at equal specificity they win over {@link BUILT_IN_THRESHOLDS}. */
  readonly thresholds?: readonly ThresholdSet[];
  /** The department's region and level, for threshold resolution (a parsed `Department` fits). */
  readonly department?: ThresholdScope;
  /** The fiscal year evaluated, for threshold resolution. */
  readonly fiscalYear?: number;
}

function applyWaivers(findings: Finding[], waivers: readonly RuleWaiver[], locale: Locale): Finding[] {
  if (waivers.length === 0) return findings;
  return findings.map((f) => {
    if (f.status !== 'fail') return f;
    const w = waivers.find((x) => x.rule === f.ruleId && (x.key === undefined || x.key === f.key));
    return w ? { ...f, waived: { reason: w.reason }, message: f.message + waivedSuffix(w.reason, locale) } : f;
  });
}

/** The summary counts, in one pass over the findings. */
function summarize(findings: readonly Finding[]): RuleReport['summary'] {
  let pass = 0;
  let fail = 0;
  let notApplicable = 0;
  let error = 0;
  let waived = 0;
  let rounding = 0;
  let suspect = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.status === 'pass') pass += 1;
    else if (f.status === 'fail' && !f.waived) fail += 1;
    else if (f.status === 'not_applicable') notApplicable += 1;
    else if (f.status === 'error') error += 1;
    if (f.waived !== undefined) waived += 1;
    if (f.note === 'rounding') rounding += 1;
    else if (f.note === 'suspect') suspect += 1;
  }
  return { pass, fail, notApplicable, error, waived, rounding, suspect };
}

/** What threshold resolution reads from the run options (only the options given). */
function thresholdOptions(options: RunRulesOptions): ResolveThresholdOptions {
  const o: { -readonly [K in keyof ResolveThresholdOptions]: ResolveThresholdOptions[K] } = {};
  if (options.department !== undefined) o.department = options.department;
  if (options.fiscalYear !== undefined) o.fiscalYear = options.fiscalYear;
  if (options.thresholds !== undefined) o.thresholds = options.thresholds;
  return o;
}

/**
 * Run rule packs against a department's facts: synchronous, pure and deterministic. Every rule
 * (every key of an iterating rule) yields one finding with status `pass`, `fail`,
 * `not_applicable` (a fact or threshold is unavailable, or `when` is false — the message says
 * why) or `error` (a bad operand: never a silent false), its leaves with actual, expected and
 * exact difference, and a message in the requested language. A stated total within the rounding
 * bound of its parts passes with `note: 'rounding'`. Waived failures stay listed with
 * `waived` and are not counted in `summary.fail`.
 *
 * Rules are read as they are on every call (nothing is cached by pack), so a pack changed
 * between runs gives the changed verdicts. The built-in {@link CORE_RULE_PACK} is frozen.
 *
 * @param packs - One pack or several (e.g. `[CORE_RULE_PACK, myPack]`), run in order.
 * @param facts - From `computeFacts(input)`.
 * @param options - Locale, waivers, as-of date, thresholds and the department's jurisdiction.
 * @returns The findings, a summary and the packs run.
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput } from 'jixiao';
 * import { CORE_RULE_PACK, runRules } from 'jixiao/rules';
 * const input = parseEvaluationInput(data);
 * const report = runRules(CORE_RULE_PACK, computeFacts(input), {
 *   locale: 'zh-CN', waivers: input.waivers, asOf: '2023-06-14',
 *   department: input.department, fiscalYear: input.report.fiscalYear,
 * });
 * report.summary; // { pass: …, fail: 0, notApplicable: …, error: 0, waived: 0, rounding: 2, suspect: 0 }
 * ```
 */
export function runRules(packs: RulePack | readonly RulePack[], facts: Facts, options: RunRulesOptions = {}): RuleReport {
  const list: readonly RulePack[] = Array.isArray(packs) ? packs : [packs as RulePack];
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  // Each threshold is resolved at most once per run, when a rule first needs it.
  const resolved = new Map<ThresholdKey, ThresholdResolution>();
  let scope: ResolveThresholdOptions | undefined;
  const threshold = (key: ThresholdKey): ThresholdResolution => {
    let r = resolved.get(key);
    if (!r) {
      scope ??= thresholdOptions(options);
      r = resolveThreshold(key, scope);
      resolved.set(key, r);
    }
    return r;
  };
  // The context facts are looked up first, then facts.values: no copy of every fact per call.
  const context = contextFacts(facts.values, options.asOf);
  const ctx: EvalContext = {
    values: facts.values,
    context,
    halfUnit: facts.halfUnit,
    locale,
    threshold,
    bounds: new Map(),
    decimals: new Map(),
    scratch: { leaves: [], count: 0, reason: undefined },
    shown: new Map(),
  };
  const sets = facts.sets as Readonly<Record<string, readonly string[]>>;
  const findings: Finding[] = [];
  // Indexed loops here and in summarize: a for-of left one iterator result object per rule and
  // finding (≈ 3 KB per run on the reference fixture).
  for (let p = 0; p < list.length; p++) {
    const pack = list[p] as RulePack;
    for (let r = 0; r < pack.rules.length; r++) evaluateRuleAllKeys(pack.rules[r] as Rule, pack.id, ctx, sets, findings);
  }
  const waived = applyWaivers(findings, options.waivers ?? [], locale);
  return { findings: waived, summary: summarize(waived), packs: list.map((p) => ({ id: p.id, version: p.version })) };
}
