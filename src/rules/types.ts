/** Result types of the rule engine (the contract shared with scoring, evaluate and render). */

/**
 * Severity, following the 决算 audit convention: `error` 强制性 (must be fixed), `warning` 提示性 (needs a
 * written explanation), `info`.
 *
 * @example
 * ```ts
 * import type { Severity } from 'jixiao/rules';
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Category of a rule: 平衡 balance, 一致 consistency, 完整 completeness, 合规 compliance.
 *
 * @example
 * ```ts
 * import type { RuleCategory } from 'jixiao/rules';
 * const c: RuleCategory = 'balance';
 * ```
 */
export type RuleCategory = 'balance' | 'consistency' | 'completeness' | 'compliance';

/**
 * A document reference.
 *
 * @example
 * ```ts
 * import type { RuleRef } from 'jixiao/rules';
 * const ref: RuleRef = { doc: '《中华人民共和国预算法》', article: '第十四条', reliability: 'M' };
 * ```
 */
export interface RuleRef {
  /** The document, e.g. 《中华人民共和国预算法》 or 财预〔2016〕143号. */
  readonly doc: string;
  /** Article or section, e.g. 第十四条. */
  readonly article?: string;
  /** Where to read it. */
  readonly url?: string;
  /** Reliability of the reference: O official, M mirror, S secondary, K unconfirmed domain knowledge. */
  readonly reliability?: 'O' | 'M' | 'S' | 'K';
}

/**
 * Outcome of one rule (or one rule on one key when it iterates).
 *
 * @example
 * ```ts
 * import type { RuleStatus } from 'jixiao/rules';
 * const counted: RuleStatus[] = ['fail'];
 * ```
 */
export type RuleStatus = 'pass' | 'fail' | 'not_applicable' | 'error';

/**
 * What one leaf comparison saw.
 *
 * @example
 * ```ts
 * import type { LeafResult } from 'jixiao/rules';
 * const leaf: LeafResult = {
 *   fact: 'expenditure.economic.301.stated', op: 'eq', actual: '284.8', expected: '284.82',
 *   expectedFact: 'expenditure.economic.301.lines', difference: '-0.02', tolerance: '0.055',
 *   toleranceParts: 11, halfUnit: '0.005', passed: true, withinRounding: true, valueType: 'money',
 * };
 * ```
 */
export interface LeafResult {
  /** The fact compared (with `{key}` substituted). */
  readonly fact: string;
  /** The operator. */
  readonly op: string;
  /** The fact's value (canonical decimal string, boolean or text), or null when unavailable. */
  readonly actual: string | boolean | null;
  /** The value or fact it was compared with. */
  readonly expected: string | boolean | readonly (string | boolean)[] | null;
  /** Name of the compared fact when comparing two facts. */
  readonly expectedFact?: string;
  /** actual − expected, exactly, when both are numbers. */
  readonly difference?: string;
  /** Tolerance applied (rounding bound or declared tolerance), when any. */
  readonly tolerance?: string;
  /** Whether the comparison held. */
  readonly passed: boolean;
  /** True when the leaf passed only because the difference is within the rounding bound. */
  readonly withinRounding?: boolean;
  /** Why the leaf could not be evaluated (unavailable fact, bad operand). */
  readonly reason?: string;
  /**
   * With `withinRounding`: set when the difference, though within the bound, is larger than the
   * typical rounding of as many terms (`typicalRounding`, one unit × √parts): a possible error,
   * reported as a warning rather than as rounding.
   */
  readonly beyondTypicalRounding?: boolean;
  /** The typical rounding exceeded, when `beyondTypicalRounding`. */
  readonly typicalRounding?: string;
  /** The kind of value compared (money in 万元, ratio as a fraction, count, …), for formatting. */
  readonly valueType?: 'money' | 'ratio' | 'number' | 'count' | 'boolean' | 'text';
  /** With a rounding tolerance: n in "n parts × half a unit" (the stated terms of both sides together). */
  readonly toleranceParts?: number;
  /** Half of the last stated digit, in 万元, when a rounding tolerance was applied. */
  readonly halfUnit?: string;
  /** When the compared value is a configured threshold: its key and the threshold set it came from. */
  readonly threshold?: { readonly key: string; readonly setId?: string; readonly reliability?: 'O' | 'M' | 'S' | 'K' };
  /** `when` for leaves of the rule's applicability condition (absent for leaves of `check`). */
  readonly stage?: 'when';
}

/**
 * One finding: a rule's verdict, explained.
 *
 * @example
 * ```ts
 * import type { Finding } from 'jixiao/rules';
 * const failed = (fs: readonly Finding[]) => fs.filter((f) => f.status === 'fail' && !f.waived);
 * ```
 */
export interface Finding {
  /** The rule's id. */
  readonly ruleId: string;
  /** Present when the rule iterates (`forEach`): the class code or item key. */
  readonly key?: string;
  /** The rule's title in the report's locale. */
  readonly title: string;
  /** The rule's severity (`info` for a rounding note, `warning` for a suspect one). */
  readonly severity: Severity;
  /** The rule's category. */
  readonly category: RuleCategory;
  /** The verdict. */
  readonly status: RuleStatus;
  /**
   * `rounding` when it passed only within the rounding bound (reported as info); `suspect` when it
   * passed within the bound by more than typical rounding (reported as a warning: 可能的错误).
   */
  readonly note?: 'rounding' | 'suspect';
  /** The verdict in words, generated from the rule and the numbers, in the report's locale. */
  readonly message: string;
  /** Every leaf evaluated (`when` leaves first), with actual, expected and difference. */
  readonly leaves: readonly LeafResult[];
  /** The rule's references. */
  readonly refs: readonly RuleRef[];
  /** The rule's tags. */
  readonly tags: readonly string[];
  /** Present when the input waived this finding. */
  readonly waived?: { readonly reason: string };
  /** The rule's own severity (differs from `severity` only for rounding notes, which are shown as `info`). */
  readonly ruleSeverity?: Severity;
  /** Id of the rule pack the rule came from. */
  readonly packId?: string;
}

/**
 * The rule engine's report.
 *
 * @example
 * ```ts
 * import type { RuleReport } from 'jixiao/rules';
 * const clean = (r: RuleReport): boolean => r.summary.fail === 0 && r.summary.error === 0;
 * ```
 */
export interface RuleReport {
  /** One finding per rule, or per rule and key; in pack and rule order. */
  readonly findings: readonly Finding[];
  /** Counts of the findings. */
  readonly summary: {
    /** Passed, including rounding passes. */
    readonly pass: number;
    /** Failed and not waived. */
    readonly fail: number;
    /** Not applicable. */
    readonly notApplicable: number;
    /** Rule errors. */
    readonly error: number;
    /** Failed but waived. */
    readonly waived: number;
    /** Passed only within the rounding bound. */
    readonly rounding: number;
    /**
     * Passed within the rounding bound, but by more than rounding typically explains (`note:
     * 'suspect'`, reported as warnings: a possible error to check). Counted in `pass`, not in `rounding`.
     */
    readonly suspect: number;
  };
  /** Ids and versions of the packs run. */
  readonly packs: readonly { readonly id: string; readonly version: string }[];
}
