/**
 * What kind of value a fact holds.
 *
 * @example
 * ```ts
 * import { findFactDefinition, type FactType } from 'jixiao';
 * const type: FactType | undefined = findFactDefinition('ratio.staffControl')?.type; // "ratio"
 * ```
 */
export type FactType = 'money' | 'ratio' | 'number' | 'count' | 'boolean' | 'text';

/**
 * One derived value. Numbers are canonical decimal strings (money in 万元, ratios as fractions,
 * e.g. `"0.8235294117647058823529411764705882352941"` for 82.35%); a value that cannot be
 * computed is `unavailable` with the reason — never 0, never NaN.
 *
 * @example
 * ```ts
 * import type { FactValue } from 'jixiao';
 * const f: FactValue = { status: 'ok', type: 'money', value: '576.08', parts: 2 };
 * ```
 */
export type FactValue =
  | {
      readonly status: 'ok';
      readonly type: 'money' | 'ratio' | 'number' | 'count';
      readonly value: string;
      /** For sums: how many stated amounts were added (drives the rounding bound). */
      readonly parts?: number;
    }
  | { readonly status: 'ok'; readonly type: 'boolean'; readonly value: boolean }
  | { readonly status: 'ok'; readonly type: 'text'; readonly value: string }
  | {
      readonly status: 'unavailable';
      readonly type: FactType;
      /** Why it could not be computed, zh-CN. */
      readonly reason: string;
      /** Why it could not be computed, English. */
      readonly reasonEn: string;
      /**
       * Ratio facts: what kind of gap it is, for the indicator's zero policy — `missing` (an input
       * was not given), `zeroOverZero` (0 ÷ 0), `zeroDenominator` (a non-zero value over 0). Absent
       * on other facts (read as `missing`).
       */
      readonly cause?: UnavailableCause;
    };

/**
 * Why a ratio fact is unavailable, as a code (never parsed from the reason text): `missing` — an input was
 * not given; `zeroOverZero` — numerator and denominator are both 0 (e.g. 0 spent of 0 budgeted);
 * `zeroDenominator` — a non-zero numerator over a zero denominator (e.g. spending with no budget, or a
 * change from a zero base).
 *
 * @example
 * ```ts
 * import type { UnavailableCause } from 'jixiao';
 * const c: UnavailableCause = 'zeroOverZero';
 * ```
 */
export type UnavailableCause = 'missing' | 'zeroOverZero' | 'zeroDenominator';

/**
 * All derived values of one evaluation, by name, plus what the rounding bound needs.
 * Plain and serialisable.
 *
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput } from 'jixiao';
 * const facts = computeFacts(parseEvaluationInput(data));
 * facts.values['ratio.staffControl']; // { status: 'ok', type: 'ratio', value: '0.8235…' }
 * ```
 */
export interface Facts {
  readonly values: Readonly<Record<string, FactValue>>;
  /** Half of the last stated digit, in 万元 (e.g. "0.005" when amounts are printed to 0.01万元). */
  readonly halfUnit: string;
  /** Decimals the stated amounts were rounded to, in the input unit. */
  readonly precision: number;
  /** The unit the amounts were written in. */
  readonly unit: '万元' | '元';
  /** Keys of the classes present, for rules that check each class. */
  readonly sets: Readonly<Record<FactSetName, readonly string[]>>;
}

/**
 * Sets a rule can iterate over with `forEach`.
 *
 * @example
 * ```ts
 * import { computeFacts, parseEvaluationInput, type FactSetName } from 'jixiao';
 * import { ENYANG_2022_EXAMPLE } from 'jixiao/examples';
 * const set: FactSetName = 'economicClasses';
 * computeFacts(parseEvaluationInput(ENYANG_2022_EXAMPLE)).sets[set]; // ['301', '302', '303', '310']
 * ```
 */
export type FactSetName =
  | 'economicClasses'
  | 'economicCodes'
  | 'functionalClasses'
  | 'functionalCodes'
  | 'threePublicItems'
  | 'disclosureKinds'
  | 'statedTotals'
  | 'statedTotalsPartial'
  | 'statedCounts'
  | 'statedCountsPartial'
  | 'statedQuotas'
  | 'staffCategories';

/**
 * A definition in the fact catalog: name (may contain one `{placeholder}`), type and labels.
 *
 * @example
 * ```ts
 * import { findFactDefinition, type FactDefinition } from 'jixiao';
 * const def: FactDefinition | undefined = findFactDefinition('ratio.staffControl');
 * def?.label['zh-CN'];   // "在职人员控制率"
 * def?.formula?.['en'];  // "in-post staff ÷ authorized"
 * ```
 */
export interface FactDefinition {
  /** Name or pattern, e.g. `expenditure.economic.{code}.stated`. */
  readonly name: string;
  readonly type: FactType;
  readonly label: { readonly 'zh-CN': string; readonly en: string };
  /** The formula or definition in words. */
  readonly formula?: { readonly 'zh-CN': string; readonly en: string };
  /** Document basis, e.g. "财预〔2013〕53号 附件2". */
  readonly basis?: string;
  /**
   * Stated facts only: the input field the figure is read from, as a path template — field names,
   * the name's `{placeholder}`s, and a list item chosen by a field (`[code={code}]`), e.g.
   * `ledger.income.total` or `ledger.expenditure.byEconomic[code={code}].amount`. Absent on derived
   * facts. `factInputPath` resolves it against an input.
   */
  readonly input?: string;
}
