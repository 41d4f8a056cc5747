/** Result types of the scoring engine (the contract shared with evaluate and render). */

/** How a leaf's score was reached. */
export type LeafStatus = 'scored' | 'unavailable' | 'manual' | 'unassessed' | 'reweighted';

/** One node of a scored indicator sheet. */
export interface ScoreNode {
  readonly id: string;
  readonly name: string;
  /** Points available (decimal string). */
  readonly max: string;
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
}

/** A deduction, flattened for reports. */
export interface Deduction {
  readonly indicatorId: string;
  readonly name: string;
  /** Path of names from the root, e.g. ["综合管理", "预算绩效管理", "宣传培训"]. */
  readonly path: readonly string[];
  readonly points: string;
  readonly reason: string;
}

/** A scored sheet. */
export interface ScoreSheet {
  readonly systemId: string;
  readonly systemVersion: string;
  readonly systemName: string;
  readonly total: string;
  readonly max: string;
  readonly grade: { readonly label: string; readonly min: string; readonly assumed: boolean };
  readonly root: readonly ScoreNode[];
  readonly deductions: readonly Deduction[];
}
