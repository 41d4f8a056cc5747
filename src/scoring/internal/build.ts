import type { Locale } from '../../shared/issues.js';
import { type Dec, ROUNDING, toCanonical } from '../../model/money/decimal.js';
import type { Deduction, ScoreNode } from '../types.js';
import { allocatePoints } from './allocate.js';
import type { CompiledGroup, CompiledLeaf } from './compiled.js';
import { clamp, type LeafRaw, ZERO } from './leaf.js';
import { isResolvedLeaf, type Resolved } from './resolve.js';

const c = toCanonical;

function scaleNote(cl: CompiledLeaf, receivedFrom: readonly string[], m: string, e: string, locale: Locale): string {
  const p = cl.leaf.points;
  const en = locale === 'en';
  if (receivedFrom.length > 0) {
    const names = receivedFrom.join(en ? ', ' : '、');
    return en
      ? `; the points of ${names} were spread over the siblings: this item is worth ${m} instead of ${p}, earned ${e} in proportion`
      : `；同级指标${names}的分值按比例重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`;
  }
  return en ? `; its parent's points were reweighted: this item is worth ${m} instead of ${p}, earned ${e} in proportion` : `；上级指标的分值经重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`;
}

/** Earned on the effective max: raw earned × max ÷ points, rounded half-up to 2 decimals, in [0, max]. */
function leafEarned(raw: LeafRaw, points: Dec, max: Dec, same: boolean): Dec {
  const base = same ? raw.earned : raw.earned.times(max).div(points);
  const scaled = base.decimalPlaces() <= 2 ? base : base.toDecimalPlaces(2, ROUNDING.halfUp);
  return clamp(scaled, max);
}

/** Where {@link buildNodes} puts the sheet's deductions, in tree order. */
type DeductionSink = Deduction[];

/**
 * What building a node hands back besides the node: its exact earned points. One object per
 * sheet, overwritten node by node, instead of a fresh `{ node, earned }` pair per node. @internal
 */
export interface Earned {
  earned: Dec;
}

type Provenance = { reliability: 'O' | 'M' | 'S' | 'K'; source: string; note?: string };
type MutableNode = { -readonly [K in keyof ScoreNode]: ScoreNode[K] };

/**
 * The node of a scored leaf on its effective `max`, its deduction (if it lost points) appended to
 * `deductions`, its exact earned points left in `out.earned`. `receivedFrom` names the siblings
 * whose points it received (for the reweighting note). @internal
 */
export function leafNode(cl: CompiledLeaf, raw: LeafRaw, receivedFrom: readonly string[], max: Dec, locale: Locale, deductions: DeductionSink, out: Earned): ScoreNode {
  // `max` is the leaf's own points unless reweighting moved points (then it is a fresh allocation).
  const same = max === cl.points || max.eq(cl.points);
  // Full marks on the leaf's own points (most leaves): what leafEarned gives, without its checks.
  const earned = raw.earned === max && max === cl.points && cl.pointsExact ? max : leafEarned(raw, cl.points, max, same);
  const maxText = max === cl.points ? cl.pointsText : c(max);
  const earnedText = earned === max ? maxText : c(earned);
  const explanation = !same && raw.kind !== 'reweight' ? `${raw.explanation}${scaleNote(cl, receivedFrom, maxText, earnedText, locale)}` : raw.explanation;
  const name = cl.name[locale];
  // Equal canonical texts are equal values: nothing deducted, without a subtraction.
  const deducted = earnedText === maxText ? ZERO : max.minus(earned);
  const deductedText = deducted === ZERO ? '0' : c(deducted);
  const p = cl.provenance;
  const provenance: Provenance = p.note === undefined ? { reliability: p.reliability, source: p.source } : { reliability: p.reliability, source: p.source, note: p.note };
  const standard = cl.standard[locale];
  // One literal per combination of the optional keys (same key order as adding them one by one):
  // adding a key to a finished literal gives it an out-of-object property store, an allocation
  // per leaf (every manual leaf has an assessment).
  const { policy, assessment } = raw;
  let node: MutableNode;
  if (assessment !== undefined) {
    node = policy === undefined
      ? { id: cl.id, name, max: maxText, points: cl.declared, earned: earnedText, deducted: deductedText, method: cl.method, status: raw.status, metric: raw.metric, standard, explanation, provenance, assessment }
      : { id: cl.id, name, max: maxText, points: cl.declared, earned: earnedText, deducted: deductedText, method: cl.method, status: raw.status, metric: raw.metric, standard, explanation, provenance, policy, assessment };
  } else {
    node = policy === undefined
      ? { id: cl.id, name, max: maxText, points: cl.declared, earned: earnedText, deducted: deductedText, method: cl.method, status: raw.status, metric: raw.metric, standard, explanation, provenance }
      : { id: cl.id, name, max: maxText, points: cl.declared, earned: earnedText, deducted: deductedText, method: cl.method, status: raw.status, metric: raw.metric, standard, explanation, provenance, policy };
  }
  if (deducted !== ZERO && !deducted.isZero() && !deducted.isNeg()) {
    deductions.push({ indicatorId: cl.id, name, path: cl.path[locale].slice(), points: deductedText, reason: raw.reason ?? explanation });
  }
  out.earned = earned;
  return node;
}

/** The node of a group whose children are built, on its effective `max`, having earned `earned`. @internal */
export function groupNode(g: CompiledGroup, max: Dec, earned: Dec, children: ScoreNode[], locale: Locale): ScoreNode {
  const group = g.group as NonNullable<CompiledGroup['group']>;
  const maxText = max === g.points ? g.pointsText : c(max);
  const earnedText = earned === max ? maxText : c(earned);
  return {
    id: group.id,
    name: g.name[locale],
    max: maxText,
    points: group.points,
    earned: earnedText,
    deducted: earnedText === maxText ? '0' : c(max.minus(earned)),
    children,
  };
}

/**
 * Give each child of a group its effective max (its share of the group's, by the resolved
 * weights, to 2 decimals, adding up exactly) and roll earned points up exactly. Deductions are
 * appended to `deductions` in tree order. Returns the nodes, their earned sum and their maxes
 * (undefined when each is the child's own points).
 *
 * When no child gave its points away and the children's points already add up to `total` with at
 * most 2 decimals (the usual case; checked once per system in {@link CompiledGroup}), each max is
 * the child's own points — what {@link allocatePoints} would return — without calling it. @internal
 */
export function buildNodes(
  g: CompiledGroup,
  children: readonly Resolved[],
  unweighted: boolean,
  total: Dec,
  locale: Locale,
  deductions: DeductionSink,
): { nodes: ScoreNode[]; earned: Dec; maxes: readonly Dec[] | undefined } {
  const own = unweighted && g.childrenExact && (total === g.points ? g.childrenAddUp : g.childSum.eq(total));
  const maxes = own ? undefined : allocatePoints(total, children.map((n) => n.weight));
  const nodes: ScoreNode[] = [];
  const earnedEach: Dec[] = [];
  const out: Earned = { earned: ZERO };
  let full = maxes === undefined;
  for (let i = 0; i < children.length; i++) {
    const r = children[i] as Resolved;
    const max = maxes === undefined ? r.c.points : (maxes[i] as Dec);
    let earned: Dec;
    if (isResolvedLeaf(r)) {
      nodes.push(leafNode(r.c, r.raw, r.receivedFrom, max, locale, deductions, out));
      earned = out.earned;
    } else {
      const kids = buildNodes(r.c, r.children, r.unweighted, max, locale, deductions);
      nodes.push(groupNode(r.c, max, kids.earned, kids.nodes, locale));
      earned = kids.earned;
    }
    earnedEach.push(earned);
    if (earned !== max) full = false;
  }
  // Every child earned its own points (full marks, the usual case): the group earned the sum of its
  // children's points, precomputed — and its own points object when they add up to them, so the
  // parent can tell in turn. Otherwise add up exactly.
  const earned = full ? (g.childrenAddUp ? g.points : g.childSum) : earnedEach.reduce((a, e) => a.plus(e), ZERO);
  return { nodes, earned, maxes };
}
