import type { Condition } from '../schema.js';
import { type EvalContext, evaluateLeaf, type Outcome } from './evaluateLeaf.js';

/** Three-valued `all`/`any` over `parts` (every part, no short-circuit, so every leaf is explained). */
function combine(all: boolean, parts: readonly Condition[], ctx: EvalContext, key: string | undefined, stage: 'when' | undefined): Outcome {
  const decisive: Outcome = all ? 'false' : 'true';
  const s = ctx.scratch;
  let error = false;
  let errorReason: string | undefined;
  let unknown = false;
  let unknownReason: string | undefined;
  let decided = false;
  for (let i = 0; i < parts.length; i++) {
    const o = evaluateCondition(parts[i] as Condition, ctx, key, stage);
    if (o === 'error') {
      if (!error) errorReason = s.reason;
      error = true;
    } else if (o === 'unknown') {
      if (!unknown) unknownReason = s.reason;
      unknown = true;
    } else if (o === decisive) decided = true;
  }
  s.reason = undefined;
  if (error) {
    s.reason = errorReason;
    return 'error';
  }
  if (decided) return decisive;
  if (unknown) {
    s.reason = unknownReason;
    return 'unknown';
  }
  return all ? 'true' : 'false';
}

/**
 * Evaluate a condition tree with three-valued logic (Kleene) plus error: `all` is false if any
 * part is false, else unknown if any part is unknown; `any` is true if any part is true, else
 * unknown if any is unknown; `not` swaps true and false. An error anywhere makes the whole
 * tree an error. Every leaf is evaluated (no short-circuit), so every leaf is explained: the
 * leaves are appended to `ctx.scratch`, and `ctx.scratch.reason` receives the first reason of the
 * leaves that decided an unknown or error outcome (no result object per node). @internal
 */
export function evaluateCondition(c: Condition, ctx: EvalContext, key: string | undefined, stage: 'when' | undefined): Outcome {
  if ('all' in c) return combine(true, c.all, ctx, key, stage);
  if ('any' in c) return combine(false, c.any, ctx, key, stage);
  if ('not' in c) {
    const inner = evaluateCondition(c.not, ctx, key, stage);
    return inner === 'true' ? 'false' : inner === 'false' ? 'true' : inner;
  }
  return evaluateLeaf(c, ctx, key, stage);
}
