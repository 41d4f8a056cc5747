/**
 * zh-CN number formatting for reports. Amounts and ratios stay decimal strings: rounding and
 * printing go through model/money (the one decimal formatter), never through a JS number.
 */
import { exactText, fixedText, percentText } from '../../model/money/arithmetic.js';
import { formatMoney, type Money } from '../../model/money/money.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Round a decimal string half-up to `decimals` places (no unit); anything else as is. @internal */
export function roundDecimal(value: string, decimals: number): string {
  return DECIMAL.test(value) ? fixedText(value, decimals) : value;
}

/** An amount in 万元 with two decimals and the unit: `"0"` → `"0.00万元"`. @internal */
export function formatWan(value: string): string {
  return `${roundDecimal(value, 2)}万元`;
}

/** Points: at most two decimals, trailing zeros dropped: `"98"` → `"98"`, `"97.50"` → `"97.5"`. @internal */
export function formatPoints(value: string): string {
  const s = roundDecimal(value, 2);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * Whole yuan of an amount in 万元 rounded half-up to two decimals (hundreds of yuan, so the figure is
 * exact): `"1.2"` → `"12000"`; anything but a decimal as is. @internal
 */
export function wholeYuan(wan: string): string {
  return DECIMAL.test(wan) ? formatMoney(fixedText(wan, 2) as Money, { unit: '元', decimals: 0 }) : wan;
}

/** A ratio (fraction) as a percentage with two decimals: `"0.82352941"` → `"82.35%"`. @internal */
export function formatPercent(ratio: string): string {
  return `${DECIMAL.test(ratio) ? percentText(ratio) : ratio}%`;
}

/** An exact decimal with at least two decimals (no rounding): `"0.02"`, `"576.08"`, `"0.000123"`. @internal */
export function formatExact(value: string): string {
  return DECIMAL.test(value) ? exactText(value) : value;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (1–99; larger numbers stay Arabic). @internal */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : (DIGITS[ones] as string));
}

/** Section numbers by depth: 一、 → （一） → 1. → （1）, following GB/T 9704-2012. @internal */
export function sectionNumber(depth: 1 | 2 | 3 | 4, n: number): string {
  if (depth === 1) return `${chineseNumeral(n)}、`;
  if (depth === 2) return `（${chineseNumeral(n)}）`;
  if (depth === 3) return `${n}.`;
  return `（${n}）`;
}

/** Join items the Chinese way: `a、b和c` (or `a和b`, `a`). @internal */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1] as string}`;
}

/** A date the Chinese way: `2023-06-14` → `2023年6月14日`; anything else is returned as is. @internal */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return `${y}年${mo.replace(/^0/, '')}月${d.replace(/^0/, '')}日`;
}

/** The as-of phrase of a date: `2022-12-31` → `2022年底`, `2022-06-30` → `2022年6月30日`. @internal */
export function formatAsOf(date: string | undefined, fallbackYear: number): string {
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${fallbackYear}年底`;
  return date.endsWith('-12-31') ? `${date.slice(0, 4)}年底` : formatDate(date);
}
