import type { FactValue } from '../../facts/types.js';
import { type Dec, sumOf } from '../../model/money/decimal.js';
import { type LeafContext, type LeafRaw, leafName, unavailableOutcome } from '../internal/leaf.js';
import { factLabel, type Metric, metricOf, readFact, short, unavailableReason } from '../internal/present.js';
import type { UnavailablePolicy } from '../schema/common.js';
import type { ChecklistLeaf } from '../schema/methods.js';

type Item = ChecklistLeaf['items'][number];

/** The items of a checklist sorted by their facts: met, not met, without data. */
interface Sorted {
  readonly metric: Metric[];
  readonly met: Item[];
  readonly unmet: Item[];
  readonly missing: { readonly item: Item; readonly f: FactValue }[];
}

function sortItems(leaf: ChecklistLeaf, ctx: LeafContext): Sorted {
  const out: Sorted = { metric: [], met: [], unmet: [], missing: [] };
  for (const item of leaf.items) {
    const f = readFact(ctx.facts, item.fact);
    out.metric.push(metricOf(item.fact, f, ctx.m));
    if (f.status !== 'ok') out.missing.push({ item, f });
    else (f.value === item.expect ? out.met : out.unmet).push(item);
  }
  return out;
}

const pointsOf = (items: readonly Item[]): Dec => sumOf(items.map((i) => i.points));

/** Earned before capping: the met items, plus the missing ones by the policy; undefined when there is no weight to reweight on. */
function earnedOf(points: Dec, s: Sorted, policy: UnavailablePolicy): Dec | undefined {
  const earned = pointsOf(s.met);
  if (s.missing.length === 0 || policy === 'zero') return earned;
  if (policy === 'full') return earned.plus(pointsOf(s.missing.map((r) => r.item)));
  // Items with data but worth 0 points carry no weight to spread the missing points over (0 ÷ 0
  // gave "得NaN分"): as far as the standard is concerned there is no data.
  const weight = pointsOf([...s.met, ...s.unmet]);
  return weight.isZero() ? undefined : earned.times(points).div(weight);
}

/**
 * `checklist`: each item's points when its boolean fact equals `expect`. Items without data follow
 * the leaf's policy item by item (full, zero, or reweight over the items with data); a checklist with
 * no data at all is unavailable. @internal
 */
export function scoreChecklist(leaf: ChecklistLeaf, points: Dec, ctx: LeafContext): LeafRaw {
  const { locale, m } = ctx;
  const s = sortItems(leaf, ctx);
  const policy = leaf.onUnavailable ?? ctx.unavailablePolicy;
  const earned = s.met.length + s.unmet.length === 0 ? undefined : earnedOf(points, s, policy);
  if (earned === undefined)
    return unavailableOutcome(
      leaf,
      s.missing.map((r) => r.f),
      s.metric,
      ctx,
    );
  const label = (i: Item): string => factLabel(i.fact, locale, i.label, i.labelEn);
  const parts: string[] = [];
  if (s.met.length > 0) parts.push(m.itemsMet(s.met.map(label), s.unmet.length + s.missing.length === 0));
  if (s.unmet.length > 0) parts.push(m.itemsUnmet(s.unmet.map((i) => ({ label: label(i), points: i.points }))));
  if (s.missing.length > 0)
    parts.push(
      m.itemsMissing(
        s.missing.map(({ item, f }) => ({ label: label(item), reason: unavailableReason(f, locale) })),
        policy,
      ),
    );
  const result = earned.eq(points) ? m.fullMarks(leaf.points) : m.earnedOf(short(earned), leaf.points);
  const capped = earned.gt(points) ? points : earned;
  return {
    kind: 'available',
    status: 'scored',
    earned: capped,
    metric: s.metric,
    explanation: m.checklist(leafName(leaf, locale), parts, result),
    ...(s.missing.length > 0 ? { policy } : {}),
  };
}
