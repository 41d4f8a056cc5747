import { type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import type { Band, ChecklistLeaf, IndicatorLeaf } from '../schema/methods.js';
import { type GradeBand, type IndicatorGroup, type IndicatorNode, type IndicatorSystem, isLeaf } from '../schema/system.js';
import { factLabel } from './present.js';
import { ZERO } from './leaf.js';

/** A text in both locales, indexable by the locale. @internal */
export interface Texts {
  readonly 'zh-CN': string;
  readonly en: string;
}

const texts = (zh: string, en: string): Texts => ({ 'zh-CN': zh, en });

/** A supporting fact with its label and unit suffix in both locales. @internal */
export interface CompiledDetail {
  readonly fact: string;
  readonly label: Texts;
  /** What follows a count or number: "人" in zh-CN, " people" in en ('' without a unit). */
  readonly unit: Texts;
}

/** A band with its bounds parsed. @internal */
export interface CompiledBand {
  readonly band: Band;
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly points: Dec;
}

/** A checklist item with its points parsed and its label in both locales. @internal */
export interface CompiledItem {
  readonly item: ChecklistLeaf['items'][number];
  /** `item.fact`. */
  readonly fact: string;
  /** `item.expect`. */
  readonly expect: boolean;
  readonly points: Dec;
  readonly label: Texts;
}

/**
 * A leaf with everything that depends only on the system worked out once: its points and
 * thresholds as decimals, its names, labels and path in both locales. The method-specific fields
 * are set for the leaf's own method only, and undefined for the others.
 *
 * Every compiled leaf has every field, set in the same order: one hidden class for all of them,
 * so that the scoring code reading them stays monomorphic. The system's own leaves have a shape
 * per combination of optional keys and method: code reading `leaf.id`, `leaf.method` or
 * `leaf.points` across a sheet's leaves went through V8's megamorphic lookups (a visible share
 * of scoring), so the fields read for every leaf are copied here. @internal
 */
export interface CompiledLeaf {
  readonly leaf: IndicatorLeaf;
  /** `leaf.id`. */
  readonly id: string;
  /** `leaf.method`. */
  readonly method: IndicatorLeaf['method'];
  /** `leaf.points`, the declared text (shown as written). */
  readonly declared: string;
  /** `leaf.provenance`. */
  readonly provenance: IndicatorLeaf['provenance'];
  /**
   * manual: the index of the leaf's assessment in a sheet's assessments by slot (see
   * {@link CompiledSystem.manualSlots}); -1 when its id is not that of a manual leaf (a duplicate id).
   */
  readonly slot: number;
  readonly points: Dec;
  /** `toCanonical(points)`: the node's `max` when nothing was reweighted. */
  readonly pointsText: string;
  /** `points` has at most 2 decimals: earning exactly `points` needs no rounding. */
  readonly pointsExact: boolean;
  readonly name: Texts;
  /** What the explanation calls the metric: `metricLabel`, else the name. */
  readonly subjectLabel: Texts;
  readonly standard: Texts;
  /** Names from the root down to this leaf, for deductions (copied before it is handed out). */
  readonly path: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
  readonly details: readonly CompiledDetail[];
  /** linear, ratio: the target. */
  readonly target: Dec | undefined;
  /** linear: deduction per point. perViolation: deduction per item. */
  readonly rate: Dec | undefined;
  readonly bands: readonly CompiledBand[] | undefined;
  readonly items: readonly CompiledItem[] | undefined;
  /**
   * checklist: the points of all items together — the leaf's own `points` object when they add
   * up to it (a valid checklist), so a checklist with every item met earns exactly `points`.
   */
  readonly allItems: Dec | undefined;
  /** perViolation: what is counted. */
  readonly countLabel: Texts | undefined;
  /** perViolation: the explanation of a count of 0 ("违规问题0项，得满分2分"). */
  readonly noViolations: Texts | undefined;
  /** categorical: points of each case, and of `otherwise`. */
  readonly casePoints: readonly Dec[] | undefined;
  readonly otherwise: Dec | undefined;
  /**
   * manual: what follows the assessment's reason in the explanation of a "deduct 0" assessment
   * (most of them): "（评价意见：不扣分），得满分3分", " (assessment: no deduction); full marks 3".
   */
  readonly noDeductionTail: Texts | undefined;
  /**
   * checklist: the explanation when every item has data and is met ("预算管理制度、财务管理制度均已满足，
   * 得满分3分"), when that earns exactly the leaf's points (a valid checklist of at least one item).
   */
  readonly allMet: Texts | undefined;
}

/**
 * A group (or the root, as a pseudo-group worth the system's total) with its children compiled
 * and what {@link allocatePoints} checks first worked out once: whether the children's points
 * already add up to the group's points with at most 2 decimals each (then nothing is spread and
 * each child's max is its own points). @internal
 */
export interface CompiledGroup {
  readonly group: IndicatorGroup | undefined;
  readonly points: Dec;
  readonly pointsText: string;
  readonly name: Texts;
  readonly children: readonly CompiledNode[];
  /** Sum of the children's points. */
  readonly childSum: Dec;
  readonly childSumText: string;
  /** Every child's points have at most 2 decimals. */
  readonly childrenExact: boolean;
  /** The children's points add up to the group's own. */
  readonly childrenAddUp: boolean;
  /**
   * `prefixSums[i]`: 0 plus the points of children 0 … i−1, added in that order — the running sum
   * of earned points up to child i when each of them earned its own points.
   */
  readonly prefixSums: readonly Dec[];
}

/** A compiled node. @internal */
export type CompiledNode = CompiledLeaf | CompiledGroup;

/** Is this compiled node a leaf? @internal */
export const isCompiledLeaf = (n: CompiledNode): n is CompiledLeaf => 'leaf' in n;

/** A system with its tree compiled, its nodes indexed by id and its grades sorted. @internal */
export interface CompiledSystem {
  readonly root: CompiledGroup;
  /** Every node by id (a later duplicate wins, as when the index was built per call). */
  readonly nodesById: ReadonlyMap<string, IndicatorNode>;
  /**
   * The ids of manual leaves (of the nodes in `nodesById`), numbered: a sheet's assessments are
   * held in an array by these slots, read by {@link CompiledLeaf.slot}, instead of a map built per
   * sheet. Leaves sharing an id share its slot, as they shared its map entry.
   */
  readonly manualSlots: ReadonlyMap<string, number>;
  /** Grade bands by `min`, highest first (stable), with `min` parsed. */
  readonly grades: readonly { readonly band: GradeBand; readonly min: Dec }[];
}

const nameTexts = (n: { readonly name: string; readonly nameEn?: string | undefined }): Texts => texts(n.name, n.nameEn ?? n.name);

function compileLeaf(leaf: IndicatorLeaf, parentPath: CompiledLeaf['path'], slots: ReadonlyMap<string, number>): CompiledLeaf {
  const points = dec(leaf.points);
  const name = nameTexts(leaf);
  const details = (leaf.details ?? []).map((d) => ({
    fact: d.fact,
    label: texts(factLabel(d.fact, 'zh-CN', d.label, d.labelEn), factLabel(d.fact, 'en', d.label, d.labelEn)),
    unit: texts(d.unit ?? '', d.unitEn ? ` ${d.unitEn}` : ''),
  }));
  let target: Dec | undefined;
  let rate: Dec | undefined;
  let bands: CompiledBand[] | undefined;
  let items: CompiledItem[] | undefined;
  let allItems: Dec | undefined;
  let countLabel: Texts | undefined;
  let casePoints: Dec[] | undefined;
  let otherwise: Dec | undefined;
  let noDeductionTail: Texts | undefined;
  let allMet: Texts | undefined;
  let noViolations: Texts | undefined;
  switch (leaf.method) {
    case 'linear':
      target = dec(leaf.target);
      rate = dec(leaf.perPoint);
      break;
    case 'ratio':
      target = dec(leaf.target);
      break;
    case 'bands':
      bands = leaf.bands.map((b) => ({ band: b, min: b.min === undefined ? undefined : dec(b.min), max: b.max === undefined ? undefined : dec(b.max), points: dec(b.points) }));
      break;
    case 'checklist': {
      items = leaf.items.map((i) => ({ item: i, fact: i.fact, expect: i.expect, points: dec(i.points), label: texts(factLabel(i.fact, 'zh-CN', i.label, i.labelEn), factLabel(i.fact, 'en', i.label, i.labelEn)) }));
      const all = items.reduce((a, i) => a.plus(i.points), dec(0));
      allItems = all.eq(points) ? points : all;
      if (items.length > 0 && allItems === points) {
        const both = items.length > 1 ? '均' : '';
        allMet = texts(
          `${name['zh-CN']}：${items.map((i) => i.label['zh-CN']).join('、')}${both}已满足，得满分${leaf.points}分`,
          `${name.en}: met: ${items.map((i) => i.label.en).join(', ')}; full marks ${leaf.points}`,
        );
      }
      break;
    }
    case 'perViolation': {
      const one = leaf.facts.length === 1 ? (leaf.facts[0] as string) : undefined;
      rate = dec(leaf.perItem);
      countLabel = texts(leaf.metricLabel ?? (one !== undefined ? factLabel(one, 'zh-CN') : leaf.name), leaf.metricLabelEn ?? (one !== undefined ? factLabel(one, 'en') : (leaf.nameEn ?? leaf.name)));
      noViolations = texts(`${countLabel['zh-CN']}0项，得满分${leaf.points}分`, `${countLabel.en}: 0, full marks ${leaf.points}`);
      break;
    }
    case 'categorical':
      casePoints = leaf.cases.map((c) => dec(c.points));
      if (leaf.otherwise !== undefined) otherwise = dec(leaf.otherwise);
      break;
    case 'manual':
      noDeductionTail = texts(`（评价意见：不扣分），得满分${leaf.points}分`, ` (assessment: no deduction); full marks ${leaf.points}`);
      break;
  }
  return {
    leaf,
    id: leaf.id,
    method: leaf.method,
    declared: leaf.points,
    provenance: leaf.provenance,
    slot: leaf.method === 'manual' ? (slots.get(leaf.id) ?? -1) : -1,
    points,
    pointsText: toCanonical(points),
    pointsExact: points.decimalPlaces() <= 2,
    name,
    subjectLabel: texts(leaf.metricLabel ?? leaf.name, leaf.metricLabelEn ?? leaf.nameEn ?? leaf.name),
    standard: texts(leaf.standard, leaf.standardEn ?? leaf.standard),
    path: { 'zh-CN': [...parentPath['zh-CN'], name['zh-CN']], en: [...parentPath.en, name.en] },
    details,
    target,
    rate,
    bands,
    items,
    allItems,
    countLabel,
    casePoints,
    otherwise,
    noDeductionTail,
    allMet,
    noViolations,
  };
}

function compileGroup(group: IndicatorGroup | undefined, points: Dec, name: Texts, nodes: readonly IndicatorNode[], path: CompiledLeaf['path'], slots: ReadonlyMap<string, number>): CompiledGroup {
  const children = nodes.map((n): CompiledNode => {
    if (isLeaf(n)) return compileLeaf(n, path, slots);
    const childName = nameTexts(n);
    return compileGroup(n, dec(n.points), childName, n.children ?? [], { 'zh-CN': [...path['zh-CN'], childName['zh-CN']], en: [...path.en, childName.en] }, slots);
  });
  const childSum = children.reduce((a, c) => a.plus(c.points), dec(0));
  const prefixSums: Dec[] = [];
  children.reduce((a, c) => {
    prefixSums.push(a);
    return a.plus(c.points);
  }, ZERO);
  return {
    group,
    points,
    pointsText: toCanonical(points),
    name,
    children,
    childSum,
    childSumText: toCanonical(childSum),
    childrenExact: children.every((c) => c.points.decimalPlaces() <= 2),
    childrenAddUp: childSum.eq(points),
    prefixSums,
  };
}

function indexNodes(nodes: readonly IndicatorNode[], out: Map<string, IndicatorNode>): Map<string, IndicatorNode> {
  for (const n of nodes) {
    out.set(n.id, n);
    if (!isLeaf(n)) indexNodes(n.children ?? [], out);
  }
  return out;
}

function compile(system: IndicatorSystem): CompiledSystem {
  const grades = system.grades.map((band) => ({ band, min: dec(band.min) })).sort((a, b) => b.min.comparedTo(a.min));
  const nodesById = indexNodes(system.indicators, new Map());
  const manualSlots = new Map<string, number>();
  for (const [id, n] of nodesById) if (isLeaf(n) && n.method === 'manual') manualSlots.set(id, manualSlots.size);
  return {
    root: compileGroup(undefined, dec(system.total), texts(system.name, system.nameEn ?? system.name), system.indicators, { 'zh-CN': [], en: [] }, manualSlots),
    nodesById,
    manualSlots,
    grades,
  };
}

/**
 * Compiled systems, by system object. Systems are immutable inputs to scoring (the built-ins are
 * deep-frozen module constants; a validated system is a fresh object the caller never sees), so a
 * system compiled once stays right. Scoring a built-in system over and over (every evaluation)
 * used to redo all of this per call: re-parse every points and threshold string, re-look-up every
 * label, rebuild the id index and re-sort the grades. @internal
 */
const CACHE = new WeakMap<IndicatorSystem, CompiledSystem>();

/** The compiled form of a (valid) system, built on first use. @internal */
export function compiledSystem(system: IndicatorSystem): CompiledSystem {
  let c = CACHE.get(system);
  if (c === undefined) {
    c = compile(system);
    CACHE.set(system, c);
  }
  return c;
}
