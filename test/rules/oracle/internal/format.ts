import { findFactDefinition } from '../../../../src/facts/catalog.js';
import type { Locale } from '../../../../src/shared/issues.js';
import { codeName } from '../../../../src/model/catalog/lookup.js';
import { boundedMemo } from '../../../../src/model/internal/memo.js';
import { dec, toCanonical } from '../../../../src/model/money/decimal.js';
import { formatMoney, type Money } from '../../../../src/model/money/money.js';
import { THREE_PUBLIC_NAMES, type ThreePublicItem } from '../../../../src/model/schema/threePublicFunds.js';
import type { LeafResult } from '../../../../src/rules/types.js';

const ITEM_EN: Readonly<Record<string, string>> = {
  outboundTravel: 'outbound travel',
  vehiclePurchase: 'vehicle purchase',
  vehicleOperation: 'vehicle operation',
  reception: 'official reception',
};

const KIND_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  budget: ['部门预算', 'department budget'],
  final_accounts: ['部门决算', 'final accounts'],
  performance: ['绩效信息', 'performance information'],
  three_public_funds: ['“三公”经费', '"three public" funds'],
};

/** A readable name for a forEach key or a placeholder value (code, 三公 item, disclosure kind). @internal */
export function keyName(key: string, locale: Locale, hint: 'economic' | 'functional' | undefined): string {
  if (key in THREE_PUBLIC_NAMES) return locale === 'en' ? (ITEM_EN[key] ?? key) : THREE_PUBLIC_NAMES[key as ThreePublicItem];
  const kind = KIND_NAMES[key];
  if (kind) return locale === 'en' ? kind[1] : kind[0];
  if (/^[0-9]{3,7}$/.test(key) && hint && locale !== 'en') {
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
  return locale === 'en' ? `${base} (${filled.join(', ')})` : `${base}（${filled.join('，')}）`;
}

/** A money amount exactly, with at least two decimals (for bounds such as 0.075). @internal */
export function exactMoney(v: string): string {
  const [i, f = ''] = v.split('.');
  return `${i}.${f.padEnd(2, '0')} 万元`;
}

const percent = (v: string): string => `${formatMoney(toCanonical(dec(v).times(100)) as Money)}%`;

/** Format a compared value for a message: money as 万元 with 2 decimals, ratios as percentages. @internal */
export function formatValue(v: string | boolean | null | undefined, type: LeafResult['valueType'], locale: Locale): string {
  if (v === null || v === undefined) return locale === 'en' ? 'n/a' : '无';
  if (typeof v === 'boolean') return locale === 'en' ? (v ? 'yes' : 'no') : v ? '是' : '否';
  if (type === 'money') return `${formatMoney(v as Money)} 万元`;
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
  return formatValue(d.replace(/^-/, ''), type, locale);
}
