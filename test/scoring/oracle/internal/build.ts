import type { Locale } from '../../../../src/shared/issues.js';
import { D, type Dec, ROUNDING, sumOf, toCanonical } from '../../../../src/model/money/decimal.js';
import type { Deduction, ScoreNode } from '../../../../src/scoring/types.js';
import { allocatePoints } from './allocate.js';
import { t } from './present.js';
import { isResolvedLeaf, type Resolved, type ResolvedLeaf } from './resolve.js';

/** A ScoreNode with the reason to list when it lost points. @internal */
interface Built {
  readonly node: ScoreNode;
  readonly deductions: readonly Deduction[];
}

const c = toCanonical;

function scaleNote(r: ResolvedLeaf, max: Dec, earned: Dec, locale: Locale): string {
  const p = r.leaf.points;
  const m = c(max);
  const e = c(earned);
  if (r.receivedFrom.length > 0) {
    const names = r.receivedFrom.join(t(locale, '、', ', '));
    return t(
      locale,
      `；同级指标${names}的分值按比例重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`,
      `; the points of ${names} were spread over the siblings: this item is worth ${m} instead of ${p}, earned ${e} in proportion`,
    );
  }
  return t(locale, `；上级指标的分值经重新分配，本项满分由${p}分调整为${m}分，得分按比例折算为${e}分`, `; its parent's points were reweighted: this item is worth ${m} instead of ${p}, earned ${e} in proportion`);
}

/** Earned on the effective max: raw earned × max ÷ points, rounded half-up to 2 decimals, in [0, max]. */
function leafEarned(r: ResolvedLeaf, max: Dec): Dec {
  const base = max.eq(r.leaf.points) ? r.raw.earned : r.raw.earned.times(max).div(r.leaf.points);
  const scaled = base.toDecimalPlaces(2, ROUNDING.halfUp);
  return D.max(0, D.min(scaled, max)) as Dec;
}

function buildLeaf(r: ResolvedLeaf, max: Dec, path: readonly string[], locale: Locale): Built {
  const { leaf, raw } = r;
  const earned = leafEarned(r, max);
  const scaled = !max.eq(leaf.points) && raw.kind !== 'reweight';
  const explanation = scaled ? `${raw.explanation}${scaleNote(r, max, earned, locale)}` : raw.explanation;
  const name = locale === 'en' ? (leaf.nameEn ?? leaf.name) : leaf.name;
  const deducted = max.minus(earned);
  const node: ScoreNode = {
    id: leaf.id,
    name,
    max: c(max),
    points: leaf.points,
    earned: c(earned),
    deducted: c(deducted),
    method: leaf.method,
    status: raw.status,
    metric: raw.metric.map((m) => ({ ...m })),
    standard: locale === 'en' ? (leaf.standardEn ?? leaf.standard) : leaf.standard,
    explanation,
    provenance: {
      reliability: leaf.provenance.reliability,
      source: leaf.provenance.source,
      ...(leaf.provenance.note !== undefined ? { note: leaf.provenance.note } : {}),
    },
    ...(raw.policy !== undefined ? { policy: raw.policy } : {}),
    ...(raw.assessment !== undefined ? { assessment: raw.assessment } : {}),
  };
  const deductions: Deduction[] = deducted.gt(0)
    ? [{ indicatorId: leaf.id, name, path: [...path, name], points: c(deducted), reason: raw.reason ?? explanation }]
    : [];
  return { node, deductions };
}

/**
 * Give each node its effective max (its share of the parent's, by the resolved weights, to 2
 * decimals, adding up exactly) and roll earned points up exactly. @internal
 */
export function buildNodes(nodes: readonly Resolved[], total: Dec, path: readonly string[], locale: Locale): { nodes: ScoreNode[]; deductions: Deduction[] } {
  const maxes = allocatePoints(total, nodes.map((n) => n.weight));
  const out: ScoreNode[] = [];
  const deductions: Deduction[] = [];
  nodes.forEach((r, i) => {
    const max = maxes[i] as Dec;
    if (isResolvedLeaf(r)) {
      const b = buildLeaf(r, max, path, locale);
      out.push(b.node);
      deductions.push(...b.deductions);
      return;
    }
    const name = locale === 'en' ? (r.group.nameEn ?? r.group.name) : r.group.name;
    const kids = buildNodes(r.children, max, [...path, name], locale);
    const earned = sumOf(kids.nodes.map((k) => k.earned));
    out.push({ id: r.group.id, name, max: c(max), points: r.group.points, earned: c(earned), deducted: c(max.minus(earned)), children: kids.nodes });
    deductions.push(...kids.deductions);
  });
  return { nodes: out, deductions };
}
