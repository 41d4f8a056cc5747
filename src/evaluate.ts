import { computeFactsThen } from './facts/computeFacts.js';
import { type Issue, type Issues, JixiaoError, type Locale, type Result } from './shared/issues.js';
import { makeIssue } from './shared/makeIssue.js';
import { toCanonical, dec } from './model/money/decimal.js';
import { safeParseEvaluationInput } from './model/parse.js';
import type { EvaluationInput, Waiver } from './model/schema/input.js';
import type { EvaluationResult, ReviewDifference } from './result.js';
import { CORE_RULE_PACK, findingFacts, runRules, type RulePack, type ThresholdSet } from './rules/index.js';
import { getBuiltInSystem, type IndicatorSystem, BUILT_IN_SYSTEMS } from './scoring/index.js';
import { type PreparedSystem, preparedSystem, scorePrepared } from './scoring/scoreSheet.js';
import type { ScoreNode, ScoreSheet } from './scoring/types.js';
import { VERSION } from './version.js';
import { chooseSystem, DEFAULT_SYSTEM_ID } from './systemChoice.js';
import { SCORING_MESSAGES } from './shared/messages/scoring.js';
import { checkOptions } from './evaluateOptions.js';

/**
 * Options for {@link evaluateDepartment}.
 *
 * @example
 * ```ts
 * import { evaluateDepartment, type EvaluateOptions } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const options: EvaluateOptions = {
 *   system: 'enyang-2023',
 *   locale: 'en',
 *   asOf: '2023-06-30',
 *   waivers: [{ rule: 'three-public.item.matches-ledger', key: 'reception', reason: 'split between 30217 and 30299, confirmed by the finance bureau' }],
 * };
 * evaluateDepartment(ENYANG_2022_EXAMPLE, options).score.total; // "98"
 * ```
 */
export interface EvaluateOptions {
  /** Indicator system: a built-in id (default `enyang-2023`) or a system object (validated). */
  readonly system?: string | IndicatorSystem | unknown;
  /** Extra rule packs run after the built-in pack. */
  readonly rulePacks?: readonly RulePack[];
  /** Run the built-in compliance pack `jixiao.core` (default true). */
  readonly coreRules?: boolean;
  /** Message language: `zh-CN` (default) or `en`. */
  readonly locale?: Locale;
  /** Date (YYYY-MM-DD) for date-dependent rules such as disclosure deadlines. The clock is never read. */
  readonly asOf?: string;
  /** Waivers added to the input's own. */
  readonly waivers?: readonly Waiver[];
  /** Extra versioned thresholds (procurement limits, deadlines …). */
  readonly thresholds?: readonly ThresholdSet[];
}

/** The rule packs of the default options, shared rather than built per call (runRules only reads them). */
const CORE_ONLY: readonly RulePack[] = Object.freeze([CORE_RULE_PACK]);
const NO_PACKS: readonly RulePack[] = Object.freeze([]);

/**
 * The system of the options in the form scoring executes: a built-in one as prepared at load, a
 * custom one validated and prepared here, once (scoring it does not validate it again).
 */
function resolveSystem(system: EvaluateOptions['system'], locale: Locale): Result<PreparedSystem> {
  if (system === undefined || typeof system === 'string') {
    const id = system ?? DEFAULT_SYSTEM_ID;
    const found = getBuiltInSystem(id);
    if (found) return preparedSystem(found, locale);
    return {
      ok: false,
      issues: [makeIssue('unknown_system', ['options', 'system'], { system: id, expected: BUILT_IN_SYSTEMS.map((s) => s.id).join(', ') }, locale)],
    };
  }
  const r = preparedSystem(system, locale);
  if (r.ok) return r;
  return { ok: false, issues: r.issues.map((i) => ({ ...i, path: ['options', 'system', ...i.path] })) as unknown as Issues };
}

/**
 * The score tree's nodes in depth-first pre-order: the order the `Map` built here before iterated
 * them in. An array, because review and notices mostly walk the nodes and look up only the few
 * claimed ones (a `Map` of every node was built on each call for those few lookups). Node ids are
 * unique (the scoring system's normalisation rejects duplicates), so order and lookups agree with
 * that `Map`; lookups still take the last node with an id, as `Map.set` did.
 */
function flatten(nodes: readonly ScoreNode[], out: ScoreNode[] = []): ScoreNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.children) flatten(n.children, out);
  }
  return out;
}

/** Up to this many claimed items, lookups scan instead of building a Map or Set. */
const SCAN_LIMIT = 8;

/** The last node with this id (as a Map built in pre-order would give), or undefined. */
function nodeById(nodes: readonly ScoreNode[], id: string): ScoreNode | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) if ((nodes[i] as ScoreNode).id === id) return nodes[i];
  return undefined;
}

/**
 * Review mode: every claim is matched or reported. A claimed item whose indicator the system does not
 * have, and a claimed grade the system does not know, are `claim_unmatched` notices at the claim's
 * path; a claimed total or grade that differs from the computed one is a `claim_differs` notice.
 */
function review(
  input: EvaluationInput,
  sheet: ScoreSheet,
  nodes: readonly ScoreNode[],
  system: IndicatorSystem,
  locale: Locale,
  out: Issue[],
): EvaluationResult['review'] {
  const claimed = input.claimed;
  if (!claimed) return undefined;
  const m = SCORING_MESSAGES[locale];
  const differences: ReviewDifference[] = [];
  const unmatched: string[] = [];
  const items = claimed.items;
  const few = items.length <= SCAN_LIMIT;
  const byId = few ? undefined : new Map(nodes.map((n) => [n.id, n]));
  for (const [i, c] of items.entries()) {
    const node = byId ? byId.get(c.indicator) : nodeById(nodes, c.indicator);
    if (!node) {
      unmatched.push(c.indicator);
      out.push(
        makeIssue('claim_unmatched', ['claimed', 'items', i, 'indicator'], { what: m.claimItem(c.indicator), detail: m.unknownIndicator(c.indicator) }, locale),
      );
      continue;
    }
    const claimedScore = c.score ?? toCanonical(dec(node.max).minus(c.deduction ?? 0));
    // Equal strings are equal numbers: the Decimal comparison is only needed when they differ.
    if (claimedScore !== node.earned && !dec(claimedScore).eq(dec(node.earned))) {
      differences.push(diff(node, claimedScore, locale));
    }
  }
  // Where the department claims a deduction list, every other leaf is implicitly claimed at full marks.
  if (items.length > 0) {
    const claimedIds = few ? undefined : new Set(items.map((c) => c.indicator));
    for (const node of nodes) {
      if (node.children || (claimedIds ? claimedIds.has(node.id) : isClaimed(items, node.id))) continue;
      if (node.earned !== node.max && !dec(node.earned).eq(dec(node.max))) differences.push(diff(node, node.max, locale));
    }
  }
  if (claimed.total !== undefined && !dec(claimed.total).eq(dec(sheet.total))) {
    out.push(makeIssue('claim_differs', ['claimed', 'total'], { what: m.claimTotal, claimed: claimed.total, computed: sheet.total }, locale));
  }
  const grade = claimed.grade;
  if (grade !== undefined) {
    const band = system.grades.find((g) => g.label === grade || g.labelEn === grade);
    if (!band) {
      const expected = system.grades.map((g) => g.label).join(locale === 'en' ? ', ' : '、');
      out.push(makeIssue('claim_unmatched', ['claimed', 'grade'], { what: m.claimGrade, detail: m.unknownGrade(grade, expected) }, locale));
    } else if (band.label !== sheet.grade.label && band.labelEn !== sheet.grade.label) {
      out.push(makeIssue('claim_differs', ['claimed', 'grade'], { what: m.claimGrade, claimed: grade, computed: sheet.grade.label }, locale));
    }
  }
  return {
    ...(claimed.total !== undefined ? { claimedTotal: claimed.total } : {}),
    computedTotal: sheet.total,
    ...(grade !== undefined ? { claimedGrade: grade, computedGrade: sheet.grade.label } : {}),
    differences,
    ...(unmatched.length > 0 ? { unmatched } : {}),
  };
}

function isClaimed(items: readonly { readonly indicator: string }[], id: string): boolean {
  for (const c of items) if (c.indicator === id) return true;
  return false;
}

function diff(node: ScoreNode, claimedScore: string, locale: Locale): ReviewDifference {
  const difference = toCanonical(dec(node.earned).minus(claimedScore));
  const explanation =
    locale === 'en'
      ? `claimed ${claimedScore}, data supports ${node.earned} of ${node.max}: ${node.explanation ?? ''}`
      : `自评 ${claimedScore} 分，数据支持 ${node.earned} 分（满分 ${node.max} 分）：${node.explanation ?? ''}`;
  return { indicatorId: node.id, name: node.name, claimed: claimedScore, computed: node.earned, difference, explanation };
}

function notices(nodes: readonly ScoreNode[], locale: Locale): Issue[] {
  const out: Issue[] = [];
  for (const n of nodes) {
    if (n.status === 'pending') out.push(makeIssue('indicator_pending', ['score', n.id], { name: n.name, points: n.max }, locale));
    else if (n.status === 'unavailable' || n.status === 'unassessed' || n.status === 'reweighted') {
      out.push(makeIssue('invalid_input', ['score', n.id], { detail: n.explanation ?? n.status }, locale));
    }
  }
  return out;
}

/**
 * Evaluate one department without throwing: parse, derive facts, run the compliance rules,
 * score against the indicator system, and (when the input claims scores) review the claims.
 * Returns `{ ok: false, issues }` for bad input, bad options or a bad custom system.
 *
 * @example
 * ```ts
 * import { safeEvaluateDepartment } from 'jixiao';
 * const r = safeEvaluateDepartment(data, { locale: 'en' });
 * if (r.ok) console.log(r.value.score.total); else console.error(r.issues);
 * ```
 */
export function safeEvaluateDepartment(data: unknown, options: EvaluateOptions = {}): Result<EvaluationResult> {
  const checked = checkOptions(options);
  if (!checked.ok) return checked;
  const opts = checked.value;
  const { locale } = opts;
  const parsed = safeParseEvaluationInput(data, { locale });
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const system = resolveSystem(opts.system, locale);
  const chosenBy = opts.system === undefined ? 'default' : 'option';
  if (!system.ok) return system;
  const packs = opts.rulePacks.length === 0 ? (opts.coreRules ? CORE_ONLY : NO_PACKS) : [...(opts.coreRules ? [CORE_RULE_PACK] : []), ...opts.rulePacks];
  const ruleOptions = {
    locale,
    waivers: opts.waivers.length === 0 ? input.waivers : [...input.waivers, ...opts.waivers],
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(opts.thresholds !== undefined ? { thresholds: opts.thresholds } : {}),
    department: input.department,
    fiscalYear: input.report.fiscalYear,
  };
  // The rules run on the derived facts alone; scoring also reads the finding counts, which are
  // added to the same facts record before it is frozen (not copied with every derived fact into a
  // second record: that copy was 4 % of an evaluation).
  const { facts: scoringFacts, result: rules } = computeFactsThen(input, (facts) => {
    const report = runRules(packs, facts, ruleOptions);
    return { facts: findingFacts(report), result: report };
  });
  const score = scorePrepared(system.value, scoringFacts, { locale, assessments: input.assessments });
  const nodes = flatten(score.root);
  const chosen = chooseSystem(system.value.system, chosenBy, input.department, input.report.fiscalYear, locale);
  const reviewNotes: Issue[] = [];
  const reviewed = review(input, score, nodes, system.value.system, locale, reviewNotes);
  // One literal per combination of the optional keys (asOf, review), in the order of the former
  // literal with conditional spreads: the same keys in the same order, as one object allocation
  // each (the spreads made temporary objects, and adding keys one by one would spill them into a
  // separate property store).
  const asOf = opts.asOf;
  const notes = [...chosen.notices, ...notices(nodes, locale), ...reviewNotes];
  const sys = chosen.choice;
  const value: EvaluationResult =
    asOf !== undefined
      ? reviewed
        ? { resultVersion: 1, libraryVersion: VERSION, locale, asOf, input, facts: scoringFacts, rules, system: sys, score, review: reviewed, notices: notes }
        : { resultVersion: 1, libraryVersion: VERSION, locale, asOf, input, facts: scoringFacts, rules, system: sys, score, notices: notes }
      : reviewed
        ? { resultVersion: 1, libraryVersion: VERSION, locale, input, facts: scoringFacts, rules, system: sys, score, review: reviewed, notices: notes }
        : { resultVersion: 1, libraryVersion: VERSION, locale, input, facts: scoringFacts, rules, system: sys, score, notices: notes };
  return { ok: true, value };
}

/**
 * Evaluate one department: parse, derive facts, run the compliance rules, score, review.
 *
 * @throws {@link JixiaoError} carrying located issues when the input or options are invalid.
 * @example
 * ```ts
 * import { evaluateDepartment } from 'jixiao';
 * const result = evaluateDepartment(data);
 * result.score.total;        // "98"
 * result.score.grade.label;  // "优秀"
 * result.score.deductions;   // [{ name: '宣传培训', points: '1', reason: … }, …]
 * ```
 */
export function evaluateDepartment(data: unknown, options: EvaluateOptions = {}): EvaluationResult {
  const r = safeEvaluateDepartment(data, options);
  if (!r.ok) throw new JixiaoError(r.issues, (options as EvaluateOptions | null)?.locale === 'en' ? 'en' : 'zh-CN');
  return r.value;
}
