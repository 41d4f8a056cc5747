import { deepFreeze } from '../shared/deepFreeze.js';

/**
 * What an operator expects on its right-hand side.
 *
 * @example
 * ```ts
 * import type { OperandShape } from 'jixiao/rules';
 * const shape: OperandShape = 'range'; // between
 * ```
 */
export type OperandShape = 'value' | 'range' | 'list' | 'none';

/**
 * How one operator behaves: what it compares and how it reads in messages.
 *
 * @example
 * ```ts
 * import type { OperatorSpec } from 'jixiao/rules';
 * const takesTolerance = (s: OperatorSpec): boolean => s.tolerance;
 * ```
 */
export interface OperatorSpec {
  /** The right-hand side: one value or fact, a `[low, high]` range, a list, or nothing. */
  readonly operand: OperandShape;
  /** Which left-hand values it accepts: numbers (money, ratio, count, number), booleans, or any. */
  readonly accepts: 'number' | 'boolean' | 'any';
  /** Whether a `tolerance` (a decimal or `"rounding"`) may be given. */
  readonly tolerance: boolean;
  /** Symbol used in messages and docs. */
  readonly symbol: string;
  /** Reading in Chinese, e.g. 不超过. */
  readonly zh: string;
  /** Reading in English, e.g. "at most". */
  readonly en: string;
}

/**
 * The closed set of Decimal-aware operators a rule leaf may use. Numbers are compared exactly
 * as decimals; comparing a boolean with `lt` (or a number with `isTrue`) makes the rule report
 * status `error`, never a silent `false`.
 *
 * - `eq`, `lte`, `gte` accept a `tolerance`: a decimal, or `"rounding"`, meaning
 *   (parts of both sides) × half a unit of the stated precision (see docs/rules.md).
 * - `between` takes `[low, high]` (inclusive); `in` takes a list.
 * - `isTrue`, `isFalse` and `available` take no value; `available` is the only operator that
 *   does not make a rule not_applicable when its fact is unavailable.
 *
 * @example
 * ```ts
 * import { OPERATORS } from 'jixiao/rules';
 * Object.keys(OPERATORS); // ["eq", "lt", "lte", "gt", "gte", "between", "in", "isTrue", "isFalse", "available"]
 * OPERATORS.lte.zh;       // "不超过"
 * ```
 */
export const OPERATORS: {
  readonly eq: OperatorSpec;
  readonly lt: OperatorSpec;
  readonly lte: OperatorSpec;
  readonly gt: OperatorSpec;
  readonly gte: OperatorSpec;
  readonly between: OperatorSpec;
  readonly in: OperatorSpec;
  readonly isTrue: OperatorSpec;
  readonly isFalse: OperatorSpec;
  readonly available: OperatorSpec;
} = deepFreeze({
  eq: { operand: 'value', accepts: 'any', tolerance: true, symbol: '=', zh: '等于', en: 'equal to' },
  lt: { operand: 'value', accepts: 'number', tolerance: false, symbol: '<', zh: '小于', en: 'less than' },
  lte: { operand: 'value', accepts: 'number', tolerance: true, symbol: '≤', zh: '不超过', en: 'at most' },
  gt: { operand: 'value', accepts: 'number', tolerance: false, symbol: '>', zh: '大于', en: 'greater than' },
  gte: { operand: 'value', accepts: 'number', tolerance: true, symbol: '≥', zh: '不低于', en: 'at least' },
  between: { operand: 'range', accepts: 'number', tolerance: false, symbol: '∈', zh: '介于', en: 'between' },
  in: { operand: 'list', accepts: 'any', tolerance: false, symbol: '∈', zh: '属于', en: 'one of' },
  isTrue: { operand: 'none', accepts: 'boolean', tolerance: false, symbol: '= 是', zh: '为“是”', en: 'true' },
  isFalse: { operand: 'none', accepts: 'boolean', tolerance: false, symbol: '= 否', zh: '为“否”', en: 'false' },
  available: { operand: 'none', accepts: 'any', tolerance: false, symbol: '可得', zh: '可得', en: 'available' },
});

/**
 * The name of an operator.
 *
 * @example
 * ```ts
 * import type { Operator } from 'jixiao/rules';
 * const op: Operator = 'lte';
 * ```
 */
export type Operator = keyof typeof OPERATORS;

/** The operator names, in declaration order. @internal */
export const OPERATOR_NAMES: readonly Operator[] = Object.keys(OPERATORS) as Operator[];

/** True when `name` is one of {@link OPERATORS}. @internal */
export function isOperator(name: string): name is Operator {
  return Object.prototype.hasOwnProperty.call(OPERATORS, name);
}
