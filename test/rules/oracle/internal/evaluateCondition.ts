import type { Condition } from '../../../../src/rules/schema.js';
import type { LeafResult } from '../../../../src/rules/types.js';
import { type EvalContext, evaluateLeaf, type Outcome } from './evaluateLeaf.js';

/** An evaluated condition tree: its outcome and every leaf, in order. @internal */
export interface ConditionEval {
  readonly outcome: Outcome;
  readonly leaves: readonly LeafResult[];
  /** The first reason of the leaves that decided an unknown or error outcome. */
  readonly reason?: string;
}

function combine(kind: 'all' | 'any', parts: readonly ConditionEval[]): ConditionEval {
  const leaves = parts.flatMap((p) => p.leaves);
  const pick = (o: Outcome): ConditionEval | undefined => parts.find((p) => p.outcome === o);
  const err = pick('error');
  if (err) return { outcome: 'error', leaves, ...(err.reason !== undefined ? { reason: err.reason } : {}) };
  const decisive = kind === 'all' ? 'false' : 'true';
  if (pick(decisive)) return { outcome: decisive, leaves };
  const unknown = pick('unknown');
  if (unknown) return { outcome: 'unknown', leaves, ...(unknown.reason !== undefined ? { reason: unknown.reason } : {}) };
  return { outcome: kind === 'all' ? 'true' : 'false', leaves };
}

/**
 * Evaluate a condition tree with three-valued logic (Kleene) plus error: `all` is false if any
 * part is false, else unknown if any part is unknown; `any` is true if any part is true, else
 * unknown if any is unknown; `not` swaps true and false. An error anywhere makes the whole
 * tree an error. Every leaf is evaluated (no short-circuit), so every leaf is explained. @internal
 */
export function evaluateCondition(c: Condition, ctx: EvalContext, key: string | undefined, stage?: 'when'): ConditionEval {
  if ('all' in c) return combine('all', c.all.map((x) => evaluateCondition(x, ctx, key, stage)));
  if ('any' in c) return combine('any', c.any.map((x) => evaluateCondition(x, ctx, key, stage)));
  if ('not' in c) {
    const inner = evaluateCondition(c.not, ctx, key, stage);
    const flipped: Outcome = inner.outcome === 'true' ? 'false' : inner.outcome === 'false' ? 'true' : inner.outcome;
    return { ...inner, outcome: flipped };
  }
  const leaf = evaluateLeaf(c, ctx, key, stage);
  return {
    outcome: leaf.outcome,
    leaves: [leaf.result],
    ...(leaf.result.reason !== undefined && (leaf.outcome === 'unknown' || leaf.outcome === 'error') ? { reason: leaf.result.reason } : {}),
  };
}
