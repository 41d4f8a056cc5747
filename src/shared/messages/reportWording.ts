import type { Locale } from '../issues.js';
import { reportWordingEn } from './reportWording.en.js';
import { reportWordingZhCN } from './reportWording.zh-CN.js';

/**
 * The sentences the report generates from the result (四、评价结论, 五、存在的问题及建议 and the
 * 待核实 notes), in zh-CN (公文 register) and en. Callers format every value first (amounts with
 * their unit, points); these functions only choose the words and the order. @internal
 */

/** The areas a failed check is reported under (one problem paragraph and one suggestion each). @internal */
export type ReportArea = 'accounts' | 'threePublic' | 'staffing' | 'disclosure' | 'procurement' | 'carryOver' | 'other';

/** One deduction of the score sheet: what it is called and the points lost. @internal */
export interface WordedDeduction {
  readonly label: string;
  readonly points: string;
}

/** One indicator whose claimed score differs from the computed one. @internal */
export interface WordedDifference {
  readonly name: string;
  readonly claimed: string;
  readonly computed: string;
}

/** What the score sentence says. @internal */
export interface ScoreWords {
  /** A self-evaluation (`我局…自评结果`) or an evaluation by someone else. */
  readonly self: boolean;
  /** How the department is named: `我局` in a self-evaluation, else its short name. */
  readonly who: string;
  readonly year: number;
  readonly total: string;
  readonly grade: string;
  /** While indicators are pending: points assessed, of, and how many are pending. */
  readonly pending?: { readonly points: string; readonly of: string; readonly count: number };
  /**
   * The department's claimed total when it differs from the computed one, with its grade when claimed
   * (the difference is not stated while indicators are pending: the computed total is provisional).
   */
  readonly claimed?: { readonly total: string; readonly grade?: string; readonly lower: boolean; readonly difference: string };
  readonly deductions: readonly WordedDeduction[];
  /** Indicators whose claimed score differs from the computed one (printed whether or not a total is claimed). */
  readonly differences: readonly WordedDifference[];
}

/** Counts of the compliance review. @internal */
export interface RuleCounts {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly errors: number;
  readonly waived: number;
  readonly notApplicable: number;
  readonly error: number;
  readonly appendix: boolean;
}

/** The sentences of the report, in one language. @internal */
export interface ReportWording {
  /** Printed before a note for the author: visible in every output, not by colour alone. */
  readonly flagPrefix: string;
  readonly areas: Readonly<Record<ReportArea, string>>;
  /** One improvement suggestion per area with a failed check. */
  readonly suggestions: Readonly<Record<ReportArea, string>>;
  /** The opening of 评价结论 when no mandatory check failed (generated when the input has none). */
  readonly conclusionClean: string;
  /** The opening when mandatory checks failed: how many, in which areas. */
  readonly conclusionFailed: (count: number, areas: readonly string[]) => string;
  /** The input's own opening followed by the score sentence. */
  readonly withLead: (lead: string, rest: string) => string;
  /** The flag replacing the input's opening when mandatory checks failed. */
  readonly conclusionUnsupported: (lead: string, count: number) => string;
  readonly score: (w: ScoreWords) => string;
  readonly rules: (c: RuleCounts) => string;
  /** 存在问题: the paragraph of one area. */
  readonly problemArea: (area: string, clauses: readonly string[]) => string;
  /** Before the problems found by the compliance review. */
  readonly problemsLead: string;
  readonly noProblems: string;
  readonly noSuggestions: string;
  /** A stated total that fails its check: the computed figure is printed, the stated one flagged. */
  readonly statedTotalDiffers: (what: string, stated: string, computed: string) => string;
  /** A department's explanation that the figures no longer support. */
  readonly explanationUnsupported: (explanation: string, why: string) => string;
  /** Why: an item over its budget. */
  readonly overBudget: (item: string, actual: string, budget: string) => string;
  /** Names of stated totals in {@link ReportWording.statedTotalDiffers}. */
  readonly totals: { readonly income: string; readonly expenditure: string; readonly carryOut: string; readonly functional: (name: string) => string };
  /** The 三公 total, named in {@link ReportWording.overBudget}. */
  readonly threePublicTotal: string;
  /** Why: the explanation states amounts the data do not have. */
  readonly staleAmounts: (stated: readonly string[], data: readonly string[]) => string;
}

/** The report's sentences in a locale. @internal */
export const reportWording = (locale: Locale): ReportWording => (locale === 'en' ? reportWordingEn : reportWordingZhCN);
