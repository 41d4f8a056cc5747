import type { Locale } from '../../../../src/shared/issues.js';
import { isOperator, OPERATORS } from '../../../../src/rules/operators.js';
import { THRESHOLD_KEYS, isThresholdKey } from '../../../../src/rules/thresholds.js';
import type { LeafResult } from '../../../../src/rules/types.js';
import { exactMoney, factLabel, formatAbsolute, formatDifference, formatValue } from './format.js';

const en = (l: Locale): boolean => l === 'en';

function rightSide(leaf: LeafResult, locale: Locale): string {
  const v = leaf.expected;
  const type = leaf.threshold ? THRESHOLD_KEYS[leaf.threshold.key as keyof typeof THRESHOLD_KEYS]?.type : leaf.valueType;
  const sep = leaf.op === 'between' ? ' ~ ' : en(locale) ? ', ' : '、';
  const shown = Array.isArray(v) ? v.map((x) => formatValue(x, leaf.valueType, locale)).join(sep) : formatValue(v as string | boolean | null, type, locale);
  if (leaf.expectedFact) return `${factLabel(leaf.expectedFact, locale)} ${shown}`;
  if (leaf.threshold && isThresholdKey(leaf.threshold.key)) {
    const label = THRESHOLD_KEYS[leaf.threshold.key].label[en(locale) ? 'en' : 'zh-CN'];
    const src = leaf.threshold.setId ? (en(locale) ? ` (${leaf.threshold.setId}, reliability ${leaf.threshold.reliability ?? '?'})` : `（${leaf.threshold.setId}，可靠性 ${leaf.threshold.reliability ?? '?'}）`) : '';
    return `${label} ${shown}${src}`;
  }
  return shown;
}

function boundText(leaf: LeafResult, locale: Locale): string {
  if (leaf.tolerance === undefined) return '';
  if (leaf.toleranceParts !== undefined && leaf.halfUnit !== undefined) {
    const b = exactMoney(leaf.tolerance);
    const half = exactMoney(leaf.halfUnit);
    return en(locale) ? `the rounding bound ${b} (${leaf.toleranceParts} parts × ${half})` : `舍入误差界限 ${b}（${leaf.toleranceParts} 项 × ${half}）`;
  }
  const t = formatValue(leaf.tolerance, leaf.valueType, locale);
  return en(locale) ? `the tolerance ${t}` : `容差 ${t}`;
}

/** One leaf in words: what was compared, and how it came out. @internal */
export function leafText(leaf: LeafResult, locale: Locale): string {
  const a = `${factLabel(leaf.fact, locale)} ${formatValue(leaf.actual, leaf.valueType, locale)}`;
  const spec = isOperator(leaf.op) ? OPERATORS[leaf.op] : undefined;
  if (!spec) return `${leaf.fact} ${leaf.op}`;
  if (leaf.op === 'available') return leaf.passed ? a : en(locale) ? `${factLabel(leaf.fact, locale)} unavailable` : `${factLabel(leaf.fact, locale)}不可得`;
  if (spec.operand === 'none') {
    const want = formatValue(leaf.op === 'isTrue', 'boolean', locale);
    const head = en(locale) ? `${factLabel(leaf.fact, locale)}: ${formatValue(leaf.actual, 'boolean', locale)}` : `${factLabel(leaf.fact, locale)}：${formatValue(leaf.actual, 'boolean', locale)}`;
    return leaf.passed ? head : en(locale) ? `${head}, expected ${want}` : `${head}，应为“${want}”`;
  }
  const b = rightSide(leaf, locale);
  if (leaf.withinRounding && leaf.difference !== undefined) {
    const d = formatAbsolute(leaf.difference, leaf.valueType, locale);
    return en(locale)
      ? `${a} and ${b} differ by ${d}, within ${boundText(leaf, locale)}: a rounding difference`
      : `${a}与${b}相差 ${d}，在${boundText(leaf, locale)}以内，属尾差`;
  }
  if (leaf.passed) return `${a} ${spec.symbol} ${b}`;
  // A zero difference says nothing on a failed strict comparison (0 is not > 0): keep it in the data, not the sentence.
  const diff = leaf.difference !== undefined && leaf.op !== 'between' && leaf.difference !== '0' ? formatDifference(leaf.difference, leaf.valueType, locale) : undefined;
  const beyond = leaf.tolerance !== undefined ? boundText(leaf, locale) : '';
  if (en(locale)) return `${a} should be ${spec.en} ${b}${diff ? `; difference ${diff}` : ''}${beyond ? `, beyond ${beyond}` : ''}`;
  return `${a}，应${spec.zh} ${b}${diff ? `，差额 ${diff}` : ''}${beyond ? `，超出${beyond}` : ''}`;
}
