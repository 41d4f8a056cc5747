/** Amounts in generated sentences: `1.20万元` in Chinese, `12,000 yuan` in English. */
import { formatWan, wholeYuan } from '../format/number.js';
import type { ReportLocale } from '../types.js';

/** `12,000 yuan` from `1.2` (万元): two decimals of 万元 are whole hundreds of yuan, so the figure is exact. @internal */
export function yuanText(wan: string): string {
  const whole = wholeYuan(wan);
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/gu, ',')} yuan`;
}

/** An amount (万元) as a sentence states it in the locale. @internal */
export function moneyWords(locale: ReportLocale, wan: string): string {
  return locale === 'en' ? yuanText(wan) : formatWan(wan);
}
