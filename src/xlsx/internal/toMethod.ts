import { dec, toCanonical } from '../../model/money/decimal.js';
import type { BoundFact } from './factLookup.js';
import type { Band, Recognised, Unrecognised } from './standards.js';

/**
 * Why a leaf fell back to `manual`.
 *
 * @example
 * ```ts
 * import { readIndicatorSheet, type FallbackReason } from 'jixiao/xlsx';
 * const r = readIndicatorSheet(bytes);
 * const reasons = new Set<FallbackReason>();
 * if (r.ok) for (const row of r.value.report.rows) if (row.reason) reasons.add(row.reason);
 * // e.g. Set { 'no_fact', 'unrecognised' }
 * ```
 */
export type FallbackReason = 'no_standard' | 'unrecognised' | 'ambiguous' | 'too_long' | 'unsupported' | 'no_fact' | 'fact_mismatch' | 'checklist';

/** A leaf's method and its parameters, as they sit on the leaf (`{ method: 'linear', fact, target, … }`). @internal */
export type MethodData = { readonly method: string } & Readonly<Record<string, unknown>>;

/** The method chosen for one leaf and why. @internal */
export type MethodChoice =
  | { readonly outcome: 'recognised'; readonly method: MethodData; readonly fact: string; readonly approximation?: string }
  | { readonly outcome: 'fallback'; readonly method: MethodData; readonly reason: FallbackReason; readonly shape?: Recognised['kind']; readonly fact?: string };

const WANTS: Readonly<Record<Exclude<Recognised['kind'], 'checklist'>, readonly string[]>> = {
  linear: ['ratio', 'number', 'count'],
  bands: ['ratio', 'number', 'count'],
  ratio: ['ratio'],
  perViolation: ['count'],
  categorical: ['boolean'],
};

const pct = (fraction: string): string => toCanonical(dec(fraction).times(100));
const c = (x: string): string => toCanonical(dec(x));

type Bands = { readonly closed: 'lower' | 'upper'; readonly bands: readonly { min?: string; max?: string; points: string }[]; readonly approximation?: string };

/** Express sorted bands in the schema's form: contiguous, one closedness for every shared bound. */
function toSchemaBands(bands: readonly Band[], percent: boolean): Bands | undefined {
  const scale = (x: string): string => (percent ? pct(x) : c(x));
  let closed: 'lower' | 'upper' | undefined;
  let approximation: string | undefined;
  const out: { min?: string; max?: string; points: string }[] = [];
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    const next = bands[i + 1];
    const point = b.min !== undefined && b.min === b.max;
    if (point && i > 0) return undefined;
    if (next) {
      if (b.max === undefined || next.min === undefined || !dec(b.max).eq(next.min)) return undefined;
      const here = next.minInclusive ? 'lower' : 'upper';
      if (closed !== undefined && closed !== here) return undefined;
      closed = here;
    }
    if (point) {
      approximation = `“=${scale(b.min as string)}${percent ? '%' : ''}” → “≤${scale(b.min as string)}${percent ? '%' : ''}”`;
      out.push({ max: scale(b.max as string), points: c(b.points) });
      continue;
    }
    out.push({ ...(b.min !== undefined ? { min: scale(b.min) } : {}), ...(b.max !== undefined ? { max: scale(b.max) } : {}), points: c(b.points) });
  }
  if (approximation && closed === 'lower') return undefined;
  return { closed: closed ?? 'lower', bands: out, ...(approximation ? { approximation } : {}) };
}

/**
 * Bind a recognised standard to a fact and express it as the leaf's method. No fact, a fact of
 * the wrong type, a checklist (its items need facts of their own), a shape the methods cannot
 * express, or text that was not recognised all give `manual`, with the reason. @internal
 */
export function chooseMethod(rec: Recognised | Unrecognised, fact: BoundFact | undefined): MethodChoice {
  const manual: MethodData = { method: 'manual' };
  const fb = (reason: FallbackReason, shape?: Recognised['kind']): MethodChoice => ({
    outcome: 'fallback',
    method: manual,
    reason,
    ...(shape ? { shape } : {}),
    ...(fact ? { fact: fact.fact } : {}),
  });
  if (rec.kind === 'none') return fb(rec.why === 'empty' ? 'no_standard' : rec.why);
  if (rec.kind === 'checklist') return fb('checklist', rec.kind);
  if (!fact) return fb('no_fact', rec.kind);
  const percent = rec.kind === 'bands' || rec.kind === 'linear' ? rec.percent : rec.kind === 'ratio';
  if (!WANTS[rec.kind].includes(fact.type) || ((rec.kind === 'bands' || rec.kind === 'linear') && percent !== (fact.type === 'ratio')))
    return fb('fact_mismatch', rec.kind);
  const f = fact.fact;
  switch (rec.kind) {
    case 'linear': {
      if (rec.direction === 'both') return fb('unsupported', rec.kind);
      const perPoint = toCanonical(dec(rec.deduction).div(percent ? dec(rec.step).times(100) : rec.step));
      return {
        outcome: 'recognised',
        fact: f,
        method: { method: 'linear', fact: f, target: percent ? pct(rec.target) : c(rec.target), direction: rec.direction, perPoint },
      };
    }
    case 'bands': {
      const b = toSchemaBands(rec.bands, percent);
      if (!b) return fb('ambiguous', rec.kind);
      return {
        outcome: 'recognised',
        fact: f,
        method: { method: 'bands', fact: f, closed: b.closed, bands: b.bands },
        ...(b.approximation ? { approximation: b.approximation } : {}),
      };
    }
    case 'ratio':
      return { outcome: 'recognised', fact: f, method: { method: 'ratio', fact: f, target: pct(rec.target) } };
    case 'perViolation':
      return { outcome: 'recognised', fact: f, method: { method: 'perViolation', facts: [f], perItem: rec.deduction } };
    case 'categorical':
      return {
        outcome: 'recognised',
        fact: f,
        method: {
          method: 'categorical',
          fact: f,
          cases: [
            { value: true, points: c(rec.whenTrue) },
            { value: false, points: c(rec.whenFalse) },
          ],
        },
      };
  }
}
