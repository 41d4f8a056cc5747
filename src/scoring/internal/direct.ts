import type { Dec } from '../../model/money/decimal.js';
import { scoreLeaf } from '../methods/index.js';
import type { Deduction, ScoreNode } from '../types.js';
import { buildNodes, type Earned, groupNode, leafNode } from './build.js';
import { type CompiledGroup, isCompiledLeaf } from './compiled.js';
import type { LeafContext, LeafRaw } from './leaf.js';
import { resolveChildren } from './resolve.js';

const NONE: readonly string[] = Object.freeze([]);

/**
 * What {@link directNodes} hands back besides the nodes, overwritten group by group (one object
 * per sheet): the group's exact earned points and, when points were spread, each child's max.
 * @internal
 */
export interface GroupOutcome extends Earned {
  maxes: readonly Dec[] | undefined;
}

/**
 * The nodes of `g`'s children worth `total` together — what {@link resolveChildren} followed by
 * {@link buildNodes} gives — scoring and building in one walk when no points move.
 *
 * Why: in the usual sheet no leaf gives its points away and every group's children add up to it
 * (checked once per system in {@link CompiledGroup}), so each child's max is its own points. The
 * two-pass path then only wraps every scored leaf and group in a resolved node, tests every group
 * for givers, and returns a pair per node and a triple per group, all garbage. Here each group
 * scores its own leaves first (into `scratch` from `base` on: a per-sheet stack, its subgroups
 * using the entries after its own; a giver among them changes every sibling's max), then builds its children in order, recursing into subgroups.
 * A group whose points move (a giver among its leaves, children not adding up to `total`) is
 * handed to the two-pass path whole, so reweighting is worked out by one implementation.
 *
 * Leaves are scored in a different order than by the two-pass path (a group's leaves before its
 * subgroups'); scoring a leaf only reads the facts and assessments, so the order cannot show.
 * Deductions are appended in tree order, as there. Checked against the two-pass path and the
 * frozen oracle in test/scoring/direct.test.ts and test/scoring/oracle.test.ts. @internal
 */
export function directNodes(
  g: CompiledGroup,
  total: Dec,
  ctx: LeafContext,
  deductions: Deduction[],
  scratch: (LeafRaw | undefined)[],
  base: number,
  out: GroupOutcome,
): ScoreNode[] {
  const kids = g.children;
  const n = kids.length;
  const own = g.childrenExact && (total === g.points ? g.childrenAddUp : g.childSum.eq(total));
  let moved = !own;
  for (let i = 0; i < n && !moved; i++) {
    const k = kids[i] as CompiledGroup['children'][number];
    if (isCompiledLeaf(k)) {
      const raw = scoreLeaf(k, ctx);
      if (raw.kind === 'reweight') moved = true;
      scratch[base + i] = raw;
    } else scratch[base + i] = undefined;
  }
  if (moved) {
    const r = resolveChildren(g, ctx);
    const b = buildNodes(g, r.children, r.unweighted, total, ctx.locale, deductions);
    out.earned = b.earned;
    out.maxes = b.maxes;
    return b.nodes;
  }
  const { locale } = ctx;
  // Sized up front: pushing onto [] gives a backing store of 17 slots, mostly left empty.
  const nodes: ScoreNode[] = new Array<ScoreNode>(n);
  // Exact sum of the earned points so far, started (from the system's prefix sums: every child
  // before earned its own points) at the first child that did not earn its own points.
  let sum: Dec | undefined;
  for (let i = 0; i < n; i++) {
    const k = kids[i] as CompiledGroup['children'][number];
    const max = k.points;
    let earned: Dec;
    if (isCompiledLeaf(k)) {
      nodes[i] = leafNode(k, scratch[base + i] as LeafRaw, NONE, max, locale, deductions, out);
      earned = out.earned;
    } else {
      const children = directNodes(k, max, ctx, deductions, scratch, base + n, out);
      earned = out.earned;
      nodes[i] = groupNode(k, max, earned, children, locale);
    }
    if (sum !== undefined) sum = sum.plus(earned);
    else if (earned !== max) sum = (g.prefixSums[i] as Dec).plus(earned);
  }
  // Every child earned its own points (full marks, the usual case): as in buildNodes, the group
  // earned its own points object when the children's add up to it, so the parent can tell in turn.
  out.earned = sum !== undefined ? sum : g.childrenAddUp ? g.points : g.childSum;
  out.maxes = undefined;
  return nodes;
}
