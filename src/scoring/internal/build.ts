import type { Locale } from '../../shared/issues.js';
import { SCORING_MESSAGES } from '../../shared/messages/scoring.js';
import { type Dec, ROUNDING, toCanonical } from '../../model/money/decimal.js';
import type { Deduction, ScoreNode } from '../types.js';
import { allocatePoints } from './allocate.js';
import { equal, leafName, ZERO } from './leaf.js';
import { localized } from './present.js';
import { isResolvedLeaf, type Resolved, type ResolvedGroup, type ResolvedLeaf } from './resolve.js';

/** A built node, its exact earned points and its effective max. @internal */
export interface Built {
  readonly node: ScoreNode;
  readonly earned: Dec;
  readonly max: Dec;
}

/** Why a leaf is worth `max` instead of its own points: its siblings' points, or its parent's, moved. */
function scaleNote(r: ResolvedLeaf, max: string, earned: string, locale: Locale): string {
  const m = SCORING_MESSAGES[locale];
  const p = { points: r.node.points, max, earned };
  return r.receivedFrom.length > 0 ? m.receivedFrom({ ...p, givers: r.receivedFrom }) : m.parentReweighted(p);
}

/** A value rounded half-up to 2 decimals; one already there is returned as it is (no new Decimal). */
const twoPlaces = (v: Dec): Dec => (v.decimalPlaces() <= 2 ? v : v.toDecimalPlaces(2, ROUNDING.halfUp));

/**
 * A leaf's node on its effective `max`: earned in proportion, rounded half-up to 2 decimals. The
 * method's earned points are in [0, points] (LeafRaw's contract), and `max` has at most 2 decimals,
 * so the result is in [0, max] without clamping.
 */
function leafNode(r: ResolvedLeaf, max: Dec, path: readonly string[], locale: Locale, deductions: Deduction[]): Built {
  const { node: leaf, raw } = r;
  const { points, pointsText } = r.prepared;
  // When nothing moved, `max` is the prepared points themselves: their text was printed once.
  const declared = max === points;
  const same = equal(max, points);
  const earned = twoPlaces(same ? raw.earned : raw.earned.times(max).div(points));
  // Full marks are often the very Decimal of the max (a method's `points`): nothing to subtract.
  const deducted = earned === max ? ZERO : max.minus(earned);
  const lost = !deducted.isZero();
  const maxText = declared ? pointsText : toCanonical(max);
  // Full marks (most leaves) print nothing more: earned is the max, nothing deducted.
  const earnedText = lost ? toCanonical(earned) : maxText;
  const scaled = !same && raw.kind !== 'reweight';
  const explanation = scaled ? `${raw.explanation}${scaleNote(r, maxText, earnedText, locale)}` : raw.explanation;
  const name = leafName(leaf, locale);
  const { reliability, source, note } = leaf.provenance;
  const node: ScoreNode = {
    id: leaf.id,
    name,
    max: maxText,
    points: leaf.points,
    earned: earnedText,
    deducted: lost ? toCanonical(deducted) : '0',
    method: leaf.method,
    status: raw.status,
    metric: raw.metric,
    standard: localized(locale, leaf.standard, leaf.standardEn),
    explanation,
    provenance: note === undefined ? { reliability, source } : { reliability, source, note },
    ...(raw.policy !== undefined ? { policy: raw.policy } : {}),
    ...(raw.zeroPolicy !== undefined ? { zeroPolicy: raw.zeroPolicy } : {}),
    ...(raw.assessment !== undefined ? { assessment: raw.assessment } : {}),
  };
  // A pending leaf has lost nothing yet: it is not a deduction (its 0 is provisional).
  if (lost && deducted.isPos() && raw.status !== 'pending') {
    deductions.push({ indicatorId: leaf.id, name, path: [...path, name], points: toCanonical(deducted), reason: raw.reason ?? explanation });
  }
  return { node, earned, max };
}

/** A group's node on its effective `max`, its children built on their shares of it. */
function groupNode(r: ResolvedGroup, max: Dec, path: readonly string[], locale: Locale, deductions: Deduction[]): Built {
  const name = localized(locale, r.node.name, r.node.nameEn);
  const declared = max === r.points;
  const built = buildNodes(r.children, max, declared, [...path, name], locale, deductions);
  // Children all at full marks (each earned is its max itself) give the group its full marks: the
  // shares add up to `max` exactly, so there is nothing to add up or subtract.
  const full = built.every((b) => b.earned === b.max);
  const earned = full ? max : built.reduce((a, b) => a.plus(b.earned), ZERO);
  const children = built.map((b) => b.node);
  const deducted = full ? ZERO : max.minus(earned);
  const lost = !deducted.isZero();
  // As for a leaf: the declared points' text printed once, and nothing more to print at full marks.
  const maxText = declared ? r.pointsText : toCanonical(max);
  return {
    node: {
      id: r.node.id,
      name,
      max: maxText,
      points: r.node.points,
      earned: lost ? toCanonical(earned) : maxText,
      deducted: lost ? toCanonical(deducted) : '0',
      children,
    },
    earned,
    max,
  };
}

/** A resolved node's declared points, as prepared. */
const declaredPoints = (c: Resolved): Dec => (isResolvedLeaf(c) ? c.prepared.points : c.points);

/**
 * Give each child its effective max — its share of `total` by the resolved weights, to 2 decimals,
 * adding up exactly (its own points when nothing was reweighted) — and build its node. Earned
 * points roll up exactly; every leaf that lost points appends its deduction to `deductions`, in
 * tree order. `path` holds the names from the root down to the children's parent. @internal
 *
 * `declared`: `total` is the parent's declared points (the system's total for the roots). When,
 * besides, every child's weight is still its declared points (the same prepared Decimal: nobody
 * moved points), the shares are those points: validation made them add up to the parent's and
 * keeps them to 2 decimals, which is what allocatePoints would find after summing and checking them.
 */
export function buildNodes(
  children: readonly Resolved[],
  total: Dec,
  declared: boolean,
  path: readonly string[],
  locale: Locale,
  deductions: Deduction[],
): Built[] {
  const weights = children.map((c) => c.weight);
  const maxes = declared && children.every((c) => c.weight === declaredPoints(c)) ? weights : allocatePoints(total, weights);
  return children.map((c, i) => {
    const max = maxes[i] as Dec;
    return isResolvedLeaf(c) ? leafNode(c, max, path, locale, deductions) : groupNode(c, max, path, locale, deductions);
  });
}
