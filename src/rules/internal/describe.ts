import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { isOperator, OPERATORS } from '../operators.js';
import type { Condition, Leaf } from '../schema.js';
import { isThresholdKey, THRESHOLD_KEYS } from '../thresholds.js';
import { factLabel } from './format.js';

function label(name: string, locale: Locale): string {
  return factLabel(name, locale).split('{key}').join(ruleMessages(locale).describe.eachKey);
}

function operand(leaf: Leaf, locale: Locale): string {
  const v = leaf.value;
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.map(String).join(leaf.op === 'between' ? ' ~ ' : ruleMessages(locale).valueSeparator);
  if (typeof v === 'object' && v !== null && 'fact' in v) return label(v.fact, locale);
  if (typeof v === 'object' && v !== null && 'threshold' in v) {
    const name = isThresholdKey(v.threshold) ? THRESHOLD_KEYS[v.threshold].label[locale === 'en' ? 'en' : 'zh-CN'] : v.threshold;
    return ruleMessages(locale).describe.configured(name);
  }
  return String(v);
}

function leafWords(leaf: Leaf, locale: Locale): string {
  const a = label(leaf.fact, locale);
  if (!isOperator(leaf.op)) return `${a} ${String(leaf.op)}`;
  const spec = OPERATORS[leaf.op];
  const t = ruleMessages(locale).describe;
  if (spec.operand === 'none') return t.noOperand(a, spec);
  const tol = leaf.tolerance === undefined ? '' : leaf.tolerance === 'rounding' ? t.withinRounding : t.tolerance(leaf.tolerance);
  return `${a} ${spec.symbol} ${operand(leaf, locale)}${tol}`;
}

/**
 * A condition in words, e.g. "收入决算总额（报告数） = 收入合计（…）（允许舍入误差）". Used for
 * docs/rules.md and for explaining why a `when` condition did not hold. @internal
 */
export function describeCondition(c: Condition, locale: Locale): string {
  const t = ruleMessages(locale).describe;
  const join = (xs: readonly Condition[], word: string): string =>
    xs.map((x) => (xs.length > 1 && !('fact' in x) ? t.group(describeCondition(x, locale)) : describeCondition(x, locale))).join(word);
  if ('all' in c) return join(c.all, t.and);
  if ('any' in c) return join(c.any, t.or);
  if ('not' in c) return t.not(describeCondition(c.not, locale));
  return leafWords(c, locale);
}
