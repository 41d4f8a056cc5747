import { findFactDefinition } from '../../facts/catalog.js';
import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { codeName } from '../../model/catalog/lookup.js';
import { boundedMemo } from '../../model/internal/memo.js';
import { dec, toCanonical } from '../../model/money/decimal.js';
import { formatMoney, type Money } from '../../model/money/money.js';
import { THREE_PUBLIC_NAMES, type ThreePublicItem } from '../../model/schema/threePublicFunds.js';
import type { LeafResult } from '../types.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `/^[0-9]{3,7}$/.test(key)` by a scan of the characters (a classification code). */
function isCode(key: string): boolean {
  const n = key.length;
  if (n < 3 || n > 7) return false;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A readable name for a forEach key or a placeholder value (code, 三公 item, disclosure kind). @internal */
export function keyName(key: string, locale: Locale, hint: 'economic' | 'functional' | undefined): string {
  const t = ruleMessages(locale);
  if (key in THREE_PUBLIC_NAMES) {
    const names = t.threePublicItems;
    return names === undefined ? THREE_PUBLIC_NAMES[key as ThreePublicItem] : hasOwn(names, key) ? (names[key] as string) : key;
  }
  if (hasOwn(t.disclosureKinds, key)) return t.disclosureKinds[key] as string;
  if (hint && locale !== 'en' && isCode(key)) {
    const name = codeName(hint, key);
    return name === key ? key : `${key} ${name}`;
  }
  return key;
}

const hintOf = (name: string): 'economic' | 'functional' | undefined =>
  name.includes('.economic.') ? 'economic' : name.includes('.functional.') ? 'functional' : undefined;

/** Labels already built, per locale and fact name (the catalogs are static). */
const LABELS: Readonly<Record<Locale, (name: string) => string>> = {
  'zh-CN': boundedMemo(2048, (name) => buildFactLabel(name, 'zh-CN')),
  en: boundedMemo(2048, (name) => buildFactLabel(name, 'en')),
};

/** The catalog label of a fact, with its placeholder value (code, item …) spelled out. @internal */
export function factLabel(name: string, locale: Locale): string {
  return LABELS[locale === 'en' ? 'en' : 'zh-CN'](name);
}

function buildFactLabel(name: string, locale: Locale): string {
  const def = findFactDefinition(name);
  if (!def) return name;
  const base = def.label[locale === 'en' ? 'en' : 'zh-CN'];
  const pattern = def.name.split('.');
  const actual = name.split('.');
  const filled = pattern.flatMap((seg, i) => (/^\{\w+\}$/.test(seg) && actual[i] !== undefined ? [keyName(actual[i] as string, locale, hintOf(name))] : []));
  if (filled.length === 0) return base;
  return ruleMessages(locale).labelWithKeys(base, filled);
}

/** A money amount exactly, with at least two decimals (for bounds such as 0.075). @internal */
export function exactMoney(v: string): string {
  // The integer part and the first group of decimals, as `v.split('.')` would give, without the array.
  const dot = v.indexOf('.');
  if (dot < 0) return `${v}.00 万元`;
  const next = v.indexOf('.', dot + 1);
  return `${v.slice(0, dot)}.${v.slice(dot + 1, next < 0 ? v.length : next).padEnd(2, '0')} 万元`;
}

const percent = (v: string): string => `${formatMoney(toCanonical(dec(v).times(100)) as Money)}%`;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `formatMoney(v)` (two decimals, half-up). Amounts are stated to at most two decimals in almost
 * every report, and for those rounding cannot change the value, so the string is padded instead
 * of going through a Decimal and `toFixed` (≈ 60 calls per runRules); anything else — more
 * decimals, a non-canonical string, "-0" — takes `formatMoney` itself. The shape
 * `(0|-?[1-9][0-9]*)(\.[0-9]{1,2})?` is checked by a scan of the characters (it was a regex, a
 * visible share of the rule messages). @internal
 */
export function money2(v: string): string {
  if (typeof v !== 'string') return formatMoney(v as Money);
  const n = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const first = v.charCodeAt(i);
  if (first === 48) {
    // A lone 0 as the integer part, never signed ("-0", "-0.5" take formatMoney).
    if (i === 1) return formatMoney(v as Money);
    i = 1;
  } else if (first >= 49 && first <= 57) {
    i += 1;
    while (i < n && isDigit(v.charCodeAt(i))) i += 1;
  } else return formatMoney(v as Money);
  if (i === n) return `${v}.00`;
  const decimals = n - i - 1;
  if (v.charCodeAt(i) !== 46 || decimals < 1 || decimals > 2) return formatMoney(v as Money);
  for (let j = i + 1; j < n; j++) if (!isDigit(v.charCodeAt(j))) return formatMoney(v as Money);
  return decimals === 1 ? `${v}0` : v;
}

/** Format a compared value for a message: money as 万元 with 2 decimals, ratios as percentages. @internal */
export function formatValue(v: string | boolean | null | undefined, type: LeafResult['valueType'], locale: Locale): string {
  const t = ruleMessages(locale);
  if (v === null || v === undefined) return t.none;
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (type === 'money') return `${money2(v)} 万元`;
  if (type === 'ratio') return percent(v);
  return v;
}

/** A signed difference, formatted like its values. @internal */
export function formatDifference(d: string, type: LeafResult['valueType'], locale: Locale): string {
  const sign = d.startsWith('-') ? '' : '+';
  return `${sign}${formatValue(d, type, locale)}`;
}

/** The absolute value of a difference, formatted like its values. @internal */
export function formatAbsolute(d: string, type: LeafResult['valueType'], locale: Locale): string {
  return formatValue(d.startsWith('-') ? d.slice(1) : d, type, locale);
}
