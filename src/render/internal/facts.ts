/** Reading facts of the result. */
import { compareAmounts } from '../../model/money/arithmetic.js';
import type { ReportFlag } from '../types.js';
import type { Ctx } from './context.js';
import { moneyWords } from './moneyWords.js';

/** A money/ratio/count fact's value, or undefined when unavailable or absent. @internal */
export function factMoney(ctx: Ctx, name: string): string | undefined {
  const f = ctx.result.facts.values[name];
  return f && f.status === 'ok' && typeof f.value === 'string' ? f.value : undefined;
}

/**
 * A total the report states, checked by `ruleId`: when that check failed on this figure, the
 * figure its parts give (the failed comparison's expected value) and a note for the author;
 * otherwise the stated figure as it is. Words follow the numbers: a stated total that fails its
 * check is never printed unflagged.
 * @internal
 */
export function checkedTotal(
  ctx: Ctx,
  stated: string,
  check: { readonly ruleId: string; readonly key?: string; readonly what: string; readonly path: readonly (string | number)[] },
): { readonly value: string; readonly flag?: ReportFlag } {
  const f = ctx.result.rules.findings.find((x) => x.ruleId === check.ruleId && x.key === check.key && x.status === 'fail');
  const leaf = f?.leaves.find((l) => !l.passed && l.stage !== 'when' && l.op === 'eq' && typeof l.actual === 'string' && typeof l.expected === 'string');
  if (!leaf || typeof leaf.actual !== 'string' || typeof leaf.expected !== 'string' || compareAmounts(leaf.actual, stated) !== 0) return { value: stated };
  const message = ctx.words.statedTotalDiffers(check.what, moneyWords(ctx.locale, stated), moneyWords(ctx.locale, leaf.expected));
  return { value: leaf.expected, flag: { code: 'stated_total_differs', path: check.path, message } };
}
