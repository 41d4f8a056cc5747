import { D, type Dec, dec } from '../../../../src/model/money/decimal.js';
import { clamp, type LeafContext, type LeafRaw, unavailableOutcome } from '../internal/leaf.js';
import { factLabel, metricOf, readFact, scaledValue, short, t } from '../internal/present.js';
import type { PerViolationLeaf } from '../../../../src/scoring/schema/methods.js';

/** `perViolation`: deduct `perItem` for each violation counted by the facts (summed), floor 0. @internal */
export function scorePerViolation(leaf: PerViolationLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const read = leaf.facts.map((name) => [name, readFact(ctx.facts, name)] as const);
  const metric = leaf.facts.map((name) => metricOf(ctx.facts, name, locale));
  const missing = read.filter(([, f]) => scaledValue(f) === undefined);
  if (missing.length > 0) return unavailableOutcome(leaf, missing, metric, ctx);
  const count = read.reduce((acc, [, f]) => acc.plus(scaledValue(f) as Dec), dec(0));
  const label = locale === 'en'
    ? (leaf.metricLabelEn ?? (leaf.facts.length === 1 ? factLabel(leaf.facts[0] as string, locale) : (leaf.nameEn ?? leaf.name)))
    : (leaf.metricLabel ?? (leaf.facts.length === 1 ? factLabel(leaf.facts[0] as string, locale) : leaf.name));
  const n = short(count);
  if (count.lte(0)) {
    const explanation = t(locale, `${label}${n}项，得满分${leaf.points}分`, `${label}: ${n}, full marks ${leaf.points}`);
    return { kind: 'available', status: 'scored', earned: dec(leaf.points), metric, explanation };
  }
  const raw = count.times(leaf.perItem);
  const earned = clamp(dec(leaf.points).minus(raw), leaf.points);
  const capped = raw.gte(leaf.points);
  const explanation = t(
    locale,
    `${label}${n}项，每项扣${leaf.perItem}分，应扣${short(raw)}分${capped ? '，扣完为止' : ''}，得${short(earned)}分`,
    `${label}: ${n}, ${leaf.perItem} each: deduction ${short(raw)}${capped ? ', capped at the points available' : ''}; earned ${short(earned)} of ${leaf.points}`,
  );
  return { kind: 'available', status: 'scored', earned, metric, explanation };
}
