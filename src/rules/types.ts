/** Result types of the rule engine (the contract shared with scoring, evaluate and render). */

/** Severity, following the 决算 audit convention. */
export type Severity = 'error' | 'warning' | 'info';

/** Category of a rule: 平衡 balance, 一致 consistency, 完整 completeness, 合规 compliance. */
export type RuleCategory = 'balance' | 'consistency' | 'completeness' | 'compliance';

/** A document reference. */
export interface RuleRef {
  readonly doc: string;
  readonly article?: string;
  readonly url?: string;
}

/** Outcome of one rule (or one rule on one key when it iterates). */
export type RuleStatus = 'pass' | 'fail' | 'not_applicable' | 'error';

/** What one leaf comparison saw. */
export interface LeafResult {
  readonly fact: string;
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
  readonly passed: boolean;
  /** True when the leaf passed only because the difference is within the rounding bound. */
  readonly withinRounding?: boolean;
  /** Why the leaf could not be evaluated (unavailable fact, bad operand). */
  readonly reason?: string;
}

/** One finding: a rule's verdict, explained. */
export interface Finding {
  readonly ruleId: string;
  /** Present when the rule iterates (`forEach`): the class code or item key. */
  readonly key?: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  readonly status: RuleStatus;
  /** `rounding` when it passed only within the rounding bound (reported as info). */
  readonly note?: 'rounding';
  readonly message: string;
  readonly leaves: readonly LeafResult[];
  readonly refs: readonly RuleRef[];
  readonly tags: readonly string[];
  /** Present when the input waived this finding. */
  readonly waived?: { readonly reason: string };
}

/** The rule engine's report. */
export interface RuleReport {
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly pass: number;
    readonly fail: number;
    readonly notApplicable: number;
    readonly error: number;
    readonly waived: number;
    readonly rounding: number;
  };
  /** Ids and versions of the packs run. */
  readonly packs: readonly { readonly id: string; readonly version: string }[];
}
