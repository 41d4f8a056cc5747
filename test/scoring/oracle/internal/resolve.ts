import { D, type Dec, sumOf, dec } from '../../../../src/model/money/decimal.js';
import { scoreLeaf } from '../methods/index.js';
import type { IndicatorLeaf } from '../../../../src/scoring/schema/methods.js';
import { type IndicatorGroup, type IndicatorNode, isLeaf } from '../../../../src/scoring/schema/system.js';
import type { LeafContext, LeafRaw } from './leaf.js';
import { t } from './present.js';

/** A scored leaf in the resolved tree. @internal */
export interface ResolvedLeaf {
  readonly leaf: IndicatorLeaf;
  readonly raw: LeafRaw;
  /** Share of the parent's points, before scaling (0 for a reweighted leaf). */
  readonly weight: Dec;
  /** Names of the siblings whose points this leaf received. */
  readonly receivedFrom: readonly string[];
}

/** A group in the resolved tree. @internal */
export interface ResolvedGroup {
  readonly group: IndicatorGroup;
  readonly children: readonly Resolved[];
  readonly weight: Dec;
  readonly receivedFrom: readonly string[];
  /** Some leaf below was scored from data or an assessment. */
  readonly available: boolean;
}

/** A node of the resolved tree. @internal */
export type Resolved = ResolvedLeaf | ResolvedGroup;

/** Is this resolved node a leaf? @internal */
export const isResolvedLeaf = (r: Resolved): r is ResolvedLeaf => 'leaf' in r;

const isAvailable = (r: Resolved): boolean => (isResolvedLeaf(r) ? r.raw.kind === 'available' : r.available);
const nameOfNode = (n: IndicatorNode, ctx: LeafContext): string => (ctx.locale === 'en' ? (n.nameEn ?? n.name) : n.name);

/** A reweighting leaf with no sibling to receive its points falls back to 0, and says so. */
function fallBack(r: ResolvedLeaf, ctx: LeafContext): ResolvedLeaf {
  const note = t(ctx.locale, '；按规定应将分值按比例分配至同级指标，但同级指标均无可评分的数据或评价意见，本项按0分计', '; the system would spread its points over the siblings, but none of them could be scored: scored 0');
  const status = r.raw.pending ?? 'unavailable';
  return { ...r, raw: { ...r.raw, kind: 'fixed', status, earned: dec(0), explanation: `${r.raw.explanation}${note}` }, weight: dec(r.leaf.points) };
}

function noteGiver(r: ResolvedLeaf, receivers: readonly Resolved[], ctx: LeafContext): ResolvedLeaf {
  const names = receivers.map((x) => nameOfNode(isResolvedLeaf(x) ? x.leaf : x.group, ctx));
  const note = t(ctx.locale, `；按体系规定，本项${r.leaf.points}分按比例分配至同级指标：${names.join('、')}`, `; as the system provides, its ${r.leaf.points} points are spread over its siblings in proportion: ${names.join(', ')}`);
  return { ...r, raw: { ...r.raw, explanation: `${r.raw.explanation}${note}` } };
}

/** Spread the points of reweighting children over the available ones, in proportion to their points. */
function reweight(children: readonly Resolved[], ctx: LeafContext): Resolved[] {
  const givers = children.filter((c): c is ResolvedLeaf => isResolvedLeaf(c) && c.raw.kind === 'reweight');
  if (givers.length === 0) return [...children];
  const receivers = children.filter(isAvailable);
  if (receivers.length === 0) return children.map((c) => (givers.includes(c as ResolvedLeaf) ? fallBack(c as ResolvedLeaf, ctx) : c));
  const lost = sumOf(givers.map((g) => g.leaf.points));
  const base = sumOf(receivers.map((r) => (isResolvedLeaf(r) ? r.leaf.points : r.group.points)));
  const from = givers.map((g) => nameOfNode(g.leaf, ctx));
  return children.map((c) => {
    if (givers.includes(c as ResolvedLeaf)) return noteGiver(c as ResolvedLeaf, receivers, ctx);
    if (!receivers.includes(c)) return c;
    return { ...c, weight: c.weight.times(base.plus(lost)).div(base), receivedFrom: from };
  });
}

/** Score every leaf and decide, group by group, who gives and who receives points. @internal */
export function resolveNodes(nodes: readonly IndicatorNode[], ctx: LeafContext): Resolved[] {
  const resolved = nodes.map((n): Resolved => {
    if (isLeaf(n)) {
      const raw = scoreLeaf(n, ctx);
      return { leaf: n, raw, weight: raw.kind === 'reweight' ? dec(0) : dec(n.points), receivedFrom: [] };
    }
    const children = resolveNodes(n.children ?? [], ctx);
    return { group: n, children, weight: dec(n.points), receivedFrom: [], available: children.some(isAvailable) };
  });
  return reweight(resolved, ctx);
}
