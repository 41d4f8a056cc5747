import type { Locale } from '../issues.js';

/**
 * Pieces of issue messages that depend on the locale but arrive as parameters: zod's type names,
 * the bilingual catalog labels ("经济分类/economic") and the reason an amount text was refused.
 */

const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  number: ['数字', 'a number'],
  string: ['文本（字符串）', 'a string'],
  object: ['对象（键值表）', 'an object'],
  array: ['数组（列表）', 'an array'],
  boolean: ['true 或 false', 'true or false'],
  int: ['整数', 'an integer'],
  bigint: ['整数', 'an integer'],
  date: ['日期', 'a date'],
  null: ['null', 'null'],
  undefined: ['空值', 'nothing'],
  union: ['几种结构之一', 'one of several shapes'],
};

/** A zod type name (`number`, `array` …) in words of the locale; other text passes through. @internal */
export function typeName(name: string, locale: Locale): string {
  const t = TYPE_NAMES[name];
  return t ? t[locale === 'en' ? 1 : 0] : name;
}

/**
 * One side of a bilingual label: "经济分类/economic" or "3 位（类）或 5 位（款）数字 / 3 or 5 digits"
 * → the Chinese side for zh-CN, the English side for en. Text without a separator passes through.
 * @internal
 */
export function oneSide(text: string, locale: Locale): string {
  const parts = text.includes(' / ') ? text.split(' / ') : /^[^/]*\p{Script=Han}[^/]*\/[\x20-\x7e]+$/u.test(text) ? text.split('/') : [text];
  if (parts.length !== 2) return text;
  return (locale === 'en' ? parts[1] : parts[0])?.trim() ?? text;
}

/** Why an amount text is not a plain decimal, as far as can be told from the text. @internal */
export type AmountFault = 'full_width' | 'unit_suffix' | 'thousands' | 'exponent' | 'empty' | 'spaces' | 'plus' | 'leading_zero' | 'other';

/** The received amount as passed in a message (JSON-quoted string or a number's text) → its text. */
function unquote(received: string): string {
  if (received.startsWith('"')) {
    try {
      return JSON.parse(received) as string;
    } catch {
      return received.slice(1, -1);
    }
  }
  return received;
}

/** Diagnose a refused amount text (the `received` parameter of `invalid_amount`). @internal */
export function amountFault(received: string): { readonly fault: AmountFault; readonly fixed?: string; readonly unit?: string } {
  const text = unquote(received);
  if (text.trim() === '') return { fault: 'empty' };
  if (/[\uff10-\uff19\uff0e\uff0c\uff0d]/.test(text)) {
    const fixed = text.replace(/[\uff10-\uff19\uff0e\uff0c\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, '');
    return { fault: 'full_width', fixed };
  }
  const suffix = /^\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(万元|元|万|亿元|亿|千元|wan|yuan|rmb|cny)\s*$/i.exec(text);
  if (suffix) return { fault: 'unit_suffix', fixed: (suffix[1] ?? '').replace(/,/g, ''), unit: suffix[2] ?? '' };
  if (/^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/.test(text)) return { fault: 'thousands', fixed: text.replace(/,/g, '') };
  if (/^-?[0-9.]+e[+-]?[0-9]+$/i.test(text)) return { fault: 'exponent' };
  if (text !== text.trim()) return { fault: 'spaces', fixed: text.trim() };
  if (/^\+[0-9]/.test(text)) return { fault: 'plus', fixed: text.slice(1) };
  if (/^-?0[0-9]/.test(text)) return { fault: 'leading_zero', fixed: text.replace(/^(-?)0+(?=[0-9])/, '$1') };
  return { fault: 'other' };
}
