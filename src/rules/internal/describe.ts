import type { Locale } from '../../shared/issues.js';
import { isOperator, OPERATORS } from '../operators.js';
import type { Condition, Leaf } from '../schema.js';
import { isThresholdKey, THRESHOLD_KEYS } from '../thresholds.js';
import { factLabel } from './format.js';

const en = (l: Locale): boolean => l === 'en';

function label(name: string, locale: Locale): string {
  return factLabel(name, locale).split('{key}').join(en(locale) ? 'each key' : '逐项');
}

function operand(leaf: Leaf, locale: Locale): string {
  const v = leaf.value;
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(leaf.op === 'between' ? ' ~ ' : en(locale) ? ', ' : '、');
  if (typeof v === 'object' && v !== null && 'fact' in v) return label(v.fact, locale);
  if (typeof v === 'object' && v !== null && 'threshold' in v) {
    const name = isThresholdKey(v.threshold) ? THRESHOLD_KEYS[v.threshold].label[en(locale) ? 'en' : 'zh-CN'] : v.threshold;
    return en(locale) ? `the configured ${name}` : `所配置的${name}`;
  }
  return String(v);
}

function leafWords(leaf: Leaf, locale: Locale): string {
  const a = label(leaf.fact, locale);
  if (!isOperator(leaf.op)) return `${a} ${String(leaf.op)}`;
  const spec = OPERATORS[leaf.op];
  if (spec.operand === 'none') return en(locale) ? `${a} is ${spec.en}` : `${a}${spec.zh}`;
  const tol = leaf.tolerance === undefined
    ? ''
    : leaf.tolerance === 'rounding'
      ? en(locale) ? ' (within the rounding bound)' : '（允许舍入误差）'
      : en(locale) ? ` (tolerance ${leaf.tolerance})` : `（容差 ${leaf.tolerance}）`;
  return `${a} ${spec.symbol} ${operand(leaf, locale)}${tol}`;
}

/**
 * A condition in words, e.g. "收入决算总额（报告数） = 收入合计（…）（允许舍入误差）". Used for
 * docs/rules.md and for explaining why a `when` condition did not hold. @internal
 */
export function describeCondition(c: Condition, locale: Locale): string {
  const wrap = (x: Condition): string => (en(locale) ? `(${describeCondition(x, locale)})` : `（${describeCondition(x, locale)}）`);
  const join = (xs: readonly Condition[], word: string): string => xs.map((x) => (xs.length > 1 && !('fact' in x) ? wrap(x) : describeCondition(x, locale))).join(word);
  if ('all' in c) return join(c.all, en(locale) ? ' and ' : ' 且 ');
  if ('any' in c) return join(c.any, en(locale) ? ' or ' : ' 或 ');
  if ('not' in c) return en(locale) ? `not (${describeCondition(c.not, locale)})` : `非（${describeCondition(c.not, locale)}）`;
  return leafWords(c, locale);
}
