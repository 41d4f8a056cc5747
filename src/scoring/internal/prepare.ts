import { type Dec, dec, toCanonical } from '../../model/money/decimal.js';
import type { Band, BandsLeaf, CategoricalLeaf, ChecklistLeaf, LinearLeaf, ManualLeaf, PerViolationLeaf, RatioLeaf } from '../schema/methods.js';
import { type GradeBand, type IndicatorGroup, type IndicatorNode, type IndicatorSystem, isLeaf } from '../schema/system.js';

/** A band with its bounds and points read. @internal */
export interface PreparedBand {
  readonly band: Band;
  readonly min: Dec | undefined;
  readonly max: Dec | undefined;
  readonly points: Dec;
}

/** A checklist item with its points read. @internal */
export interface PreparedItem {
  readonly item: ChecklistLeaf['items'][number];
  readonly points: Dec;
}

/** A case of a categorical leaf with its points read. @internal */
export interface PreparedCase {
  readonly case: CategoricalLeaf['cases'][number];
  readonly points: Dec;
}

/** What every prepared leaf has: the leaf, its declared points read, and their canonical text. */
interface LeafBase {
  readonly points: Dec;
  readonly pointsText: string;
}

/**
 * A leaf with every number its method reads (points, targets, rates, bounds) read once, when the
 * system is prepared: scoring never parses the system's own strings. `method` repeats the leaf's,
 * so a switch on it narrows the whole prepared leaf. @internal
 */
export type PreparedLeaf = LeafBase &
  (
    | { readonly method: 'linear'; readonly node: LinearLeaf; readonly target: Dec; readonly perPoint: Dec }
    | { readonly method: 'ratio'; readonly node: RatioLeaf; readonly target: Dec }
    | { readonly method: 'bands'; readonly node: BandsLeaf; readonly bands: readonly PreparedBand[] }
    | { readonly method: 'checklist'; readonly node: ChecklistLeaf; readonly items: readonly PreparedItem[] }
    | { readonly method: 'perViolation'; readonly node: PerViolationLeaf; readonly perItem: Dec }
    | { readonly method: 'categorical'; readonly node: CategoricalLeaf; readonly cases: readonly PreparedCase[]; readonly otherwise: Dec | undefined }
    | { readonly method: 'manual'; readonly node: ManualLeaf }
  );

/** The prepared form of a leaf of one method. @internal */
export type PreparedOf<M extends PreparedLeaf['method']> = Extract<PreparedLeaf, { readonly method: M }>;

/** A group with its declared points read and its children prepared. @internal */
export interface PreparedGroup {
  readonly node: IndicatorGroup;
  readonly points: Dec;
  readonly pointsText: string;
  readonly children: readonly PreparedNode[];
}

/** A node of a prepared tree. @internal */
export type PreparedNode = PreparedLeaf | PreparedGroup;

/** A grade band with its lower bound read. @internal */
export interface PreparedGrade {
  readonly band: GradeBand;
  readonly min: Dec;
}

/**
 * A valid indicator system in the form `scoreSheet` executes: the tree with every number read, the
 * nodes by id (for the assessments), the grades sorted from the highest bound down. Everything here
 * follows from the system alone; a built-in system is prepared once, at load, and a custom one when
 * it has been validated. @internal
 */
export interface PreparedSystem {
  readonly system: IndicatorSystem;
  readonly total: Dec;
  readonly roots: readonly PreparedNode[];
  readonly nodesById: ReadonlyMap<string, IndicatorNode>;
  readonly grades: readonly PreparedGrade[];
}

/** Is this prepared node a leaf? @internal */
export const isPreparedLeaf = (p: PreparedNode): p is PreparedLeaf => 'method' in p;

/** An optional number of the system, read. */
const optional = (text: string | undefined): Dec | undefined => (text === undefined ? undefined : dec(text));

function prepareLeaf(node: IndicatorNode & { method: string }, points: Dec, pointsText: string): PreparedLeaf {
  const base = { points, pointsText };
  const leaf = node as PreparedLeaf['node'];
  switch (leaf.method) {
    case 'linear':
      return { ...base, method: leaf.method, node: leaf, target: dec(leaf.target), perPoint: dec(leaf.perPoint) };
    case 'ratio':
      return { ...base, method: leaf.method, node: leaf, target: dec(leaf.target) };
    case 'bands':
      return {
        ...base,
        method: leaf.method,
        node: leaf,
        bands: leaf.bands.map((band) => ({ band, min: optional(band.min), max: optional(band.max), points: dec(band.points) })),
      };
    case 'checklist':
      return { ...base, method: leaf.method, node: leaf, items: leaf.items.map((item) => ({ item, points: dec(item.points) })) };
    case 'perViolation':
      return { ...base, method: leaf.method, node: leaf, perItem: dec(leaf.perItem) };
    case 'categorical':
      return {
        ...base,
        method: leaf.method,
        node: leaf,
        cases: leaf.cases.map((c) => ({ case: c, points: dec(c.points) })),
        otherwise: optional(leaf.otherwise),
      };
    case 'manual':
      return { ...base, method: leaf.method, node: leaf };
  }
}

function prepareNodes(nodes: readonly IndicatorNode[], byId: Map<string, IndicatorNode>): PreparedNode[] {
  return nodes.map((node): PreparedNode => {
    byId.set(node.id, node);
    const points = dec(node.points);
    const pointsText = toCanonical(points);
    if (isLeaf(node)) return prepareLeaf(node, points, pointsText);
    return { node, points, pointsText, children: prepareNodes(node.children ?? [], byId) };
  });
}

/**
 * Grade bands from the highest lower bound down (bands with equal bounds in their written order), each
 * bound read. @internal
 */
export const prepareGrades = (grades: readonly GradeBand[]): PreparedGrade[] =>
  grades.map((band) => ({ band, min: dec(band.min) })).sort((a, b) => b.min.comparedTo(a.min));

/** Prepare a valid (nested) system for scoring: see {@link PreparedSystem}. @internal */
export function prepareSystem(system: IndicatorSystem): PreparedSystem {
  const nodesById = new Map<string, IndicatorNode>();
  const roots = prepareNodes(system.indicators, nodesById);
  return { system, total: dec(system.total), roots, nodesById, grades: prepareGrades(system.grades) };
}
