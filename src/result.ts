import type { Facts } from './facts/types.js';
import type { Issue, Locale } from './shared/issues.js';
import type { EvaluationInput } from './model/schema/input.js';
import type { RuleReport } from './rules/types.js';
import type { ScoreSheet } from './scoring/types.js';
import type { SystemChoice } from './systemChoice.js';

/**
 * Where a claimed score differs from what the data supports (review mode).
 *
 * @example
 * ```ts
 * import { evaluateDepartment, type ReviewDifference } from 'jixiao';
 * const differences: readonly ReviewDifference[] = evaluateDepartment(data).review?.differences ?? [];
 * for (const d of differences) console.log(`${d.name}: claimed ${d.claimed}, data supports ${d.computed} (${d.difference})`);
 * ```
 */
export interface ReviewDifference {
  readonly indicatorId: string;
  readonly name: string;
  readonly claimed: string;
  readonly computed: string;
  /** computed − claimed. */
  readonly difference: string;
  readonly explanation: string;
}

/**
 * The result of evaluating one department: plain, serialisable and deterministic.
 *
 * @example
 * ```ts
 * import { evaluateDepartment, type EvaluationResult } from 'jixiao';
 * const result: EvaluationResult = evaluateDepartment(data);
 * console.log(result.score.total, result.score.grade.label); // "98" "优秀"
 * ```
 */
export interface EvaluationResult {
  /** Result format version. */
  readonly resultVersion: 1;
  /** Library version that produced it. */
  readonly libraryVersion: string;
  readonly locale: Locale;
  /** The as-of date used by date-dependent rules, if any. */
  readonly asOf?: string;
  /** The parsed input (amounts canonical 万元 strings). */
  readonly input: EvaluationInput;
  readonly facts: Facts;
  readonly rules: RuleReport;
  /**
   * The indicator system used, and why (the default, or the `system` option). Always set by
   * `evaluateDepartment` (optional only so that results built by hand stay valid).
   */
  readonly system?: SystemChoice;
  readonly score: ScoreSheet;
  /** Review mode: present when the input carries claimed scores. */
  readonly review?: {
    readonly claimedTotal?: string;
    readonly computedTotal: string;
    /** The claimed grade label and the computed one, when a grade is claimed. */
    readonly claimedGrade?: string;
    readonly computedGrade?: string;
    readonly differences: readonly ReviewDifference[];
    /** Ids of claimed items the indicator system does not have (each also a `claim_unmatched` notice). */
    readonly unmatched?: readonly string[];
  };
  /**
   * Non-fatal notices: pending indicators (`indicator_pending`), the default system (`system_default`)
   * and scope (`system_scope_mismatch`), review claims (`claim_unmatched`, `claim_differs`), unavailable facts scored by policy.
   */
  readonly notices: readonly Issue[];
}
