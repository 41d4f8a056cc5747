import type { FactType, FactValue } from '../types.js';
import { bool, count, statedMoney, unavailable } from './factValue.js';

/**
 * Absent is not zero: a fact whose input field was left out is unavailable, and its reason names
 * the field's path in the input (e.g. "未填写 ledger.income.carriedIn"), so a rule built on it is
 * not applicable and an indicator scored on it is unavailable — never a comparison with a filler 0.
 */

/** The fact of an input field that was left out. @internal */
export const notEntered = (type: FactType, field: string): FactValue => unavailable(type, 'notEntered', { field });

/** A stated amount, or unavailable naming `field` when it was left out. @internal */
export const enteredMoney = (v: string | undefined, field: string): FactValue => (v === undefined ? notEntered('money', field) : statedMoney(v));

/** A stated count, or unavailable naming `field`. @internal */
export const enteredCount = (v: number | undefined, field: string): FactValue => (v === undefined ? notEntered('count', field) : count(v));

/** A stated yes/no answer, or unavailable naming `field`. @internal */
export const enteredBool = (v: boolean | undefined, field: string): FactValue => (v === undefined ? notEntered('boolean', field) : bool(v));
