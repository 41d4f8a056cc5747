import { findFactDefinition } from '../../facts/catalog.js';
import type { FactValue, Facts } from '../../facts/types.js';
import type { Locale } from '../../shared/issues.js';
import { type Dec, ROUNDING, canonicalText, isCanonicalText, toCanonical, dec } from '../../model/money/decimal.js';
import type { CompiledDetail } from './compiled.js';

/** One metric entry of a scored leaf. @internal */
export interface Metric {
  readonly fact: string;
  readonly value: string | boolean | null;
  readonly display: string;
}

/**
 * Pick the text for a locale. Both texts are built before the pick, so hot paths with templates
 * write `locale === 'en' ? … : …` instead; this is for constant texts. @internal
 */
export const t = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** A fact's value; a fact the caller did not supply is unavailable, with the reason. @internal */
export function readFact(facts: Facts, name: string): FactValue {
  const v = facts.values[name];
  if (v) return v;
  const type = findFactDefinition(name)?.type ?? 'number';
  return { status: 'unavailable', type, reason: `未提供事实 ${name}`, reasonEn: `fact ${name} was not supplied` };
}

/** The reason a fact is unavailable, in the locale. @internal */
export const unavailableReason = (f: FactValue, locale: Locale): string => (f.status === 'unavailable' ? (locale === 'en' ? f.reasonEn : f.reason) : '');

/** The numeric value of an available numeric fact, in the unit thresholds use (ratios × 100). @internal */
export function scaledValue(f: FactValue): Dec | undefined {
  if (f.status !== 'ok' || typeof f.value !== 'string' || f.type === 'text') return undefined;
  return f.type === 'ratio' ? dec(f.value).times(100) : dec(f.value);
}

const ZEROS = ['', '0', '00', '000', '0000', '00000', '000000'];

/** Round half-up to `places` and keep exactly that many decimals, without toFixed. @internal */
export function fixed(value: Dec, places: number): string {
  const s = toCanonical(value.toDecimalPlaces(places, ROUNDING.halfUp));
  if (places === 0) return s;
  const dot = s.indexOf('.');
  const missing = dot < 0 ? places : places - (s.length - dot - 1);
  const pad = ZEROS[missing] ?? '0'.repeat(missing);
  return dot < 0 ? `${s}.${pad}` : `${s}${pad}`;
}

/** Counts are written canonically ("14") and then need no Decimal to be displayed. @internal */
export const isCanonical = isCanonicalText;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A string of digits plus one unit in the last place ("0999" → "1000", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}

/**
 * `fixed(dec(value) × 10^shift, 2)` worked out on the digits of a plain decimal string, or
 * undefined when `value` is not one (then use {@link fixed}). Fact values are plain decimal
 * strings and every ratio and money metric is displayed this way, so this skips parsing, scaling,
 * rounding and re-formatting a Decimal per display. Values of more than 40 significant digits are left
 * to the Decimal path: there `× 100` rounds to 40 significant digits before the 2-decimal rounding.
 * Checked against the Decimal path in present.test.ts. @internal
 */
export function fixedPlain(text: string, shift: 0 | 2): string | undefined {
  // The shape `^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$`, checked by scanning the characters: a regex
  // match allocated its array of captures per display. Like the regex, it reads a non-string
  // (a caller's own fact value) as its string.
  const value = typeof text === 'string' ? text : String(text);
  const len = value.length;
  const neg = len > 0 && value.charCodeAt(0) === 45; /* - */
  const start = neg ? 1 : 0;
  let i = start;
  if (i >= len) return undefined;
  const first = value.charCodeAt(i);
  if (first === 48 /* 0 */) i++;
  else if (first >= 49 && first <= 57) {
    i++;
    while (i < len && isDigit(value.charCodeAt(i))) i++;
  } else return undefined;
  const intEnd = i;
  if (i < len) {
    if (value.charCodeAt(i) !== 46 /* . */ || i + 1 === len) return undefined;
    for (i++; i < len; i++) if (!isDigit(value.charCodeAt(i))) return undefined;
  }
  const int = value.slice(start, intEnd);
  const frac = intEnd < len ? value.slice(intEnd + 1) : '';
  const digits = int + frac;
  let significant = digits.length;
  for (let j = 0; j < digits.length && digits.charCodeAt(j) === 48 /* 0 */; j++) significant--;
  if (significant > 40) return undefined;
  // Shifted, the point sits after `int.length + shift` digits: keep 2 decimals, round on the next digit.
  const end = int.length + shift + 2;
  let kept = digits.length >= end ? digits.slice(0, end) : digits + '0'.repeat(end - digits.length);
  if (digits.length > end && digits.charCodeAt(end) >= 53 /* 5: half-up, away from zero */) kept = increment(kept);
  let lead = 0;
  while (lead < kept.length - 3 && kept.charCodeAt(lead) === 48 /* 0 */) lead++;
  const whole = kept.slice(lead, kept.length - 2);
  const decimals = kept.slice(kept.length - 2);
  const zero = decimals === '00' && whole === '0';
  return `${neg && !zero ? '-' : ''}${whole}.${decimals}`;
}

/**
 * Round half-up to 2 decimals and drop trailing zeros ("11.76", "12.5", "4"). A value with at
 * most 2 decimals already (points, most earned scores) skips the rounding copy. @internal
 */
export const short = (value: Dec): string => toCanonical(value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, ROUNDING.halfUp));

/**
 * Display of a fact value: 82.35%, 0.80万元, 14人, 是. `unit` is what follows a count or number,
 * already in the locale's form (see {@link CompiledDetail}). @internal
 */
export function displayFact(f: FactValue, locale: Locale, unit = ''): string {
  if (f.status === 'unavailable') return locale === 'en' ? 'n/a' : '无数据';
  if (f.type === 'boolean') return f.value ? (locale === 'en' ? 'yes' : '是') : locale === 'en' ? 'no' : '否';
  if (f.type === 'text') return f.value;
  if (f.type === 'ratio') return `${fixedPlain(f.value, 2) ?? fixed(dec(f.value).times(100), 2)}%`;
  if (f.type === 'money') {
    const shown = fixedPlain(f.value, 0) ?? fixed(dec(f.value), 2);
    return locale === 'en' ? `${shown} 万元` : `${shown}万元`;
  }
  return `${canonicalText(f.value)}${unit}`;
}

/** The metric entry of a fact already read. @internal */
export const metricOf = (name: string, f: FactValue, locale: Locale, unit = ''): Metric => ({ fact: name, value: f.status === 'ok' ? f.value : null, display: displayFact(f, locale, unit) });

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

/**
 * Supporting facts as "（在职14人/编制17人）" or " (in-post 14 / authorized 17)". Their metrics go
 * into the last `details.length` entries of `metrics` (sized by the caller, the main metric first).
 * @internal
 */
export function detailsText(facts: Facts, details: readonly CompiledDetail[], locale: Locale, isRatio: boolean, metrics: Metric[] | undefined): string {
  if (details.length === 0) return '';
  const en = locale === 'en';
  let text = '';
  for (let i = 0; i < details.length; i++) {
    const d = details[i] as CompiledDetail;
    const m = metricOf(d.fact, readFact(facts, d.fact), locale, d.unit[locale]);
    if (metrics) metrics[metrics.length - details.length + i] = m;
    const sep = i === 0 ? '' : en ? (isRatio ? ' / ' : ', ') : isRatio ? '/' : '，';
    text += en ? `${sep}${d.label.en} ${m.display}` : `${sep}${d.label['zh-CN']}${m.display}`;
  }
  return en ? ` (${text})` : `（${text}）`;
}
