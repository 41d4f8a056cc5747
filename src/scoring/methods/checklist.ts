import type { FactValue } from '../../facts/types.js';
import type { Dec } from '../../model/money/decimal.js';
import { equal, type LeafContext, type LeafRaw, leafName, unavailableOutcome, ZERO } from '../internal/leaf.js';
import type { PreparedItem, PreparedOf } from '../internal/prepare.js';
import { factLabel, type Metric, metricOf, readFact, short, unavailableReason } from '../internal/present.js';
import type { UnavailablePolicy } from '../schema/common.js';

/** The items of a checklist sorted by their facts: met, not met, without data. */
interface Sorted {
  readonly metric: Metric[];
  readonly met: PreparedItem[];
  readonly unmet: PreparedItem[];
  readonly missing: { readonly item: PreparedItem; readonly f: FactValue }[];
}

function sortItems(items: readonly PreparedItem[], ctx: LeafContext): Sorted {
  const out: Sorted = { metric: [], met: [], unmet: [], missing: [] };
  for (const p of items) {
    const { item } = p;
    const f = readFact(ctx.facts, item.fact);
    out.metric.push(metricOf(item.fact, f, ctx.m));
    if (f.status !== 'ok') out.missing.push({ item: p, f });
    else (f.value === item.expect ? out.met : out.unmet).push(p);
  }
  return out;
}

/** The items' points, read when the system was prepared, summed. */
const pointsOf = (items: readonly PreparedItem[]): Dec => items.reduce((a, i) => a.plus(i.points), ZERO);

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
export function scoreChecklist(p: PreparedOf<'checklist'>, ctx: LeafContext): LeafRaw {
  const { node: leaf, points } = p;
  const { locale, m } = ctx;
  const s = sortItems(p.items, ctx);
  const policy = leaf.onUnavailable ?? ctx.unavailablePolicy;
  const earned = s.met.length + s.unmet.length === 0 ? undefined : earnedOf(points, s, policy);
  if (earned === undefined)
    return unavailableOutcome(
      p,
      s.missing.map((r) => r.f),
      s.metric,
      ctx,
    );
  const label = ({ item: i }: PreparedItem): string => factLabel(i.fact, locale, i.label, i.labelEn);
  const parts: string[] = [];
  if (s.met.length > 0) parts.push(m.itemsMet(s.met.map(label), s.unmet.length + s.missing.length === 0));
  if (s.unmet.length > 0) parts.push(m.itemsUnmet(s.unmet.map((i) => ({ label: label(i), points: i.item.points }))));
  if (s.missing.length > 0)
    parts.push(
      m.itemsMissing(
        s.missing.map(({ item, f }) => ({ label: label(item), reason: unavailableReason(f, locale) })),
        policy,
      ),
    );
  const result = equal(earned, points) ? m.fullMarks(leaf.points) : m.earnedOf(short(earned), leaf.points);
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
