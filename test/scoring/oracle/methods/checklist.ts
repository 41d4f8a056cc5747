import type { FactValue } from '../../../../src/facts/types.js';
import { D, type Dec, sumOf } from '../../../../src/model/money/decimal.js';
import { type LeafContext, type LeafRaw, nameOf, unavailableOutcome } from '../internal/leaf.js';
import { factLabel, type Metric, metricOf, readFact, short, t, unavailableReason } from '../internal/present.js';
import type { ChecklistLeaf } from '../../../../src/scoring/schema/methods.js';

type Item = ChecklistLeaf['items'][number];

function unavailableNote(missing: readonly { item: Item; f: FactValue }[], policy: string, ctx: LeafContext): string {
  const { locale } = ctx;
  const what = missing.map(({ item, f }) => `${factLabel(item.fact, locale, item.label, item.labelEn)}${t(locale, `（${unavailableReason(f, locale)}）`, ` (${unavailableReason(f, locale)})`)}`);
  const how = policy === 'full'
    ? t(locale, '按满分计', 'counted as met')
    : policy === 'zero'
      ? t(locale, '按0分计', 'counted as not met')
      : t(locale, '其分值按比例分配至其余各项', 'their points are spread over the other items in proportion');
  return t(locale, `${what.join('、')}无数据，${how}`, `${what.join(', ')}: no data, ${how}`);
}

/**
 * `checklist`: each item's points when its boolean fact equals `expect`. Items without data follow
 * the leaf's policy item by item (full, zero, or reweight over the items with data); a checklist with
 * no data at all is unavailable. @internal
 */
export function scoreChecklist(leaf: ChecklistLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const read = leaf.items.map((item) => ({ item, f: readFact(ctx.facts, item.fact) }));
  const metric: Metric[] = leaf.items.map((item) => metricOf(ctx.facts, item.fact, locale));
  const present = read.filter((r) => r.f.status === 'ok');
  const missing = read.filter((r) => r.f.status !== 'ok');
  if (present.length === 0) return unavailableOutcome(leaf, missing.map((r) => [r.item.fact, r.f]), metric, ctx);
  const label = (i: Item): string => factLabel(i.fact, locale, i.label, i.labelEn);
  const holds = (f: FactValue, expect: boolean): boolean => f.status === 'ok' && f.value === expect;
  const met = present.filter((r) => holds(r.f, r.item.expect)).map((r) => r.item);
  const unmet = present.filter((r) => !holds(r.f, r.item.expect)).map((r) => r.item);
  let earned: Dec = sumOf(met.map((i) => i.points));
  const policy = leaf.onUnavailable ?? ctx.unavailablePolicy;
  if (missing.length > 0 && policy === 'full') earned = earned.plus(sumOf(missing.map((r) => r.item.points)));
  if (missing.length > 0 && policy === 'reweight') earned = earned.times(leaf.points).div(sumOf(present.map((r) => r.item.points)));
  const parts: string[] = [];
  if (met.length > 0) parts.push(t(locale, `${met.map(label).join('、')}${unmet.length + missing.length === 0 && met.length > 1 ? '均' : ''}已满足`, `met: ${met.map(label).join(', ')}`));
  if (unmet.length > 0) {
    parts.push(t(locale, `${unmet.map((i) => `${label(i)}未满足（扣${i.points}分）`).join('、')}`, `not met: ${unmet.map((i) => `${label(i)} (−${i.points})`).join(', ')}`));
  }
  if (missing.length > 0) parts.push(unavailableNote(missing, policy, ctx));
  const full = earned.eq(leaf.points);
  const result = full ? t(locale, `得满分${leaf.points}分`, `full marks ${leaf.points}`) : t(locale, `得${short(earned)}分（满分${leaf.points}分）`, `earned ${short(earned)} of ${leaf.points}`);
  const explanation = t(locale, `${nameOf(leaf, locale)}：${parts.join('；')}，${result}`, `${nameOf(leaf, locale)}: ${parts.join('; ')}; ${result}`);
  return { kind: 'available', status: 'scored', earned: D.min(earned, leaf.points) as Dec, metric, explanation, ...(missing.length > 0 ? { policy } : {}) };
}
