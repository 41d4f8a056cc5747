/** Reading facts of the result. */
import type { Ctx } from './context.js';

/** A money/ratio/count fact's value, or undefined when unavailable or absent. @internal */
export function factMoney(ctx: Ctx, name: string): string | undefined {
  const f = ctx.result.facts.values[name];
  return f && f.status === 'ok' && typeof f.value === 'string' ? f.value : undefined;
}
