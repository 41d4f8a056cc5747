import type { FactType, FactValue } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';

/** Fact types compared as decimals. @internal */
export const NUMERIC_TYPES: ReadonlySet<string> = new Set(['money', 'ratio', 'number', 'count']);

const DECIMAL_RE = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** True for a plain decimal string such as "576.08" or "-0.02". @internal */
export const isDecimal = (s: string): boolean => DECIMAL_RE.test(s);

/** A value ready for comparison. @internal */
export type Typed =
  | { readonly kind: 'number'; readonly value: string; readonly type: FactType; readonly parts: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly type: 'boolean' }
  | { readonly kind: 'text'; readonly value: string; readonly type: 'text' };

/** A resolved operand: a value, or why there is none. @internal */
export type Resolved = { readonly ok: true; readonly typed: Typed } | { readonly ok: false; readonly reason: string };

/** How many stated amounts a money fact adds up (1 when it is a single stated amount, 0 for non-money). @internal */
function partsOf(f: FactValue & { status: 'ok' }): number {
  if (f.type !== 'money') return 0;
  return 'parts' in f && f.parts !== undefined ? f.parts : 1;
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

/** An available fact as a comparable value; undefined when it is missing or unavailable. @internal */
export function typedFact(f: FactValue | undefined): Typed | undefined {
  if (f === undefined || f.status === 'unavailable') return undefined;
  if (f.type === 'boolean') return { kind: 'boolean', value: f.value as boolean, type: 'boolean' };
  if (f.type === 'text') return { kind: 'text', value: f.value as string, type: 'text' };
  return { kind: 'number', value: f.value as string, type: f.type, parts: partsOf(f) };
}

/** Why a fact that {@link typedFact} rejected cannot be compared, in the requested language. @internal */
export function unavailableReason(f: FactValue | undefined, name: string, locale: Locale): string {
  if (f === undefined) return ruleMessages(locale).notInData(name);
  return locale === 'en' ? (f as { reasonEn: string }).reasonEn : (f as { reason: string }).reason;
}

/** A literal from rule data; decimals take the type of the fact they are compared with. @internal */
export function fromLiteral(v: string | boolean, like: FactType): Typed {
  if (typeof v === 'boolean') return { kind: 'boolean', value: v, type: 'boolean' };
  if (isDecimal(v)) return { kind: 'number', value: v, type: NUMERIC_TYPES.has(like) ? like : 'number', parts: 0 };
  return { kind: 'text', value: v, type: 'text' };
}

/** The plain value of a typed value, for LeafResult. @internal */
export const plain = (t: Typed): string | boolean => t.value;
