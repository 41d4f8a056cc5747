import type { Locale } from '../../issues.js';
import { type Dec, ROUNDING, toCanonical } from '../../model/money/decimal.js';
import type { Deduction, ScoreNode } from '../types.js';
import { allocatePoints } from './allocate.js';
import type { CompiledGroup } from './compiled.js';
import { clamp, ZERO } from './leaf.js';
import { isResolvedLeaf, type Resolved, type ResolvedLeaf } from './resolve.js';

const c = toCanonical;

function scaleNote(r: ResolvedLeaf, m: string, e: string, locale: Locale): string {
  const p = r.c.leaf.points;
  const en = locale === 'en';
  if (r.receivedFrom.length > 0) {
    const names = r.receivedFrom.join(en ? ', ' : '、');
    return en
      ? `; the points of ${names} were spread over the siblings: this item is worth ${m} instead of ${p}, earned ${e} in proportion`
      : `；同级指标${names}的分值按比例重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`;
  }
  return en ? `; its parent's points were reweighted: this item is worth ${m} instead of ${p}, earned ${e} in proportion` : `；上级指标的分值经重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`;
}

/** Earned on the effective max: raw earned × max ÷ points, rounded half-up to 2 decimals, in [0, max]. */
function leafEarned(r: ResolvedLeaf, max: Dec, same: boolean): Dec {
  const base = same ? r.raw.earned : r.raw.earned.times(max).div(r.c.points);
  const scaled = base.decimalPlaces() <= 2 ? base : base.toDecimalPlaces(2, ROUNDING.halfUp);
  return clamp(scaled, max);
}

/** Where {@link buildNodes} puts the sheet's deductions, in tree order. */
type DeductionSink = Deduction[];

function buildLeaf(r: ResolvedLeaf, max: Dec, locale: Locale, deductions: DeductionSink): { node: ScoreNode; earned: Dec } {
  const { c: cl, raw } = r;
  const leaf = cl.leaf;
  // `max` is the leaf's own points unless reweighting moved points (then it is a fresh allocation).
  const same = max === cl.points || max.eq(cl.points);
  const earned = leafEarned(r, max, same);
  const maxText = max === cl.points ? cl.pointsText : c(max);
  const earnedText = earned === max ? maxText : c(earned);
  const explanation = !same && raw.kind !== 'reweight' ? `${raw.explanation}${scaleNote(r, maxText, earnedText, locale)}` : raw.explanation;
  const name = cl.name[locale];
  // Equal canonical texts are equal values: nothing deducted, without a subtraction.
  const deducted = earnedText === maxText ? ZERO : max.minus(earned);
  const deductedText = deducted === ZERO ? '0' : c(deducted);
  const provenance: { reliability: 'O' | 'M' | 'S' | 'K'; source: string; note?: string } = { reliability: leaf.provenance.reliability, source: leaf.provenance.source };
  if (leaf.provenance.note !== undefined) provenance.note = leaf.provenance.note;
  const node: { -readonly [K in keyof ScoreNode]: ScoreNode[K] } = {
    id: leaf.id,
    name,
    max: maxText,
    points: leaf.points,
    earned: earnedText,
    deducted: deductedText,
    method: leaf.method,
    status: raw.status,
    metric: raw.metric,
    standard: cl.standard[locale],
    explanation,
    provenance,
  };
  if (raw.policy !== undefined) node.policy = raw.policy;
  if (raw.assessment !== undefined) node.assessment = raw.assessment;
  if (!deducted.isZero() && !deducted.isNeg()) {
    deductions.push({ indicatorId: leaf.id, name, path: cl.path[locale].slice(), points: deductedText, reason: raw.reason ?? explanation });
  }
  return { node, earned };
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
  let full = maxes === undefined;
  for (let i = 0; i < children.length; i++) {
    const r = children[i] as Resolved;
    const max = maxes === undefined ? r.c.points : (maxes[i] as Dec);
    let earned: Dec;
    if (isResolvedLeaf(r)) {
      const b = buildLeaf(r, max, locale, deductions);
      nodes.push(b.node);
      earned = b.earned;
    } else {
      const kids = buildNodes(r.c, r.children, r.unweighted, max, locale, deductions);
      const maxText = max === r.c.points ? r.c.pointsText : c(max);
      const earnedText = kids.earned === max ? maxText : c(kids.earned);
      nodes.push({
        id: (r.c.group as NonNullable<CompiledGroup['group']>).id,
        name: r.c.name[locale],
        max: maxText,
        points: (r.c.group as NonNullable<CompiledGroup['group']>).points,
        earned: earnedText,
        deducted: earnedText === maxText ? '0' : c(max.minus(kids.earned)),
        children: kids.nodes,
      });
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
