import type { Dec } from '../../model/money/decimal.js';
import { scoreLeaf } from '../methods/index.js';
import type { IndicatorLeaf } from '../schema/methods.js';
import type { IndicatorGroup } from '../schema/system.js';
import { type LeafContext, type LeafRaw, ZERO } from './leaf.js';
import { isPreparedLeaf, type PreparedLeaf, type PreparedNode } from './prepare.js';
import { localized } from './present.js';

/** A scored leaf, with its share of its parent's points. @internal */
export interface ResolvedLeaf {
  readonly node: IndicatorLeaf;
  readonly raw: LeafRaw;
  /** The leaf as prepared: its declared points, read (its method, its weight and its node use them), and their text. */
  readonly prepared: PreparedLeaf;
  /** Share of the parent's points, before scaling (0 for a leaf that gave its points away). */
  readonly weight: Dec;
  /** Names of the siblings whose points this leaf received. */
  readonly receivedFrom: readonly string[];
}

/** A group with its children resolved, with its share of its parent's points. @internal */
export interface ResolvedGroup {
  readonly node: IndicatorGroup;
  /** The group's declared points, read when the system was prepared, and their text. */
  readonly points: Dec;
  readonly pointsText: string;
  readonly children: readonly Resolved[];
  readonly weight: Dec;
  /** Some leaf below was scored from data or an assessment. */
  readonly available: boolean;
}

/** A node of the resolved tree. @internal */
export type Resolved = ResolvedLeaf | ResolvedGroup;

/** Is this resolved node a leaf? @internal */
export const isResolvedLeaf = (r: Resolved): r is ResolvedLeaf => 'raw' in r;

const isAvailable = (r: Resolved): boolean => (isResolvedLeaf(r) ? r.raw.kind === 'available' : r.available);
const isGiver = (r: Resolved): r is ResolvedLeaf => isResolvedLeaf(r) && r.raw.kind === 'reweight';
const nameOf = (r: Resolved, ctx: LeafContext): string => localized(ctx.locale, r.node.name, r.node.nameEn);
const withNote = (r: ResolvedLeaf, raw: Partial<LeafRaw>, note: string): ResolvedLeaf => ({
  ...r,
  raw: { ...r.raw, ...raw, explanation: `${r.raw.explanation}${note}` },
});

/** A giving leaf with no sibling to receive its points falls back to 0, and says so. */
function fallBack(r: ResolvedLeaf, ctx: LeafContext): ResolvedLeaf {
  const fixed = { kind: 'fixed', status: r.raw.pending ?? 'unavailable', earned: ZERO } as const;
  return { ...withNote(r, fixed, ctx.m.nobodyReceives), weight: r.prepared.points };
}

/** Spread the points of giving children over the available ones, in proportion to their points. */
function reweight(children: readonly Resolved[], ctx: LeafContext): readonly Resolved[] {
  const givers = children.filter(isGiver);
  if (givers.length === 0) return children;
  const receivers = children.filter(isAvailable);
  if (receivers.length === 0) return children.map((c) => (isGiver(c) ? fallBack(c, ctx) : c));
  const lost = givers.reduce((a, g) => a.plus(g.prepared.points), ZERO);
  const base = receivers.reduce((a, r) => a.plus(isResolvedLeaf(r) ? r.prepared.points : r.points), ZERO);
  const from = givers.map((g) => nameOf(g, ctx));
  const scale = (w: Dec): Dec => w.times(base.plus(lost)).div(base);
  const names = receivers.map((r) => nameOf(r, ctx));
  return children.map((c): Resolved => {
    if (isGiver(c)) return withNote(c, {}, ctx.m.gaveAway(c.node.points, names));
    if (!receivers.includes(c)) return c;
    return isResolvedLeaf(c) ? { ...c, weight: scale(c.weight), receivedFrom: from } : { ...c, weight: scale(c.weight) };
  });
}

/**
 * Score every leaf below `nodes` and decide, group by group, who gives and who receives points:
 * each child with its weight (its share of the parent's points). @internal
 */
export function resolveChildren(nodes: readonly PreparedNode[], ctx: LeafContext): readonly Resolved[] {
  const resolved = nodes.map((p): Resolved => {
    if (isPreparedLeaf(p)) {
      const raw = scoreLeaf(p, ctx);
      return { node: p.node, raw, prepared: p, weight: raw.kind === 'reweight' ? ZERO : p.points, receivedFrom: [] };
    }
    const children = resolveChildren(p.children, ctx);
    return { node: p.node, points: p.points, pointsText: p.pointsText, children, weight: p.points, available: children.some(isAvailable) };
  });
  return reweight(resolved, ctx);
}
