/** Result types of the scoring engine (the contract shared with evaluate and render). */
import type { Issue } from '../shared/issues.js';

/**
 * How a leaf's score was reached: from data (`scored`), an assessment (`manual`), a policy for missing data (`unavailable`) or a missing assessment (`unassessed`), or its points moved to its siblings (`reweighted`); a manual leaf nobody has assessed yet under the system's `zero` policy is `pending` (0 for now, the total provisional).
 *
 * @example
 * ```ts
 * import type { LeafStatus } from 'jixiao/scoring';
 * const byPolicy = (s: LeafStatus): boolean => s === 'unavailable' || s === 'unassessed' || s === 'reweighted';
 * ```
 */
export type LeafStatus = 'scored' | 'unavailable' | 'manual' | 'unassessed' | 'reweighted' | 'pending';

/**
 * One node of a scored indicator sheet.
 *
 * @example
 * ```ts
 * import type { ScoreNode } from 'jixiao/scoring';
 * const line = (n: ScoreNode): string => `${n.name} ${n.earned}/${n.max}${n.explanation ? `：${n.explanation}` : ''}`;
 * ```
 */
export interface ScoreNode {
  readonly id: string;
  readonly name: string;
  /** Points available (decimal string). Differs from `points` only when reweighting moved points. */
  readonly max: string;
  /** Points the indicator system declares for this node (decimal string). */
  readonly points?: string;
  /** Points earned (decimal string). */
  readonly earned: string;
  /** max − earned. */
  readonly deducted: string;
  readonly children?: readonly ScoreNode[];
  /** Leaves only: */
  readonly method?: string;
  readonly status?: LeafStatus;
  /** The fact(s) read and their values. */
  readonly metric?: { readonly fact: string; readonly value: string | boolean | null; readonly display: string }[];
  /** The 评分标准 text applied. */
  readonly standard?: string;
  /** 扣分原因 (or 得分说明 when nothing was deducted), generated from the numbers. */
  readonly explanation?: string;
  /** Where the item comes from (source, reliability). */
  readonly provenance?: { readonly reliability: 'O' | 'M' | 'S' | 'K'; readonly source: string; readonly note?: string };
  /** Leaves only: the unavailable/unassessed policy that was applied, when one was. */
  readonly policy?: 'full' | 'zero' | 'reweight';
  /**
   * Ratio leaves whose denominator was zero: the zero policy that decided the outcome — the case
   * (`zeroOverZero`: 0 ÷ 0; `zeroDenominator`: non-zero ÷ 0), what it earns (`not_applicable` flags the
   * indicator as N/A), the policy's source and reliability, and whether the leaf declared it (`false`: the
   * library default `DEFAULT_ZERO_POLICY`).
   */
  readonly zeroPolicy?: {
    readonly case: 'zeroOverZero' | 'zeroDenominator';
    readonly outcome: 'full' | 'not_applicable' | 'zero' | 'unavailable';
    readonly source: string;
    readonly reliability: 'O' | 'M' | 'S' | 'K';
    readonly declared: boolean;
  };
  /** Manual leaves: the evaluator's assessment that was applied. */
  readonly assessment?: { readonly score?: string; readonly deduction?: string; readonly reason: string };
}

/**
 * A deduction, flattened for reports.
 *
 * @example
 * ```ts
 * import type { Deduction } from 'jixiao/scoring';
 * const text = (d: Deduction): string => `${d.path.join(' / ')} 扣${d.points}分：${d.reason}`;
 * ```
 */
export interface Deduction {
  readonly indicatorId: string;
  readonly name: string;
  /** Path of names from the root, e.g. ["综合管理", "预算绩效管理", "宣传培训"]. */
  readonly path: readonly string[];
  readonly points: string;
  readonly reason: string;
}

/**
 * A scored sheet: the tree, the total, the grade and every deduction with its reason.
 *
 * @example
 * ```ts
 * import type { ScoreSheet } from 'jixiao/scoring';
 * const summary = (s: ScoreSheet): string => `总分${s.total}分（${s.grade.label}）`;
 * ```
 */
export interface ScoreSheet {
  readonly systemId: string;
  readonly systemVersion: string;
  readonly systemName: string;
  readonly total: string;
  readonly max: string;
  readonly grade: { readonly label: string; readonly min: string; readonly assumed: boolean };
  readonly root: readonly ScoreNode[];
  readonly deductions: readonly Deduction[];
  /** Non-fatal notices, e.g. an assessment naming an indicator that is not a manual leaf of the system. */
  readonly notices?: readonly Issue[];
  /**
   * How much of the sheet has been assessed: `points` (decimal string) of the leaves that are not
   * pending, `of` the sheet's `max`, and the number of `pending` leaves. Always set by `scoreSheet`
   * (optional only so that sheets built by hand, e.g. in tests, stay valid: absent reads as all assessed).
   */
  readonly assessed?: { readonly points: string; readonly of: string; readonly pending: number };
  /** True while any leaf is pending: the total and the grade are provisional (暂定). */
  readonly provisional?: boolean;
}

/**
 * An evaluator's assessment of a manual leaf, read by `scoreSheet` (the model's `Assessment` fits).
 *
 * @example
 * ```ts
 * import type { ScoreAssessment } from 'jixiao/scoring';
 * const a: ScoreAssessment = { indicator: 'management.performance.evaluation-quality', deduction: '1', reason: '部门绩效评价质量情况扣1分' };
 * ```
 */
export interface ScoreAssessment {
  /** Indicator id. */
  readonly indicator: string;
  /** Points earned (decimal string); give this or `deduction`. */
  readonly score?: string | undefined;
  /** Points deducted (decimal string). */
  readonly deduction?: string | undefined;
  /** 评分或扣分原因. */
  readonly reason: string;
}
