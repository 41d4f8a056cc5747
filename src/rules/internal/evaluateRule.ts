import type { Rule } from '../schema.js';
import type { Finding, LeafResult } from '../types.js';
import { evaluateCondition } from './evaluateCondition.js';
import type { EvalContext } from './evaluateLeaf.js';
import { findingMessage, type MessageInput } from './findingMessage.js';
import { ruleMessages } from '../../shared/messages/rules.js';
import { runtimeReason } from './reasons.js';

const STATUS = { true: 'pass', false: 'fail', unknown: 'not_applicable', error: 'error' } as const;

/** The leaves evaluated for the current rule, as an array of their own. */
function takeLeaves(ctx: EvalContext): LeafResult[] {
  const s = ctx.scratch;
  return s.leaves.slice(0, s.count);
}

/** True when a passing rule passed only thanks to the rounding bound of a `check` leaf. @internal */
export function withinRounding(leaves: readonly LeafResult[]): boolean {
  for (const l of leaves) if (l.withinRounding === true && l.passed && l.stage === undefined) return true;
  return false;
}

/** True when a leaf passed within the rounding bound by more than typical rounding (a possible error). @internal */
export function beyondTypicalRounding(leaves: readonly LeafResult[]): boolean {
  for (const l of leaves) if (l.beyondTypicalRounding === true && l.passed && l.stage === undefined) return true;
  return false;
}

/** A rule's verdict, with everything its message is built from. */
function verdict(rule: Rule, ctx: EvalContext, key: string | undefined): MessageInput {
  ctx.scratch.count = 0;
  if (rule.when) {
    const when = evaluateCondition(rule.when, ctx, key, 'when');
    if (when !== 'true') {
      const status = when === 'error' ? 'error' : 'not_applicable';
      return {
        rule,
        key,
        status,
        rounding: false,
        suspect: false,
        leaves: takeLeaves(ctx),
        reason: ctx.scratch.reason,
        notMet: when === 'false',
      };
    }
  }
  const check = evaluateCondition(rule.check, ctx, key, undefined);
  const status = STATUS[check];
  const leaves = takeLeaves(ctx);
  const rounding = status === 'pass' && withinRounding(leaves);
  return {
    rule,
    key,
    status,
    rounding,
    suspect: rounding && beyondTypicalRounding(leaves),
    leaves,
    reason: ctx.scratch.reason,
    notMet: false,
  };
}

/** Evaluate one rule (for one key when it iterates) into an explained finding. @internal */
export function evaluateRule(rule: Rule, packId: string, ctx: EvalContext, key: string | undefined): Finding {
  const v = verdict(rule, ctx, key);
  // The run's values, locale and printed values are read from ctx: not copied into each verdict.
  const message = findingMessage(v, ctx);
  const title = rule.title[ctx.locale === 'en' ? 'en' : 'zh-CN'];
  const { id: ruleId, category, refs, tags, severity: ruleSeverity } = rule;
  const { status, leaves, rounding, suspect } = v;
  // One literal per combination of the optional `key` and `note`, in the documented key order:
  // each finding is then allocated at its full size at once, instead of growing as keys are added
  // (and conditional spreads inside one literal took V8's slow object-clone path).
  if (suspect) {
    // Within the rounding bound, but by more than rounding typically explains: a warning.
    return key === undefined
      ? { ruleId, title, severity: 'warning', category, status, note: 'suspect', message, leaves, refs, tags, ruleSeverity, packId }
      : { ruleId, key, title, severity: 'warning', category, status, note: 'suspect', message, leaves, refs, tags, ruleSeverity, packId };
  }
  if (key === undefined) {
    return rounding
      ? { ruleId, title, severity: 'info', category, status, note: 'rounding', message, leaves, refs, tags, ruleSeverity, packId }
      : { ruleId, title, severity: ruleSeverity, category, status, message, leaves, refs, tags, ruleSeverity, packId };
  }
  return rounding
    ? { ruleId, key, title, severity: 'info', category, status, note: 'rounding', message, leaves, refs, tags, ruleSeverity, packId }
    : { ruleId, key, title, severity: ruleSeverity, category, status, message, leaves, refs, tags, ruleSeverity, packId };
}

/** A finding without leaves: an unknown or empty `forEach` set. @internal */
export function bareFinding(rule: Rule, packId: string, ctx: EvalContext, status: 'not_applicable' | 'error', reason: string): Finding {
  const t = ruleMessages(ctx.locale);
  const title = rule.title[ctx.locale === 'en' ? 'en' : 'zh-CN'];
  return {
    ruleId: rule.id,
    title,
    severity: rule.severity,
    category: rule.category,
    status,
    message: t.finding(status === 'error' ? t.tag.ruleError : t.tag.notApplicable, title, reason),
    leaves: [],
    refs: rule.refs,
    tags: rule.tags,
    ruleSeverity: rule.severity,
    packId,
  };
}

/**
 * Evaluate a rule once, or once per key of its `forEach` set (one not_applicable finding when the
 * set is empty), appending the findings to `out`. @internal
 */
export function evaluateRuleAllKeys(rule: Rule, packId: string, ctx: EvalContext, sets: Readonly<Record<string, readonly string[]>>, out: Finding[]): void {
  if (rule.forEach === undefined) {
    out.push(evaluateRule(rule, packId, ctx, undefined));
    return;
  }
  const keys = Object.prototype.hasOwnProperty.call(sets, rule.forEach) ? sets[rule.forEach] : undefined;
  if (keys === undefined) {
    out.push(bareFinding(rule, packId, ctx, 'error', runtimeReason('unknown_set', ctx.locale, { set: rule.forEach })));
  } else if (keys.length === 0) {
    out.push(bareFinding(rule, packId, ctx, 'not_applicable', ruleMessages(ctx.locale).emptySet(rule.forEach)));
  } else {
    for (let i = 0; i < keys.length; i++) out.push(evaluateRule(rule, packId, ctx, keys[i] as string));
  }
}
