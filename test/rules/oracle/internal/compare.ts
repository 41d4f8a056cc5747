import type { Locale } from '../../../../src/shared/issues.js';
import { D, type Dec, dec, toCanonical } from '../../../../src/model/money/decimal.js';
import type { Operator } from '../../../../src/rules/operators.js';
import { runtimeReason } from './reasons.js';
import { isDecimal, type Typed } from './values.js';

/** The outcome of one comparison, with what explains it. @internal */
export interface Comparison {
  readonly outcome: 'true' | 'false' | 'error';
  readonly difference?: string;
  readonly bound?: string;
  readonly parts?: number;
  readonly halfUnit?: string;
  readonly withinRounding?: boolean;
  readonly reason?: string;
}

type Num = Typed & { kind: 'number' };

const KIND_ZH = { number: '数值', boolean: '布尔值', text: '文本' } as const;

function mismatch(op: string, a: Typed, e: Typed | undefined, locale: Locale): Comparison {
  const kinds = locale === 'en' ? `${a.kind}${e ? ` and ${e.kind}` : ''}` : `${KIND_ZH[a.kind]}${e ? `与${KIND_ZH[e.kind]}` : ''}`;
  return { outcome: 'error', reason: runtimeReason('bad_operand', locale, { op, kinds }) };
}

function toleranceOf(tol: string | undefined, a: Num, e: Num, halfUnit: string, locale: Locale): { bound: Dec; parts?: number; error?: string } {
  if (tol === undefined) return { bound: dec(0) };
  if (tol === 'rounding') {
    const parts = Math.max(a.parts, e.parts);
    return { bound: dec(halfUnit).times(parts), parts };
  }
  if (!isDecimal(tol) || tol.startsWith('-')) return { bound: dec(0), error: runtimeReason('bad_tolerance', locale, { tolerance: tol }) };
  return { bound: dec(tol) };
}

/** Decimal comparison with an optional tolerance: eq, lt, lte, gt, gte. */
function compareNumbers(op: Operator, a: Num, e: Num, tol: string | undefined, halfUnit: string, locale: Locale): Comparison {
  const t = toleranceOf(tol, a, e, halfUnit, locale);
  if (t.error) return { outcome: 'error', reason: t.error };
  const d = dec(a.value).minus(dec(e.value));
  const b = t.bound;
  const strict = op === 'eq' ? d.isZero() : op === 'lt' ? d.lt(0) : op === 'lte' ? d.lte(0) : op === 'gt' ? d.gt(0) : d.gte(0);
  const loose = op === 'eq' ? d.abs().lte(b) : op === 'lte' ? d.lte(b) : op === 'gte' ? d.gte(b.neg()) : strict;
  const rounding = tol === 'rounding';
  return {
    outcome: loose ? 'true' : 'false',
    difference: toCanonical(d),
    ...(tol !== undefined ? { bound: toCanonical(b) } : {}),
    ...(rounding ? { parts: t.parts ?? 0, halfUnit } : {}),
    ...(rounding && loose && !strict ? { withinRounding: true } : {}),
  };
}

const equal = (a: Typed, b: Typed): boolean => (a.kind === 'number' && b.kind === 'number' ? dec(a.value).eq(dec(b.value)) : a.kind === b.kind && a.value === b.value);

/**
 * Compare a fact's value with the expected value(s) under one operator. A kind mismatch
 * (boolean with `lt`, number with `isTrue`, text with a number) is an `error`, never `false`. @internal
 */
export function compareTyped(
  op: Operator,
  a: Typed,
  e: Typed | readonly Typed[] | undefined,
  tol: string | undefined,
  halfUnit: string,
  locale: Locale,
): Comparison {
  const single = e !== undefined && !Array.isArray(e) ? (e as Typed) : undefined;
  const list = Array.isArray(e) ? (e as readonly Typed[]) : undefined;
  switch (op) {
    case 'isTrue':
    case 'isFalse':
      if (a.kind !== 'boolean') return mismatch(op, a, undefined, locale);
      return { outcome: a.value === (op === 'isTrue') ? 'true' : 'false' };
    case 'in':
      if (!list) return mismatch(op, a, single, locale);
      return { outcome: list.some((x) => equal(a, x)) ? 'true' : 'false' };
    case 'between': {
      const [lo, hi] = list ?? [];
      if (a.kind !== 'number' || list?.length !== 2 || lo?.kind !== 'number' || hi?.kind !== 'number') return mismatch(op, a, lo, locale);
      return { outcome: dec(a.value).gte(dec(lo.value)) && dec(a.value).lte(dec(hi.value)) ? 'true' : 'false' };
    }
    case 'eq':
      if (single && a.kind !== 'number' && a.kind === single.kind) return { outcome: a.value === single.value ? 'true' : 'false' };
      if (single?.kind !== 'number' || a.kind !== 'number') return mismatch(op, a, single, locale);
      return compareNumbers(op, a, single, tol, halfUnit, locale);
    default:
      if (single?.kind !== 'number' || a.kind !== 'number') return mismatch(op, a, single, locale);
      return compareNumbers(op, a, single, tol, halfUnit, locale);
  }
}
