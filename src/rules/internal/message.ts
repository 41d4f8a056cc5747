import type { Locale } from '../../shared/issues.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { isOperator, OPERATORS } from '../operators.js';
import { THRESHOLD_KEYS, isThresholdKey } from '../thresholds.js';
import type { LeafResult } from '../types.js';
import { exactMoney, factLabel, formatAbsolute, formatDifference, formatValue, type NamedKey, type Shown } from './format.js';

function rightSide(leaf: LeafResult, locale: Locale, shown: Shown | undefined, named: NamedKey | undefined): string {
  const v = leaf.expected;
  const type = leaf.threshold ? THRESHOLD_KEYS[leaf.threshold.key as keyof typeof THRESHOLD_KEYS]?.type : leaf.valueType;
  const sep = leaf.op === 'between' ? ' ~ ' : ruleMessages(locale).valueSeparator;
  const text = Array.isArray(v)
    ? v.map((x) => formatValue(x, leaf.valueType, locale, shown)).join(sep)
    : formatValue(v as string | boolean | null, type, locale, shown);
  if (leaf.expectedFact) return `${factLabel(leaf.expectedFact, locale, named)} ${text}`;
  if (leaf.threshold && isThresholdKey(leaf.threshold.key)) {
    const label = THRESHOLD_KEYS[leaf.threshold.key].label[locale === 'en' ? 'en' : 'zh-CN'];
    const src = leaf.threshold.setId ? ruleMessages(locale).thresholdSource(leaf.threshold.setId, leaf.threshold.reliability ?? '?') : '';
    return `${label} ${text}${src}`;
  }
  return text;
}

function boundText(leaf: LeafResult, locale: Locale, shown: Shown | undefined): string {
  if (leaf.tolerance === undefined) return '';
  if (leaf.toleranceParts !== undefined && leaf.halfUnit !== undefined) {
    const b = exactMoney(leaf.tolerance);
    const half = exactMoney(leaf.halfUnit);
    return ruleMessages(locale).roundingBound(b, leaf.toleranceParts, half);
  }
  return ruleMessages(locale).tolerance(formatValue(leaf.tolerance, leaf.valueType, locale, shown));
}

/**
 * One leaf in words: what was compared, and how it came out (`shown`: the run's printed values, see
 * {@link Shown}; `named`: the finding's key and its name, see {@link NamedKey}). @internal
 */
export function leafText(leaf: LeafResult, locale: Locale, shown?: Shown, named?: NamedKey): string {
  const t = ruleMessages(locale);
  const spec = isOperator(leaf.op) ? OPERATORS[leaf.op] : undefined;
  if (!spec) return `${leaf.fact} ${leaf.op}`;
  const label = factLabel(leaf.fact, locale, named);
  if (leaf.op === 'available' && !leaf.passed) return t.unavailable(label);
  if (leaf.op !== 'available' && spec.operand === 'none') {
    const want = leaf.passed ? undefined : formatValue(leaf.op === 'isTrue', 'boolean', locale);
    return t.booleanLeaf(label, formatValue(leaf.actual, 'boolean', locale), want);
  }
  // The fact and its value: built only for the sentences that print them (not the two above).
  const a = `${label} ${formatValue(leaf.actual, leaf.valueType, locale, shown)}`;
  if (leaf.op === 'available') return a;
  const b = rightSide(leaf, locale, shown, named);
  if (leaf.withinRounding && leaf.beyondTypicalRounding && leaf.difference !== undefined && leaf.typicalRounding !== undefined) {
    const d = formatAbsolute(leaf.difference, leaf.valueType, locale, shown);
    return t.beyondTypicalRounding(a, b, d, boundText(leaf, locale, shown), exactMoney(leaf.typicalRounding));
  }
  if (leaf.withinRounding && leaf.difference !== undefined)
    return t.withinRounding(a, b, formatAbsolute(leaf.difference, leaf.valueType, locale, shown), boundText(leaf, locale, shown));
  if (leaf.passed) return `${a} ${spec.symbol} ${b}`;
  // A zero difference says nothing on a failed strict comparison (0 is not > 0): keep it in the data, not the sentence.
  const diff =
    leaf.difference !== undefined && leaf.op !== 'between' && leaf.difference !== '0'
      ? formatDifference(leaf.difference, leaf.valueType, locale, shown)
      : undefined;
  const beyond = leaf.tolerance !== undefined ? boundText(leaf, locale, shown) : '';
  return t.shouldBe(a, spec, b, diff, beyond);
}
