import { findFactDefinition } from '../../../../src/facts/catalog.js';
import type { FactValue, Facts } from '../../../../src/facts/types.js';
import type { Locale } from '../../../../src/shared/issues.js';
import { D, type Dec, ROUNDING, toCanonical, dec } from '../../../../src/model/money/decimal.js';
import type { MetricDetail } from '../../../../src/scoring/schema/common.js';

/** One metric entry of a scored leaf. @internal */
export interface Metric {
  readonly fact: string;
  readonly value: string | boolean | null;
  readonly display: string;
}

/** Pick the text for a locale. @internal */
export const t = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** A fact's value; a fact the caller did not supply is unavailable, with the reason. @internal */
export function readFact(facts: Facts, name: string): FactValue {
  const v = facts.values[name];
  if (v) return v;
  const type = findFactDefinition(name)?.type ?? 'number';
  return { status: 'unavailable', type, reason: `未提供事实 ${name}`, reasonEn: `fact ${name} was not supplied` };
}

/** The reason a fact is unavailable, in the locale. @internal */
export const unavailableReason = (f: FactValue, locale: Locale): string => (f.status === 'unavailable' ? t(locale, f.reason, f.reasonEn) : '');

/** The numeric value of an available numeric fact, in the unit thresholds use (ratios × 100). @internal */
export function scaledValue(f: FactValue): Dec | undefined {
  if (f.status !== 'ok' || typeof f.value !== 'string' || f.type === 'text') return undefined;
  return f.type === 'ratio' ? dec(f.value).times(100) : dec(f.value);
}

/** Round half-up to `places` and keep exactly that many decimals, without toFixed. @internal */
export function fixed(value: Dec, places: number): string {
  const s = toCanonical(value.toDecimalPlaces(places, ROUNDING.halfUp));
  if (places === 0) return s;
  const [int, frac = ''] = s.split('.');
  return `${int}.${frac.padEnd(places, '0')}`;
}

/** Round half-up to 2 decimals and drop trailing zeros ("11.76", "12.5", "4"). @internal */
export const short = (value: Dec): string => toCanonical(value.toDecimalPlaces(2, ROUNDING.halfUp));

/** Display of a fact value: 82.35%, 0.80万元, 14人, 是. @internal */
export function displayFact(f: FactValue, locale: Locale, unit = ''): string {
  if (f.status === 'unavailable') return t(locale, '无数据', 'n/a');
  if (f.type === 'boolean') return f.value ? t(locale, '是', 'yes') : t(locale, '否', 'no');
  if (f.type === 'text') return f.value;
  const v = dec(f.value);
  if (f.type === 'ratio') return `${fixed(v.times(100), 2)}%`;
  if (f.type === 'money') return locale === 'en' ? `${fixed(v, 2)} 万元` : `${fixed(v, 2)}万元`;
  return `${toCanonical(v)}${locale === 'en' && unit ? ` ${unit}` : unit}`;
}

/** The metric entry of a fact. @internal */
export function metricOf(facts: Facts, name: string, locale: Locale, unit = ''): Metric {
  const f = readFact(facts, name);
  return { fact: name, value: f.status === 'ok' ? f.value : null, display: displayFact(f, locale, unit) };
}

/** Label of a fact: the given one, else the catalog's. @internal */
export function factLabel(name: string, locale: Locale, label?: string, labelEn?: string): string {
  const given = locale === 'en' ? labelEn : label;
  if (given !== undefined) return given;
  const def = findFactDefinition(name);
  if (!def) return name;
  const base = locale === 'en' ? def.label.en : def.label['zh-CN'];
  return def.name.includes('{') ? (locale === 'en' ? `${base} (${name})` : `${base}（${name}）`) : base;
}

/** Threshold display: "100%" for ratio facts, the number otherwise. @internal */
export const threshold = (value: string, isRatio: boolean): string => (isRatio ? `${value}%` : value);

/** Supporting facts as "（在职14人/编制17人）" or " (in-post 14 / authorized 17)". @internal */
export function detailsText(facts: Facts, details: readonly MetricDetail[] | undefined, locale: Locale, isRatio: boolean): { text: string; metrics: Metric[] } {
  if (!details || details.length === 0) return { text: '', metrics: [] };
  const metrics = details.map((d) => metricOf(facts, d.fact, locale, (locale === 'en' ? d.unitEn : d.unit) ?? ''));
  const parts = details.map((d, i) => {
    const label = factLabel(d.fact, locale, d.label, d.labelEn);
    return locale === 'en' ? `${label} ${(metrics[i] as Metric).display}` : `${label}${(metrics[i] as Metric).display}`;
  });
  const text = locale === 'en' ? ` (${parts.join(isRatio ? ' / ' : ', ')})` : `（${parts.join(isRatio ? '/' : '，')}）`;
  return { text, metrics };
}
