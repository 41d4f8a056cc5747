import type { FactValue } from '../../facts/types.js';
import type { Dec } from '../../model/money/decimal.js';
import type { CompiledItem, CompiledLeaf } from '../internal/compiled.js';
import { type LeafContext, type LeafRaw, unavailableOutcome, ZERO, leafRaw } from '../internal/leaf.js';
import { type Metric, metricOf, readFact, short, unavailableReason } from '../internal/present.js';
import type { UnavailablePolicy } from '../schema/common.js';
import type { ChecklistLeaf } from '../schema/methods.js';

function unavailableNote(missing: readonly { item: CompiledItem; f: FactValue }[], policy: UnavailablePolicy, ctx: LeafContext): string {
  const { locale } = ctx;
  const en = locale === 'en';
  const what = missing.map(({ item, f }) => (en ? `${item.label.en} (${unavailableReason(f, locale)})` : `${item.label['zh-CN']}（${unavailableReason(f, locale)}）`));
  const how = policy === 'full'
    ? en ? 'counted as met' : '按满分计'
    : policy === 'zero'
      ? en ? 'counted as not met' : '按0分计'
      : en ? 'their points are spread over the other items in proportion' : '其分值按比例分配至其余各项';
  return en ? `${what.join(', ')}: no data, ${how}` : `${what.join('、')}无数据，${how}`;
}

const sum = (items: readonly CompiledItem[]): Dec => items.reduce((a, i) => a.plus(i.points), ZERO);

/**
 * `checklist`: each item's points when its boolean fact equals `expect`. Items without data follow
 * the leaf's policy item by item (full, zero, or reweight over the items with data); a checklist with
 * no data at all is unavailable. @internal
 */
export function scoreChecklist(leaf: ChecklistLeaf, c: CompiledLeaf, ctx: LeafContext): LeafRaw {
  const { locale } = ctx;
  const all = c.items as readonly CompiledItem[];
  // Every item with data and met (the usual case): full marks, with the explanation worked out
  // once per system. Anything else (an item unmet or without data) is left to the general path
  // below, which reads the facts again.
  if (c.allMet !== undefined) {
    const metric: Metric[] = new Array<Metric>(all.length);
    let i = 0;
    for (; i < all.length; i++) {
      const item = all[i] as CompiledItem;
      const f = readFact(ctx.facts, item.fact);
      metric[i] = metricOf(item.fact, f, locale);
      if (f.status !== 'ok' || f.value !== item.expect) break;
    }
    if (i === all.length) return leafRaw('available', 'scored', c.points, metric, c.allMet[locale]);
  }
  const en = locale === 'en';
  const metric: Metric[] = [];
  const met: CompiledItem[] = [];
  const unmet: CompiledItem[] = [];
  const present: CompiledItem[] = [];
  const missing: { item: CompiledItem; f: FactValue }[] = [];
  for (const item of c.items as readonly CompiledItem[]) {
    const f = readFact(ctx.facts, item.item.fact);
    metric.push(metricOf(item.item.fact, f, locale));
    if (f.status !== 'ok') {
      missing.push({ item, f });
      continue;
    }
    present.push(item);
    (f.value === item.item.expect ? met : unmet).push(item);
  }
  if (present.length === 0) return unavailableOutcome(c, missing.map((r) => [r.item.item.fact, r.f]), metric, ctx);
  // Every item met (the usual case): the precomputed total, which is `points` itself for a valid checklist.
  let earned: Dec = met.length === (c.items as readonly CompiledItem[]).length ? (c.allItems as Dec) : sum(met);
  const policy = leaf.onUnavailable ?? ctx.unavailablePolicy;
  if (missing.length > 0 && policy === 'full') earned = earned.plus(sum(missing.map((r) => r.item)));
  if (missing.length > 0 && policy === 'reweight') {
    const weight = sum(present);
    // Items with data but worth 0 points carry no weight to spread the missing points over (0 ÷ 0
    // gave "得NaN分"): as far as the standard is concerned there is no data, so the leaf is unavailable.
    if (weight.isZero()) return unavailableOutcome(c, missing.map((r) => [r.item.item.fact, r.f]), metric, ctx);
    earned = earned.times(c.points).div(weight);
  }
  const parts: string[] = [];
  if (met.length > 0) {
    const labels = met.map((i) => i.label[locale]);
    parts.push(en ? `met: ${labels.join(', ')}` : `${labels.join('、')}${unmet.length + missing.length === 0 && met.length > 1 ? '均' : ''}已满足`);
  }
  if (unmet.length > 0) {
    parts.push(en ? `not met: ${unmet.map((i) => `${i.label.en} (−${i.item.points})`).join(', ')}` : unmet.map((i) => `${i.label['zh-CN']}未满足（扣${i.item.points}分）`).join('、'));
  }
  if (missing.length > 0) parts.push(unavailableNote(missing, policy, ctx));
  const full = earned === c.points || earned.eq(c.points);
  const name = c.name[locale];
  const explanation = en
    ? `${name}: ${parts.join('; ')}; ${full ? `full marks ${leaf.points}` : `earned ${short(earned)} of ${leaf.points}`}`
    : `${name}：${parts.join('；')}，${full ? `得满分${leaf.points}分` : `得${short(earned)}分（满分${leaf.points}分）`}`;
  const capped = earned !== c.points && earned.gt(c.points) ? c.points : earned;
  return missing.length > 0
    ? leafRaw('available', 'scored', capped, metric, explanation, undefined, policy)
    : leafRaw('available', 'scored', capped, metric, explanation);
}
