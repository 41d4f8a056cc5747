import { FACT_CATALOG, findFactDefinition } from '../../facts/catalog.js';
import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { codeName } from '../../model/catalog/lookup.js';
import { exactText, percentText } from '../../model/money/arithmetic.js';
import { formatMoney, type Money } from '../../model/money/money.js';
import { THREE_PUBLIC_NAMES, type ThreePublicItem } from '../../model/schema/threePublicFunds.js';
import type { LeafResult } from '../types.js';

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** `/^[0-9]{3,7}$/.test(key)` by a scan of the characters (a classification code). @internal */
export function isCode(key: string): boolean {
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

/**
 * A finding's key and its name as {@link keyName} gives it for `hint` (undefined unless the key is a
 * code and the locale Chinese, the only case where keyName reads a hint). A keyed finding names its
 * key in its heading and in the labels of its facts: the labels reuse this name for the same key and
 * hint instead of naming the key again. It lives for one finding. @internal
 */
export interface NamedKey {
  readonly key: string;
  readonly hint: 'economic' | 'functional' | undefined;
  readonly name: string;
}

/** The catalog label of a fact, with its placeholder value (code, item …) spelled out. @internal */
export function factLabel(name: string, locale: Locale, named?: NamedKey): string {
  return buildFactLabel(name, locale === 'en' ? 'en' : 'zh-CN', named);
}

/**
 * The positions of the placeholder segments (`{code}`, `{item}` …) of each catalog name: an index of
 * the static catalog, built once at load (not a cache filled by calls), so a label does not split and
 * test its definition's name again for every leaf of every finding. Fixed names have none.
 */
const PLACEHOLDER_SEGMENTS: ReadonlyMap<string, readonly number[]> = new Map(
  FACT_CATALOG.flatMap((def) => {
    const slots = def.name.split('.').flatMap((seg, i) => (/^\{\w+\}$/.test(seg) ? [i] : []));
    return slots.length > 0 ? [[def.name, slots] as const] : [];
  }),
);

/** The dot-separated segment of `name` at position `index`, or undefined when it has fewer segments. */
function segmentAt(name: string, index: number): string | undefined {
  let from = 0;
  for (let i = 0; i < index; i++) {
    const dot = name.indexOf('.', from);
    if (dot < 0) return undefined;
    from = dot + 1;
  }
  const end = name.indexOf('.', from);
  return end < 0 ? name.slice(from) : name.slice(from, end);
}

function buildFactLabel(name: string, locale: Locale, named: NamedKey | undefined): string {
  const def = findFactDefinition(name);
  if (!def) return name;
  const base = def.label[locale === 'en' ? 'en' : 'zh-CN'];
  const slots = PLACEHOLDER_SEGMENTS.get(def.name);
  if (slots === undefined) return base;
  // The names are appended to one string (no array of names to join, per label).
  const t = ruleMessages(locale);
  let names: string | undefined;
  for (let s = 0; s < slots.length; s++) {
    const key = segmentAt(name, slots[s] as number);
    if (key === undefined) continue;
    // keyName reads the hint only for a code in Chinese: the name is searched for one only then.
    const hint = locale !== 'en' && isCode(key) ? hintOf(name) : undefined;
    const keyText = named !== undefined && key === named.key && hint === named.hint ? named.name : keyName(key, locale, hint);
    names = names === undefined ? keyText : names + t.keySeparator + keyText;
  }
  return names === undefined ? base : t.labelWithKeys(base, names);
}

/** A money amount exactly, with at least two decimals (for bounds such as 0.075). @internal */
export const exactMoney = (v: string): string => `${exactText(v)} 万元`;

const percent = (v: string): string => `${percentText(v)}%`;

/**
 * The money and ratio values of one run as its messages print them, by value (ratios prefixed with
 * `%`): filled as the messages print them, so each value is read and rounded once per run (a value
 * is typically printed by several findings: 65 money values, 16 distinct, on the reference
 * fixture). It lives for one `runRules` call. @internal
 */
export type Shown = Map<string, string>;

/** Format a compared value for a message: money as 万元 with 2 decimals, ratios as percentages. @internal */
export function formatValue(v: string | boolean | null | undefined, type: LeafResult['valueType'], locale: Locale, shown?: Shown): string {
  const t = ruleMessages(locale);
  if (v === null || v === undefined) return t.none;
  if (typeof v === 'boolean') return v ? t.yes : t.no;
  if (type !== 'money' && type !== 'ratio') return v;
  const key = type === 'money' ? v : `%${v}`;
  const known = shown?.get(key);
  if (known !== undefined) return known;
  const text = type === 'money' ? `${formatMoney(v as Money)} 万元` : percent(v);
  shown?.set(key, text);
  return text;
}

/** A signed difference, formatted like its values. @internal */
export function formatDifference(d: string, type: LeafResult['valueType'], locale: Locale, shown?: Shown): string {
  const sign = d.startsWith('-') ? '' : '+';
  return `${sign}${formatValue(d, type, locale, shown)}`;
}

/** The absolute value of a difference, formatted like its values. @internal */
export function formatAbsolute(d: string, type: LeafResult['valueType'], locale: Locale, shown?: Shown): string {
  return formatValue(d.startsWith('-') ? d.slice(1) : d, type, locale, shown);
}
