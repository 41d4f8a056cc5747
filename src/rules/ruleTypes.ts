import type { FactSetName } from '../facts/types.js';
import type { Operator } from './operators.js';
import type { RuleCategory, RuleRef, Severity } from './types.js';

/**
 * A literal on the right-hand side of a leaf: a decimal string (numbers are normalised), text or a boolean.
 *
 * @example
 * ```ts
 * import type { Scalar } from 'jixiao/rules';
 * const values: Scalar[] = ['0', '0.05', true];
 * ```
 */
export type Scalar = string | boolean;

/**
 * The right-hand side of a leaf: a literal, a list or range of literals, another fact, or a configured threshold.
 *
 * @example
 * ```ts
 * import type { Operand } from 'jixiao/rules';
 * const a: Operand = { fact: 'threePublic.total.budget' };
 * const b: Operand = { threshold: 'disclosure.deadlineDays' };
 * const c: Operand = ['0.9', '1.1'];
 * ```
 */
export type Operand = Scalar | readonly Scalar[] | { readonly fact: string } | { readonly threshold: string };

/**
 * A comparison of one fact with a value, another fact or a threshold.
 *
 * @example
 * ```ts
 * import type { Leaf } from 'jixiao/rules';
 * const leaf: Leaf = { fact: 'income.total.stated', op: 'eq', value: { fact: 'income.total.computed' }, tolerance: 'rounding' };
 * ```
 */
export interface Leaf {
  /** Fact name from the catalog; may contain `{key}` when the rule has `forEach`. */
  readonly fact: string;
  /** One of {@link OPERATORS}. */
  readonly op: Operator;
  /** What to compare with (absent for `isTrue`, `isFalse`, `available`). */
  readonly value?: Operand;
  /** For `eq`, `lte`, `gte`: a decimal, or `"rounding"` (max parts of either side × half a unit). */
  readonly tolerance?: string;
}

/**
 * A condition tree: all/any/not over leaves.
 *
 * @example
 * ```ts
 * import type { Condition } from 'jixiao/rules';
 * const c: Condition = { all: [{ fact: 'procurement.occurred', op: 'isFalse' }, { not: { fact: 'expenditure.capital.lines', op: 'eq', value: '0' } }] };
 * ```
 */
export type Condition = Leaf | { readonly all: readonly Condition[] } | { readonly any: readonly Condition[] } | { readonly not: Condition };

/**
 * A text in both languages.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'jixiao/rules';
 * const title: LocalizedText = { 'zh-CN': '收入总计等于支出总计', en: 'Total income equals total expenditure' };
 * ```
 */
export interface LocalizedText {
  /** Chinese. */
  readonly 'zh-CN': string;
  /** English. */
  readonly en: string;
}

/**
 * A fact shown alongside a rule's verdict, e.g. purchased-service staff next to the 编制 check.
 *
 * @example
 * ```ts
 * import type { ContextFact } from 'jixiao/rules';
 * const c: ContextFact = { fact: 'staff.purchasedService', note: { 'zh-CN': '不占编制', en: 'outside the quota' } };
 * ```
 */
export interface ContextFact {
  /** Fact name (may contain `{key}`). */
  readonly fact: string;
  /** Why it is shown. */
  readonly note?: LocalizedText;
}

/**
 * One rule: JSON-serialisable data, no functions. Validate rules from outside with `RuleSchema`.
 *
 * @example
 * ```ts
 * import type { Rule } from 'jixiao/rules';
 * const rule: Rule = {
 *   id: 'my.three-public.total.within-budget',
 *   title: { 'zh-CN': '“三公”经费不超预算', en: '"Three public" within budget' },
 *   severity: 'error', category: 'compliance', refs: [], tags: ['three-public'],
 *   check: { fact: 'threePublic.total.actual', op: 'lte', value: { fact: 'threePublic.total.budget' } },
 * };
 * ```
 */
export interface Rule {
  /** Stable dotted slug, e.g. `three-public.total.within-budget`. Public API: never reused. */
  readonly id: string;
  /** Title in both languages. */
  readonly title: LocalizedText;
  /** What it checks and why, in words. */
  readonly description?: LocalizedText;
  /** `error` 强制性, `warning` 提示性, `info`. */
  readonly severity: Severity;
  /** 平衡 balance, 一致 consistency, 完整 completeness, 合规 compliance. */
  readonly category: RuleCategory;
  /** Document basis. */
  readonly refs: readonly RuleRef[];
  /** Tags read by scoring, e.g. `identity`, `three-public`, `procurement`, `disclosure`. */
  readonly tags: readonly string[];
  /** Run once per key of this fact set, substituting `{key}` in fact names. */
  readonly forEach?: FactSetName;
  /** Applicability: when false or unknown the rule is not_applicable. */
  readonly when?: Condition;
  /** The check itself. */
  readonly check: Condition;
  /** Facts reported alongside the verdict. */
  readonly context?: readonly ContextFact[];
}

/**
 * A versioned, named list of rules.
 *
 * @example
 * ```ts
 * import type { RulePack } from 'jixiao/rules';
 * const pack: RulePack = { id: 'my.pack', version: '1.0.0', rules: [] };
 * ```
 */
export interface RulePack {
  /** Stable id, e.g. `jixiao.core`. */
  readonly id: string;
  /** Semantic version of the pack. */
  readonly version: string;
  /** Human title. */
  readonly title?: LocalizedText;
  /** The rules, run in order. */
  readonly rules: readonly Rule[];
}
