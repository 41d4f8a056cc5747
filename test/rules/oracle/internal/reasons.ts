import type { Issue, Locale } from '../../../../src/shared/issues.js';
import { makeIssue } from '../../../../src/shared/makeIssue.js';

type P = Readonly<Record<string, string | number | boolean | undefined>>;
type Table = Readonly<Record<string, (p: P) => string>>;

const s = (v: unknown): string => (v === undefined ? '' : String(v));

const ZH: Table = {
  unknown_operator: (p) => `未知的运算符 ${s(p.op)}`,
  unknown_threshold: (p) => `未知的阈值 ${s(p.name)}`,
  no_tolerance: (p) => `运算符 ${s(p.op)} 不接受容差`,
  bad_tolerance: (p) => `容差应为非负十进制数或 "rounding"，收到 ${s(p.tolerance ?? p.received)}`,
  bad_operand: (p) => `运算符 ${s(p.op)} 无法比较${s(p.kinds)}`,
  unknown_set: (p) => `未知的事实集合 ${s(p.set)}`,
  mixed_node: () => '条件节点只能是 all、any、not 之一或一个比较（fact + op），不能混用',
  key_without_for_each: (p) => `事实名称 ${s(p.fact)} 使用了 {key}，但规则没有 forEach`,
  missing_value: (p) => `运算符 ${s(p.op)} 需要 value（数值、{ fact } 或 { threshold }）`,
  expects_single: (p) => `运算符 ${s(p.op)} 需要单个比较对象，而不是列表`,
  expects_list: (p) => `运算符 ${s(p.op)} 需要一个列表`,
  bad_range: (p) => `运算符 ${s(p.op)} 需要 [下限, 上限] 两个十进制数`,
  unexpected_value: (p) => `运算符 ${s(p.op)} 不接受 value`,
  needs_number: (p) => `运算符 ${s(p.op)} 只能比较数值，而该事实的类型为 ${s(p.type)}`,
  needs_boolean: (p) => `运算符 ${s(p.op)} 只适用于布尔值，而该事实的类型为 ${s(p.type)}`,
  type_mismatch: (p) => `运算符 ${s(p.op)} 两侧类型不一致（${s(p.left)} 与 ${s(p.right)}）`,
  rounding_needs_money: () => '容差 "rounding" 只适用于金额事实',
  not_decimal: (p) => `不是可精确表示的十进制数：${s(p.received)}`,
};

const EN: Table = {
  unknown_operator: (p) => `unknown operator ${s(p.op)}`,
  unknown_threshold: (p) => `unknown threshold ${s(p.name)}`,
  no_tolerance: (p) => `operator ${s(p.op)} takes no tolerance`,
  bad_tolerance: (p) => `tolerance must be a non-negative decimal or "rounding", received ${s(p.tolerance ?? p.received)}`,
  bad_operand: (p) => `operator ${s(p.op)} cannot compare ${s(p.kinds)}`,
  unknown_set: (p) => `unknown fact set ${s(p.set)}`,
  mixed_node: () => 'a condition is exactly one of all, any, not or a comparison (fact + op)',
  key_without_for_each: (p) => `fact ${s(p.fact)} uses {key} but the rule has no forEach`,
  missing_value: (p) => `operator ${s(p.op)} needs a value (a number, { fact } or { threshold })`,
  expects_single: (p) => `operator ${s(p.op)} compares with one value, not a list`,
  expects_list: (p) => `operator ${s(p.op)} needs a list`,
  bad_range: (p) => `operator ${s(p.op)} needs [low, high], two decimals`,
  unexpected_value: (p) => `operator ${s(p.op)} takes no value`,
  needs_number: (p) => `operator ${s(p.op)} compares numbers, but this fact is of type ${s(p.type)}`,
  needs_boolean: (p) => `operator ${s(p.op)} applies to booleans, but this fact is of type ${s(p.type)}`,
  type_mismatch: (p) => `operator ${s(p.op)} has different types on each side (${s(p.left)} and ${s(p.right)})`,
  rounding_needs_money: () => 'tolerance "rounding" applies to money facts only',
  not_decimal: (p) => `not an exactly representable decimal: ${s(p.received)}`,
};

/** A localised reason for a runtime error or an invalid operand. @internal */
export function runtimeReason(code: string, locale: Locale, params: P = {}): string {
  const t = locale === 'en' ? EN : ZH;
  return t[code]?.(params) ?? code;
}

/** Give `invalid_operand` issues from the schemas a localised detail built from their `reason`. @internal */
export function localizeOperandIssues(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((i) => {
    const reason = i.params?.['reason'];
    if (i.code !== 'invalid_operand' || typeof reason !== 'string') return i;
    return makeIssue('invalid_operand', i.path, { ...i.params, detail: runtimeReason(reason, locale, i.params) }, locale);
  });
}
