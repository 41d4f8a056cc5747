import { type Dec, sumOf, dec } from '../../model/money/decimal.js';
import { scoreLeaf } from '../methods/index.js';
import { type CompiledGroup, type CompiledLeaf, type CompiledNode, isCompiledLeaf } from './compiled.js';
import { type LeafContext, type LeafRaw, ZERO } from './leaf.js';

/** A scored leaf in the resolved tree. @internal */
export interface ResolvedLeaf {
  readonly c: CompiledLeaf;
  readonly raw: LeafRaw;
  /** Share of the parent's points, before scaling (0 for a reweighted leaf). */
  readonly weight: Dec;
  /** Names of the siblings whose points this leaf received. */
  readonly receivedFrom: readonly string[];
}

/** A group in the resolved tree. @internal */
export interface ResolvedGroup {
  readonly c: CompiledGroup;
  readonly children: readonly Resolved[];
  /** No child gave its points away: every child's weight is its own points. */
  readonly unweighted: boolean;
  readonly weight: Dec;
  readonly receivedFrom: readonly string[];
  /** Some leaf below was scored from data or an assessment. */
  readonly available: boolean;
}

/** A node of the resolved tree. @internal */
export type Resolved = ResolvedLeaf | ResolvedGroup;

/** Is this resolved node a leaf? @internal */
export const isResolvedLeaf = (r: Resolved): r is ResolvedLeaf => 'raw' in r;

const NONE: readonly string[] = Object.freeze([]);

const isAvailable = (r: Resolved): boolean => (isResolvedLeaf(r) ? r.raw.kind === 'available' : r.available);
const nameOfNode = (r: Resolved, ctx: LeafContext): string => r.c.name[ctx.locale];
const pointsOf = (r: Resolved): string => (isResolvedLeaf(r) ? r.c.leaf.points : (r.c.group?.points ?? ''));

/** A reweighting leaf with no sibling to receive its points falls back to 0, and says so. */
function fallBack(r: ResolvedLeaf, ctx: LeafContext): ResolvedLeaf {
  const note = ctx.locale === 'en'
    ? '; the system would spread its points over the siblings, but none of them could be scored: scored 0'
    : '；按规定应将分值按比例分配至同级指标，但同级指标均无可评分的数据或评价意见，本项按0分计';
  const status = r.raw.pending ?? 'unavailable';
  return { ...r, raw: { ...r.raw, kind: 'fixed', status, earned: ZERO, explanation: `${r.raw.explanation}${note}` }, weight: r.c.points };
}

function noteGiver(r: ResolvedLeaf, receivers: readonly Resolved[], ctx: LeafContext): ResolvedLeaf {
  const names = receivers.map((x) => nameOfNode(x, ctx));
  const p = r.c.leaf.points;
  const note = ctx.locale === 'en'
    ? `; as the system provides, its ${p} points are spread over its siblings in proportion: ${names.join(', ')}`
    : `；按体系规定，本项${p}分按比例分配至同级指标：${names.join('、')}`;
  return { ...r, raw: { ...r.raw, explanation: `${r.raw.explanation}${note}` } };
}

const isGiver = (c: Resolved): c is ResolvedLeaf => isResolvedLeaf(c) && c.raw.kind === 'reweight';

/** Spread the points of reweighting children over the available ones, in proportion to their points. */
function reweight(children: readonly Resolved[], ctx: LeafContext): readonly Resolved[] {
  if (!children.some(isGiver)) return children;
  const givers = children.filter(isGiver);
  const receivers = children.filter(isAvailable);
  if (receivers.length === 0) return children.map((c) => (givers.includes(c as ResolvedLeaf) ? fallBack(c as ResolvedLeaf, ctx) : c));
  const lost = sumOf(givers.map((g) => g.c.leaf.points));
  const base = sumOf(receivers.map(pointsOf));
  const from = givers.map((g) => nameOfNode(g, ctx));
  const grown = base.plus(lost);
  return children.map((c) => {
    if (givers.includes(c as ResolvedLeaf)) return noteGiver(c as ResolvedLeaf, receivers, ctx);
    if (!receivers.includes(c)) return c;
    return { ...c, weight: c.weight.times(grown).div(base), receivedFrom: from };
  });
}

/**
 * Score every leaf and decide, group by group, who gives and who receives points. Returns the
 * children of `group` and whether they kept their own points as weights. @internal
 */
export function resolveChildren(group: CompiledGroup, ctx: LeafContext): { children: readonly Resolved[]; unweighted: boolean } {
  const resolved = group.children.map((n: CompiledNode): Resolved => {
    if (isCompiledLeaf(n)) {
      const raw = scoreLeaf(n, ctx);
      return { c: n, raw, weight: raw.kind === 'reweight' ? dec(0) : n.points, receivedFrom: NONE };
    }
    const { children, unweighted } = resolveChildren(n, ctx);
    return { c: n, children, unweighted, weight: n.points, receivedFrom: NONE, available: children.some(isAvailable) };
  });
  const children = reweight(resolved, ctx);
  return { children, unweighted: children === resolved };
}
