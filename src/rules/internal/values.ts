import type { FactType, FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';

/** Fact types compared as decimals. @internal */
export const NUMERIC_TYPES: ReadonlySet<string> = new Set(['money', 'ratio', 'number', 'count']);

const DECIMAL_RE = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** True for a plain decimal string such as "576.08" or "-0.02". @internal */
export const isDecimal = (s: string): boolean => DECIMAL_RE.test(s);

/**
 * A value ready for comparison. An available fact is one as it is (no copy per operand); a literal
 * or a threshold is built in the same form, with `parts: 0` (see {@link partsOf}). @internal
 */
export type Typed =
  | { readonly type: 'money' | 'ratio' | 'number' | 'count'; readonly value: string; readonly parts?: number | undefined }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'text'; readonly value: string };

/** A comparable number (money, ratio, number or count). @internal */
export type Num = Typed & { readonly type: 'money' | 'ratio' | 'number' | 'count' };

/** The kind a value is compared as: numbers as decimals, booleans, or texts. @internal */
export const kindOf = (t: Typed): 'number' | 'boolean' | 'text' => (t.type === 'boolean' ? 'boolean' : t.type === 'text' ? 'text' : 'number');

/** True when `t` is compared as a decimal. @internal */
export const isNum = (t: Typed | undefined): t is Num => t !== undefined && t.type !== 'boolean' && t.type !== 'text';

/** A resolved operand: a value, or why there is none. @internal */
export type Resolved = { readonly ok: true; readonly typed: Typed } | { readonly ok: false; readonly reason: string };

/**
 * How many stated amounts a number adds up: a money fact's `parts`, else 1 (a single stated amount);
 * 0 for other types and for literals and thresholds (built with `parts: 0`). @internal
 */
export function partsOf(t: Num): number {
  if (t.type !== 'money') return 0;
  return t.parts !== undefined ? t.parts : 1;
}

/**
 * An own property of a fact map (never an inherited one such as `constructor`). `context` (facts
 * that depend on run options) is looked up first, so it need not be merged into `values`. @internal
 */
export function lookupFact(
  values: Readonly<Record<string, FactValue>>,
  name: string,
  context?: Readonly<Record<string, FactValue>> | undefined,
): FactValue | undefined {
  if (context !== undefined && Object.prototype.hasOwnProperty.call(context, name)) return context[name];
  return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

/** A fact value as a comparable value, or the localised reason it is unavailable. @internal */
export function fromFact(f: FactValue | undefined, name: string, locale: Locale): Resolved {
  const typed = typedFact(f);
  return typed !== undefined ? { ok: true, typed } : { ok: false, reason: unavailableReason(f, name, locale) };
}

/** An available fact as a comparable value (the fact itself); undefined when it is missing or unavailable. @internal */
export function typedFact(f: FactValue | undefined): Typed | undefined {
  return f === undefined || f.status === 'unavailable' ? undefined : f;
}

/** Why a fact that {@link typedFact} rejected cannot be compared, in the requested language. @internal */
export function unavailableReason(f: FactValue | undefined, name: string, locale: Locale): string {
  if (f === undefined) return ruleMessages(locale).notInData(name);
  return locale === 'en' ? (f as { reasonEn: string }).reasonEn : (f as { reason: string }).reason;
}

/** A literal from rule data; decimals take the type of the fact they are compared with. @internal */
export function fromLiteral(v: string | boolean, like: FactType): Typed {
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (isDecimal(v)) return { type: NUMERIC_TYPES.has(like) ? (like as Num['type']) : 'number', value: v, parts: 0 };
  return { type: 'text', value: v };
}

/** The plain value of a typed value, for LeafResult. @internal */
export const plain = (t: Typed): string | boolean => t.value;
