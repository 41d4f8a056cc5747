import { findFactDefinition } from '../../facts/catalog.js';
import type { FactValue, Facts } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { SCORING_MESSAGES, type ScoringMessages } from '../../shared/messages/scoring.js';
import { fixedDecimal } from '../../model/money/arithmetic.js';
import { type Dec, ROUNDING, canonicalText, dec, toCanonical } from '../../model/money/decimal.js';
import type { MetricDetail } from '../schema/common.js';

/** One metric entry of a scored leaf. @internal */
export interface Metric {
  readonly fact: string;
  readonly value: string | boolean | null;
  readonly display: string;
}

/** A name or label in the locale: the English one when asked for and given, else the Chinese. @internal */
export const localized = (locale: Locale, zh: string, en: string | undefined): string => (locale === 'en' ? (en ?? zh) : zh);

/** A fact's value; a fact the caller did not supply is unavailable, with the reason. @internal */
export function readFact(facts: Facts, name: string): FactValue {
  const v = facts.values[name];
  if (v) return v;
  const type = findFactDefinition(name)?.type ?? 'number';
  return { status: 'unavailable', type, reason: SCORING_MESSAGES['zh-CN'].factNotSupplied(name), reasonEn: SCORING_MESSAGES.en.factNotSupplied(name) };
}

/** The reason a fact is unavailable, in the locale. @internal */
export const unavailableReason = (f: FactValue, locale: Locale): string => (f.status === 'unavailable' ? localized(locale, f.reason, f.reasonEn) : '');

/** The numeric value of an available numeric fact, in the unit thresholds use (ratios × 100). @internal */
export function scaledValue(f: FactValue): Dec | undefined {
  if (f.status !== 'ok' || typeof f.value !== 'string' || f.type === 'text') return undefined;
  return f.type === 'ratio' ? dec(f.value).times(100) : dec(f.value);
}

/** Round half-up to `places` and write exactly that many decimals ("82.35", "0.80"; never "-0.00"). @internal */
export const fixed = (value: Dec, places: number): string => fixedDecimal(value, places);

/** Round half-up to 2 decimals and drop trailing zeros ("11.76", "12.5", "4"). @internal */
export const short = (value: Dec): string => toCanonical(value.toDecimalPlaces(2, ROUNDING.halfUp));

/**
 * Display of a fact value: 82.35%, 0.80万元, 14人, 是. `unit` follows a count or number. `scaled`:
 * the value as {@link scaledValue} read it, when the caller has already read it (it is not read again). @internal
 */
export function displayFact(f: FactValue, m: ScoringMessages, unit = '', scaled?: Dec): string {
  if (f.status === 'unavailable') return m.noData;
  if (f.type === 'boolean') return f.value ? m.yes : m.no;
  if (f.type === 'text') return f.value;
  if (f.type === 'ratio') return `${fixed(scaled ?? dec(f.value).times(100), 2)}%`;
  if (f.type === 'money') return m.money(fixed(scaled ?? dec(f.value), 2));
  return `${canonicalText(f.value)}${unit}`;
}

/** The metric entry of a fact already read (`scaled`: its value as scaledValue read it, if the caller has it). @internal */
export const metricOf = (name: string, f: FactValue, m: ScoringMessages, unit = '', scaled?: Dec): Metric => ({
  fact: name,
  value: f.status === 'ok' ? f.value : null,
  display: displayFact(f, m, unit, scaled),
});

/** Label of a fact: the given one, else the catalog's. @internal */
export function factLabel(name: string, locale: Locale, label?: string, labelEn?: string): string {
  const given = locale === 'en' ? labelEn : label;
  if (given !== undefined) return given;
  const def = findFactDefinition(name);
  if (!def) return name;
  const base = locale === 'en' ? def.label.en : def.label['zh-CN'];
  return def.name.includes('{') ? SCORING_MESSAGES[locale].templatedLabel(base, name) : base;
}

/** Threshold display: "100%" for ratio facts, the number otherwise. @internal */
export const threshold = (value: string, isRatio: boolean): string => (isRatio ? `${value}%` : value);

/**
 * A leaf's supporting facts, read: their metrics and the text "（在职14人/编制17人）" or
 * " (in-post 14 / authorized 17)" ('' without details). @internal
 */
export function readDetails(facts: Facts, details: readonly MetricDetail[], locale: Locale, isRatio: boolean): { text: string; metrics: Metric[] } {
  if (details.length === 0) return { text: '', metrics: [] };
  const m = SCORING_MESSAGES[locale];
  const read = details.map((d) => ({ d, metric: metricOf(d.fact, readFact(facts, d.fact), m, m.unit(d.unit, d.unitEn)) }));
  const parts = read.map(({ d, metric }) => ({ label: factLabel(d.fact, locale, d.label, d.labelEn), display: metric.display }));
  return { text: m.details(parts, isRatio), metrics: read.map((r) => r.metric) };
}
