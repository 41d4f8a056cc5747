import type { Rule } from '../../../../src/rules/schema.js';
import type { Finding, LeafResult, RuleStatus } from '../../../../src/rules/types.js';
import { evaluateCondition } from './evaluateCondition.js';
import type { EvalContext } from './evaluateLeaf.js';
import { findingMessage } from './findingMessage.js';
import { runtimeReason } from './reasons.js';

const STATUS = { true: 'pass', false: 'fail', unknown: 'not_applicable', error: 'error' } as const;

interface Verdict {
  readonly status: RuleStatus;
  readonly leaves: readonly LeafResult[];
  readonly reason: string | undefined;
  readonly notMet: boolean;
}

function verdict(rule: Rule, ctx: EvalContext, key: string | undefined): Verdict {
  const when = rule.when ? evaluateCondition(rule.when, ctx, key, 'when') : undefined;
  if (when && when.outcome !== 'true') {
    return { status: when.outcome === 'error' ? 'error' : 'not_applicable', leaves: when.leaves, reason: when.reason, notMet: when.outcome === 'false' };
  }
  const check = evaluateCondition(rule.check, ctx, key);
  return { status: STATUS[check.outcome], leaves: when ? [...when.leaves, ...check.leaves] : check.leaves, reason: check.reason, notMet: false };
}

/** Evaluate one rule (for one key when it iterates) into an explained finding. @internal */
export function evaluateRule(rule: Rule, packId: string, ctx: EvalContext, key: string | undefined): Finding {
  const v = verdict(rule, ctx, key);
  const rounding = v.status === 'pass' && v.leaves.some((l) => l.withinRounding === true && l.passed && l.stage === undefined);
  const message = findingMessage({ rule, key, status: v.status, rounding, leaves: v.leaves, reason: v.reason, notMet: v.notMet, values: ctx.values, context: ctx.context, locale: ctx.locale });
  // Built property by property in the documented key order: conditional spreads inside the
  // literal took V8's slow object-clone path and were the largest self time of runRules.
  const f: { -readonly [K in keyof Finding]: Finding[K] } = { ruleId: rule.id } as Finding;
  if (key !== undefined) f.key = key;
  f.title = rule.title[ctx.locale === 'en' ? 'en' : 'zh-CN'];
  f.severity = rounding ? 'info' : rule.severity;
  f.category = rule.category;
  f.status = v.status;
  if (rounding) f.note = 'rounding';
  f.message = message;
  f.leaves = v.leaves;
  f.refs = rule.refs;
  f.tags = rule.tags;
  f.ruleSeverity = rule.severity;
  f.packId = packId;
  return f;
}

function bareFinding(rule: Rule, packId: string, ctx: EvalContext, status: 'not_applicable' | 'error', reason: string): Finding {
  const en = ctx.locale === 'en';
  const title = rule.title[en ? 'en' : 'zh-CN'];
  const tag = status === 'error' ? (en ? '[rule error]' : '【无法判定】') : en ? '[not applicable]' : '【不适用】';
  return {
    ruleId: rule.id,
    title,
    severity: rule.severity,
    category: rule.category,
    status,
    message: en ? `${tag} ${title}: ${reason}.` : `${tag}${title}：${reason}。`,
    leaves: [],
    refs: rule.refs,
    tags: rule.tags,
    ruleSeverity: rule.severity,
    packId,
  };
}

/** Evaluate a rule once, or once per key of its `forEach` set (one not_applicable finding when the set is empty). @internal */
export function evaluateRuleAllKeys(rule: Rule, packId: string, ctx: EvalContext, sets: Readonly<Record<string, readonly string[]>>): Finding[] {
  if (rule.forEach === undefined) return [evaluateRule(rule, packId, ctx, undefined)];
  const keys = Object.prototype.hasOwnProperty.call(sets, rule.forEach) ? sets[rule.forEach] : undefined;
  if (keys === undefined) return [bareFinding(rule, packId, ctx, 'error', runtimeReason('unknown_set', ctx.locale, { set: rule.forEach }))];
  if (keys.length === 0) {
    const reason = ctx.locale === 'en' ? `nothing to check (${rule.forEach} is empty)` : `数据中没有可检查的项目（${rule.forEach} 为空）`;
    return [bareFinding(rule, packId, ctx, 'not_applicable', reason)];
  }
  return keys.map((k) => evaluateRule(rule, packId, ctx, k));
}
