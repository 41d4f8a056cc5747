import type { Condition } from '../schema.js';
import type { LeafResult } from '../types.js';
import { type EvalContext, evaluateLeaf, type Outcome } from './evaluateLeaf.js';

/**
 * Where a condition's reason is handed up the tree: after evaluating a node, `reason` is the first
 * reason of the leaves that decided an unknown or error outcome (undefined otherwise). One object
 * per rule instead of a result object per node. @internal
 */
export interface ReasonSlot {
  reason: string | undefined;
}

function combine(kind: 'all' | 'any', parts: readonly Condition[], ctx: EvalContext, key: string | undefined, stage: 'when' | undefined, leaves: LeafResult[], slot: ReasonSlot): Outcome {
  const decisive: Outcome = kind === 'all' ? 'false' : 'true';
  let error = false;
  let errorReason: string | undefined;
  let unknown = false;
  let unknownReason: string | undefined;
  let decided = false;
  for (const part of parts) {
    const o = evaluateNode(part, ctx, key, stage, leaves, slot);
    if (o === 'error') {
      if (!error) errorReason = slot.reason;
      error = true;
    } else if (o === 'unknown') {
      if (!unknown) unknownReason = slot.reason;
      unknown = true;
    } else if (o === decisive) decided = true;
  }
  slot.reason = undefined;
  if (error) {
    slot.reason = errorReason;
    return 'error';
  }
  if (decided) return decisive;
  if (unknown) {
    slot.reason = unknownReason;
    return 'unknown';
  }
  return kind === 'all' ? 'true' : 'false';
}

function evaluateNode(c: Condition, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined, leaves: LeafResult[], slot: ReasonSlot): Outcome {
  if ('all' in c) return combine('all', c.all, ctx, key, stage, leaves, slot);
  if ('any' in c) return combine('any', c.any, ctx, key, stage, leaves, slot);
  if ('not' in c) {
    const inner = evaluateNode(c.not, ctx, key, stage, leaves, slot);
    return inner === 'true' ? 'false' : inner === 'false' ? 'true' : inner;
  }
  const outcome = evaluateLeaf(c, ctx, key, stage, leaves);
  slot.reason = outcome === 'unknown' || outcome === 'error' ? (leaves[leaves.length - 1] as LeafResult).reason : undefined;
  return outcome;
}

/**
 * Evaluate a condition tree with three-valued logic (Kleene) plus error: `all` is false if any
 * part is false, else unknown if any part is unknown; `any` is true if any part is true, else
 * unknown if any is unknown; `not` swaps true and false. An error anywhere makes the whole
 * tree an error. Every leaf is evaluated (no short-circuit), so every leaf is explained: the
 * leaves are appended to `leaves` in order, and `slot.reason` receives the first reason of the
 * leaves that decided an unknown or error outcome. @internal
 */
export function evaluateCondition(c: Condition, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined, leaves: LeafResult[], slot: ReasonSlot): Outcome {
  return evaluateNode(c, ctx, key, stage, leaves, slot);
}
